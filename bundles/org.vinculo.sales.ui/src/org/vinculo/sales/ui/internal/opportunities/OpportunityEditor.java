package org.vinculo.sales.ui.internal.opportunities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Section;
import org.osgi.service.event.Event;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.ValidationException;
import org.vinculo.sales.ContactRole;
import org.vinculo.sales.DocumentService;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.SalesService;
import org.vinculo.sales.Stage;
import org.vinculo.sales.StageChange;
import org.vinculo.sales.ui.internal.Cells;
import org.vinculo.sales.ui.internal.Columns;
import org.vinculo.sales.ui.internal.CurrencyField;
import org.vinculo.sales.ui.internal.CustomerField;
import org.vinculo.sales.ui.internal.Dates;
import org.vinculo.sales.ui.internal.DocumentRow;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.Open;
import org.vinculo.sales.ui.internal.OwnerChoice;
import org.vinculo.sales.ui.internal.PartyRef;
import org.vinculo.sales.ui.internal.RecordEditor;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesLabels;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.sales.ui.internal.Tables;
import org.vinculo.sales.ui.internal.Users;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.CustomFieldsPanel;
import org.vinculo.ui.parts.Parties;
import org.vinculo.ui.parts.TermLabels;

/**
 * One opportunity: what, for whom, where in which pipeline, how much and when,
 * who owns it, the people involved and their roles, how it moved between
 * stages, and its quotes. Saves through the sales service; a copy someone else
 * saved first is never overwritten.
 */
public final class OpportunityEditor
		extends RecordEditor<Opportunity, OpportunityEditorInput, OpportunityEditor.Loaded> {

	public static final String ID = SalesIds.OPPORTUNITY_EDITOR;

	private final TermLabels terms = new TermLabels();
	private final Formats formats = Formats.user();
	private final List<ContactRow> contacts = new ArrayList<>();

	private Text title;
	private CustomerField customer;
	private Combo pipelineCombo;
	private Combo stageCombo;
	private Text amount;
	private Combo currency;
	private DateTime closeDate;
	private OwnerChoice owner;
	private Text campaign;
	private TableViewer contactsViewer;
	private Button removeContact;
	private TableViewer historyViewer;
	private TableViewer documentsViewer;
	private Button newQuote;

	private List<Pipeline> pipelines = List.of();
	private List<Pipeline> offeredPipelines = List.of();
	private List<Stage> offeredStages = List.of();
	private ContactRoles roles = ContactRoles.NONE;
	private Users users = Users.NONE;

	/** A contact role being edited, with the person's name to show. */
	private static final class ContactRow {
		final long personId;
		final String name;
		String role;

		ContactRow(long personId, String name, String role) {
			this.personId = personId;
			this.name = name;
			this.role = role;
		}
	}

	/** Everything the editor shows, read in one job. */
	record Loaded(Opportunity opportunity, PartyRef party, List<Pipeline> pipelines, Users users,
			List<ChoiceValue> roles, Map<Long, String> personNames, List<StageChange> history,
			List<DocumentRow> documents, Map<Long, CustomFieldsPanel.Definitions> extraFields) {
	}

	/** Each pipeline's extra fields, as last loaded. */
	private Map<Long, CustomFieldsPanel.Definitions> extraFieldDefinitions = Map.of();
	private Section extraSection;
	private CustomFieldsPanel extraFields;

	public OpportunityEditor() {
		// the quotes, orders and invoices listed here change with the documents
		super(OpportunityEditorInput.class, SalesIds.OPPORTUNITY_FORM, SalesService.TOPIC, DocumentService.TOPIC);
	}

	@Override
	protected void createContents(Composite body) {
		terms.listen(getSite().getService(IEventBroker.class));
		terms.bind(this::showHeading);
		createDetails(body);
		createExtraFields(body);
		createContacts(body);
		createHistory(body);
		createDocuments(body);
	}

	private void showHeading() {
		String name = record == null ? input().getName() : record.title();
		form.setText(TermLabels.format(Messages.Editor_heading, name));
	}

	private Section section(Composite body, String text, boolean grab) {
		Section section = toolkit.createSection(body, ExpandableComposite.SHORT_TITLE_BAR | ExpandableComposite.TWISTIE
				| ExpandableComposite.EXPANDED);
		section.setText(text);
		GridDataFactory.fillDefaults().grab(true, grab).applyTo(section);
		section.addExpansionListener(new org.eclipse.ui.forms.events.ExpansionAdapter() {
			@Override
			public void expansionStateChanged(org.eclipse.ui.forms.events.ExpansionEvent e) {
				form.reflow(true);
			}
		});
		return section;
	}

	/** The pipeline's own fields (Preferences > Fields, "Opportunity (pipeline)"); hidden when it has none. */
	private void createExtraFields(Composite body) {
		extraSection = section(body, Messages.Editor_moreFields, false);
		Composite client = toolkit.createComposite(extraSection);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(client);
		extraFields = new CustomFieldsPanel(toolkit, client, SalesIds.OPPORTUNITY_CUSTOM_PREFIX, this::edited);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(extraFields.control());
		extraSection.setClient(client);
		showExtraSection(false);
	}

	private void showExtraSection(boolean visible) {
		extraSection.setVisible(visible);
		((org.eclipse.swt.layout.GridData) extraSection.getLayoutData()).exclude = !visible;
		extraSection.getParent().layout(true, true);
	}

	/** Builds the extra fields of the pipeline with id {@code pipelineId} and shows {@code encoded} values in them. */
	private void showExtraFields(Long pipelineId, String encoded) {
		CustomFieldsPanel.Definitions definitions = pipelineId == null ? null : extraFieldDefinitions.get(pipelineId);
		extraFields.build(definitions == null ? new CustomFieldsPanel.Definitions(null, List.of(), Map.of()) : definitions);
		extraFields.show(encoded);
		showExtraSection(!extraFields.isEmpty());
		form.reflow(true);
	}

	private void createDetails(Composite body) {
		Section details = section(body, Messages.Editor_details, false);
		Composite client = client(details);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).spacing(10, 6).applyTo(client);

		toolkit.createLabel(client, Messages.Field_title);
		title = tag(toolkit.createText(client, ""), SalesIds.OPPORTUNITY_TITLE); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, SWT.DEFAULT).applyTo(title);
		title.addListener(SWT.Modify, e -> edited());

		customer = new CustomerField(toolkit, client, getSite(), SalesIds.OPPORTUNITY_PARTY,
				SalesIds.OPPORTUNITY_PARTY_CHANGE, this::changeParty);

		toolkit.createLabel(client, Messages.Field_pipeline);
		pipelineCombo = tag(new Combo(client, SWT.READ_ONLY), SalesIds.OPPORTUNITY_PIPELINE);
		toolkit.adapt(pipelineCombo, true, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pipelineCombo);
		pipelineCombo.addListener(SWT.Selection, e -> pipelineChosen());
		toolkit.createLabel(client, Messages.Field_stage);
		stageCombo = tag(new Combo(client, SWT.READ_ONLY), SalesIds.OPPORTUNITY_STAGE);
		toolkit.adapt(stageCombo, true, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(stageCombo);
		stageCombo.addListener(SWT.Selection, e -> edited());

		toolkit.createLabel(client, Messages.Field_amount);
		Composite money = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(money);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(money);
		amount = tag(toolkit.createText(money, "", SWT.RIGHT), SalesIds.OPPORTUNITY_AMOUNT); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(amount);
		amount.addListener(SWT.Modify, e -> edited());
		currency = tag(CurrencyField.create(money, Formats.DEFAULT_CURRENCY), SalesIds.OPPORTUNITY_CURRENCY);
		toolkit.adapt(currency, true, false);
		GridDataFactory.swtDefaults().hint(70, SWT.DEFAULT).applyTo(currency);
		currency.addListener(SWT.Modify, e -> edited());
		toolkit.createLabel(client, Messages.Field_closeDate);
		closeDate = tag(new DateTime(client, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), SalesIds.OPPORTUNITY_CLOSE_DATE);
		toolkit.adapt(closeDate, true, false);
		closeDate.addListener(SWT.Selection, e -> edited());

		toolkit.createLabel(client, Messages.Field_owner);
		owner = new OwnerChoice(tag(new Combo(client, SWT.READ_ONLY), SalesIds.OPPORTUNITY_OWNER));
		toolkit.adapt(owner.combo(), true, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(owner.combo());
		owner.combo().addListener(SWT.Selection, e -> edited());
		toolkit.createLabel(client, Messages.Field_campaign);
		campaign = tag(toolkit.createText(client, ""), SalesIds.OPPORTUNITY_CAMPAIGN); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(campaign);
		campaign.addListener(SWT.Modify, e -> edited());
	}

	private void createContacts(Composite body) {
		Section section = section(body, Messages.Editor_contacts, false);
		section.setDescription(Messages.Editor_contactsHint);
		Composite client = client(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(client);
		contactsViewer = Tables.editable(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER,
				SalesIds.OPPORTUNITY_CONTACTS);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 100).applyTo(contactsViewer.getControl());
		Columns<ContactRow> columns = new Columns<>(contactsViewer, ContactRow.class);
		columns.add(Messages.Column_person, 220, c -> c.name);
		TableViewerColumn role = columns.add(Messages.Column_role, 180, c -> roles.label(c.role));
		role.setEditingSupport(new RoleEditing());
		contactsViewer.addOpenListener(e -> {
			if (contactsViewer.getStructuredSelection().getFirstElement() instanceof ContactRow row) {
				Open.party(getSite().getPage(), row.personId);
			}
		});
		contactsViewer.addSelectionChangedListener(e -> updateButtons());

		Composite buttons = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
		Button add = tag(toolkit.createButton(buttons, Messages.Button_add, SWT.PUSH),
				SalesIds.OPPORTUNITY_CONTACTS_ADD);
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, e -> addContact());
		removeContact = tag(toolkit.createButton(buttons, Messages.Button_remove, SWT.PUSH),
				SalesIds.OPPORTUNITY_CONTACTS_REMOVE);
		GridDataFactory.fillDefaults().applyTo(removeContact);
		removeContact.addListener(SWT.Selection, e -> removeContact());
	}

	/** The role column: a drop-down of the contact role list. */
	private final class RoleEditing extends Cells.Choice<ContactRow, ChoiceValue> {

		RoleEditing() {
			super(contactsViewer, ContactRow.class, () -> edited());
		}

		@Override
		protected List<ChoiceValue> options(ContactRow row) {
			return roles.choosable(row.role);
		}

		@Override
		protected String label(ChoiceValue option) {
			return option.getLabel();
		}

		@Override
		protected boolean canEdit(Object element) {
			return record != null && !roles.entries().isEmpty();
		}

		@Override
		protected boolean holds(ContactRow row, ChoiceValue option) {
			return ContactRoles.key(option).equals(row.role);
		}

		@Override
		protected boolean choose(ContactRow row, ChoiceValue option) {
			String role = ContactRoles.key(option);
			if (Objects.equals(role, row.role)) {
				return false;
			}
			row.role = role;
			return true;
		}
	}

	private void createHistory(Composite body) {
		Section section = section(body, Messages.Editor_history, false);
		Composite client = client(section);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(client);
		historyViewer = Tables.create(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER,
				SalesIds.OPPORTUNITY_HISTORY);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 100).applyTo(historyViewer.getControl());
		Columns<StageChange> columns = new Columns<>(historyViewer, StageChange.class);
		columns.add(Messages.Column_when, 150, c -> formats.dateTime(c.at()));
		columns.add(Messages.Column_from, 160, c -> stageName(c.fromStageId()));
		columns.add(Messages.Column_to, 160, c -> stageName(c.toStageId()));
		columns.add(Messages.Column_by, 150, c -> users.name(c.userId()));
	}

	private String stageName(Long stageId) {
		if (stageId == null) {
			return "\u2013"; //$NON-NLS-1$
		}
		for (Pipeline pipeline : pipelines) {
			var stage = pipeline.stage(stageId);
			if (stage.isPresent()) {
				return stage.get().name();
			}
		}
		return "#" + stageId; //$NON-NLS-1$
	}

	private void createDocuments(Composite body) {
		Section section = section(body, Messages.Editor_documents, true);
		Composite client = client(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(client);
		documentsViewer = Tables.create(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER,
				SalesIds.OPPORTUNITY_QUOTES);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 100).applyTo(documentsViewer.getControl());
		Columns<DocumentRow> columns = new Columns<>(documentsViewer, DocumentRow.class);
		columns.add(Messages.Column_number, 130, r -> r.document().number());
		columns.add(Messages.Column_type, 100, r -> SalesLabels.type(r.document().type()));
		columns.add(Messages.Column_issued, 110, r -> formats.date(r.document().issuedOn()));
		columns.add(Messages.Column_total, 130, SWT.RIGHT,
				r -> r.totals() == null ? "" : formats.money(r.totals().total(), r.document().currency())); //$NON-NLS-1$
		documentsViewer.addOpenListener(e -> {
			if (documentsViewer.getStructuredSelection().getFirstElement() instanceof DocumentRow row) {
				Open.document(getSite().getPage(), row.document());
			}
		});
		newQuote = tag(toolkit.createButton(client, Messages.Editor_newQuote, SWT.PUSH),
				SalesIds.OPPORTUNITY_NEW_QUOTE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(newQuote);
		newQuote.addListener(SWT.Selection, e -> newQuote());
	}

	private static <C extends org.eclipse.swt.widgets.Widget> C tag(C control, String id) {
		return WidgetIds.tag(control, id);
	}

	// ---- loading -----------------------------------------------------------------------------

	@Override
	protected String loadJob() {
		return TermLabels.format(Messages.Editor_loadJob);
	}

	/** The opportunity and everything around it: names, roles, stage history, its documents. */
	@Override
	protected Supplier<Loaded> reader() {
		long id = input().id();
		return () -> read(id);
	}

	@Override
	protected String deletedMessage() {
		return TermLabels.format(Messages.Editor_deleted);
	}

	private static Loaded read(long id) {
		var sales = SalesServices.sales();
		Opportunity opportunity = sales.find(id).orElse(null);
		if (opportunity == null) {
			return null;
		}
		var parties = SalesServices.parties();
		PartyRef party = parties.find(opportunity.partyId()).map(PartyRef::of)
				.orElse(new PartyRef(opportunity.partyId(), PartyKind.ORGANIZATION, "#" + opportunity.partyId())); //$NON-NLS-1$
		Map<Long, String> names = new HashMap<>();
		for (ContactRole contact : opportunity.contacts()) {
			names.put(contact.personId(), parties.find(contact.personId()).map(p -> p.getDisplayName())
					.orElse("#" + contact.personId())); //$NON-NLS-1$
		}
		List<DocumentRow> documents = new ArrayList<>();
		var documentService = SalesServices.documents();
		for (DocumentType type : DocumentType.values()) {
			for (SalesDocument document : documentService.documents(type, opportunity.partyId())) {
				if (Objects.equals(document.opportunityId(), id)) {
					documents.add(new DocumentRow(document, documentService.totals(document), party.name()));
				}
			}
		}
		List<Pipeline> pipelines = sales.pipelines(true);
		Map<Long, CustomFieldsPanel.Definitions> extraFields = new HashMap<>();
		for (Pipeline pipeline : pipelines) {
			extraFields.put(pipeline.id(), CustomFieldsPanel.read(pipeline.fieldEntityType()));
		}
		return new Loaded(opportunity, party, pipelines, Users.read(), sales.contactRoles(), names, sales.history(id),
				documents, extraFields);
	}

	@Override
	protected void fill(Loaded loaded) {
		record = loaded.opportunity();
		pipelines = loaded.pipelines();
		users = loaded.users();
		roles = new ContactRoles(loaded.roles());
		extraFieldDefinitions = loaded.extraFields();

		title.setText(record.title() == null ? "" : record.title()); //$NON-NLS-1$
		customer.show(loaded.party());
		offerPipelines(record.pipelineId());
		offerStages(record.stageId());
		showExtraFields(record.pipelineId(), record.customValues());
		amount.setText(formats.plain(record.amount()));
		currency.setText(record.currency() == null ? "" : record.currency()); //$NON-NLS-1$
		Dates.set(closeDate, record.closeDate() == null ? LocalDate.now() : record.closeDate());
		owner.show(users, record.ownerId());
		campaign.setText(record.sourceCampaign() == null ? "" : record.sourceCampaign()); //$NON-NLS-1$
		contacts.clear();
		for (ContactRole contact : record.contacts()) {
			contacts.add(new ContactRow(contact.personId(), loaded.personNames().get(contact.personId()),
					contact.role()));
		}
		contactsViewer.setInput(contacts);
		historyViewer.setInput(loaded.history());
		documentsViewer.setInput(loaded.documents());
	}

	@Override
	protected void showLoaded() {
		input().setName(record.title());
		setPartName(record.title());
		setTitleToolTip(input().getToolTipText());
		showHeading();
		updateButtons();
	}

	/** The active pipelines, and the opportunity's own even when retired. */
	private void offerPipelines(long selectedId) {
		offeredPipelines = pipelines.stream().filter(p -> !p.retired() || Objects.equals(p.id(), selectedId))
				.toList();
		pipelineCombo.setItems(offeredPipelines.stream().map(Pipeline::name).toArray(String[]::new));
		for (int i = 0; i < offeredPipelines.size(); i++) {
			if (Objects.equals(offeredPipelines.get(i).id(), selectedId)) {
				pipelineCombo.select(i);
			}
		}
	}

	private Pipeline selectedPipeline() {
		int index = pipelineCombo.getSelectionIndex();
		return index < 0 || index >= offeredPipelines.size() ? null : offeredPipelines.get(index);
	}

	private void offerStages(Long selectedId) {
		Pipeline pipeline = selectedPipeline();
		offeredStages = pipeline == null ? List.of() : pipeline.stages();
		stageCombo.setItems(offeredStages.stream().map(SalesLabels::stage).toArray(String[]::new));
		for (int i = 0; i < offeredStages.size(); i++) {
			if (Objects.equals(offeredStages.get(i).id(), selectedId)) {
				stageCombo.select(i);
			}
		}
	}

	private Stage selectedStage() {
		int index = stageCombo.getSelectionIndex();
		return index < 0 || index >= offeredStages.size() ? null : offeredStages.get(index);
	}

	// ---- editing -----------------------------------------------------------------------------

	/** What the user can change, as shown; no validation and no messages. */
	@Override
	protected String fingerprint() {
		Pipeline pipeline = selectedPipeline();
		Stage stage = selectedStage();
		PartyRef party = customer.party();
		StringBuilder text = new StringBuilder().append(title.getText().strip()).append('|')
				.append(party == null ? null : party.id()).append('|').append(pipeline == null ? null : pipeline.id())
				.append('|').append(stage == null ? null : stage.id()).append('|').append(amount.getText().strip())
				.append('|').append(CurrencyField.read(currency)).append('|').append(Dates.get(closeDate)).append('|')
				.append(owner.selected()).append('|').append(campaign.getText().strip());
		contacts.forEach(c -> text.append('|').append(c.personId).append(':').append(c.role));
		text.append('|').append(extraFields.encoded());
		return text.toString();
	}

	@Override
	protected boolean isDraft(Opportunity opportunity) {
		return opportunity.id() == null;
	}

	@Override
	protected void setEnabled(boolean enabled) {
		for (Control control : new Control[] { title, customer.changeButton(), pipelineCombo, stageCombo, amount,
				currency, closeDate, owner.combo(), campaign, contactsViewer.getControl(), newQuote }) {
			control.setEnabled(enabled);
		}
		extraFields.setEditable(enabled);
		updateButtons();
	}

	private void updateButtons() {
		removeContact.setEnabled(record != null && !contactsViewer.getStructuredSelection().isEmpty());
	}

	/** Another pipeline: its first open stage, unless the pipeline does not sell to this party. */
	private void pipelineChosen() {
		Pipeline pipeline = selectedPipeline();
		if (pipeline == null) {
			return;
		}
		Stage before = selectedStage();
		Long keep = before != null && pipeline.stage(before.id()).isPresent() ? before.id() : null;
		Long first = pipeline.stages().stream().filter(s -> s.kind() == org.vinculo.sales.StageKind.OPEN)
				.map(Stage::id).findFirst().orElse(null);
		offerStages(keep != null ? keep : first);
		// values typed for another pipeline's fields are kept, in case the user switches back
		showExtraFields(pipeline.id(), extraFields.encoded());
		PartyRef party = customer.party();
		if (party != null && !pipeline.accepts(party.kind())) {
			form.setMessage(TermLabels.format(Messages.Editor_pipelineRefusesParty, pipeline.name()),
					IMessageProvider.WARNING);
		} else {
			form.setMessage(null, IMessageProvider.NONE);
		}
		edited();
	}

	private void changeParty() {
		Pipeline pipeline = selectedPipeline();
		PartyKind kind = pipeline == null ? null : pipeline.partyKind();
		Parties.pick(getSite().getShell(), kind, TermLabels.format(Messages.Editor_pickParty)).ifPresent(p -> {
			customer.show(PartyRef.of(p));
			edited();
		});
	}

	private void addContact() {
		Parties.pick(getSite().getShell(), PartyKind.PERSON, TermLabels.format(Messages.Editor_pickContact))
				.ifPresent(person -> {
					if (contacts.stream().anyMatch(c -> c.personId == person.getId())) {
						return;
					}
					ContactRow row = new ContactRow(person.getId(), person.getDisplayName(), roles.first());
					contacts.add(row);
					contactsViewer.refresh();
					edited();
					form.reflow(true);
				});
	}

	private void removeContact() {
		if (contactsViewer.getStructuredSelection().getFirstElement() instanceof ContactRow row) {
			contacts.remove(row);
			contactsViewer.refresh();
			edited();
			updateButtons();
		}
	}

	private void newQuote() {
		if (record == null) {
			return;
		}
		LocalDate today = LocalDate.now();
		SalesDocument draft = new SalesDocument(null, DocumentType.QUOTE, null, record.partyId(), record.id(), null,
				record.currency(), today, today.plusDays(30), List.of(), null, 0);
		Open.document(getSite().getPage(), draft);
	}

	/**
	 * The opportunity with the user's edits; {@code null}, with the problems
	 * shown next to the fields, when something typed cannot be read.
	 */
	private Opportunity editedRecord() {
		form.getMessageManager().removeAllMessages();
		List<ValidationException.Problem> problems = new ArrayList<>();
		BigDecimal value = null;
		try {
			value = formats.parse(amount.getText());
			if (value != null && value.signum() < 0) {
				problems.add(new ValidationException.Problem("amount", Messages.Validation_amount)); //$NON-NLS-1$
			}
		} catch (NumberFormatException e) {
			problems.add(new ValidationException.Problem("amount", Messages.Validation_amount)); //$NON-NLS-1$
		}
		if (title.getText().isBlank()) {
			problems.add(new ValidationException.Problem("title", Messages.Wizard_needTitle)); //$NON-NLS-1$
		}
		if (CurrencyField.read(currency).length() != 3) {
			problems.add(new ValidationException.Problem("currency", Messages.Validation_currency)); //$NON-NLS-1$
		}
		Pipeline pipeline = selectedPipeline();
		Stage stage = selectedStage();
		if (pipeline == null || stage == null) {
			problems.add(new ValidationException.Problem("stageId", Messages.Validation_stage)); //$NON-NLS-1$
		}
		if (!problems.isEmpty()) {
			showProblems(problems);
			return null;
		}
		List<ContactRole> roleList = contacts.stream().map(c -> new ContactRole(c.personId, c.role)).toList();
		String source = campaign.getText().isBlank() ? null : campaign.getText().strip();
		return new Opportunity(record.id(), title.getText().strip(), customer.party().id(), pipeline.id(), stage.id(),
				value, CurrencyField.read(currency), Dates.get(closeDate), owner.selected(), source, roleList,
				extraFields.encoded(), record.createdAt(), record.closedAt(), record.version());
	}

	/** Marks each problem next to its field, and says so in the heading. */
	private void showProblems(List<ValidationException.Problem> problems) {
		form.getMessageManager().removeAllMessages();
		for (ValidationException.Problem problem : problems) {
			form.getMessageManager().addMessage(problem.field() + problem.message(), problem.message(), null,
					IMessageProvider.ERROR, controlFor(problem.field()));
		}
		form.setMessage(Messages.Editor_fixErrors, IMessageProvider.ERROR);
	}

	private Control controlFor(String field) {
		String name = field == null ? "" : field.toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (name.startsWith(Fields.custom(""))) { //$NON-NLS-1$
			return extraFields.control();
		}
		if (name.endsWith("id")) { //$NON-NLS-1$
			name = name.substring(0, name.length() - 2);
		}
		return switch (name) {
		case "title" -> title; //$NON-NLS-1$
		case "party", "account" -> customer.link(); //$NON-NLS-1$ //$NON-NLS-2$
		case "pipeline" -> pipelineCombo; //$NON-NLS-1$
		case "stage" -> stageCombo; //$NON-NLS-1$
		case "amount" -> amount; //$NON-NLS-1$
		case "currency" -> currency; //$NON-NLS-1$
		case "closedate" -> closeDate; //$NON-NLS-1$
		case "owner" -> owner.combo(); //$NON-NLS-1$
		case "sourcecampaign", "campaign" -> campaign; //$NON-NLS-1$ //$NON-NLS-2$
		case "contacts", "contact", "person" -> contactsViewer.getControl(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> title;
		};
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (record == null || isSaving()) {
			return;
		}
		Opportunity edited = editedRecord();
		if (edited == null) {
			monitor.setCanceled(true);
			return;
		}
		Opportunity before = record;
		if (save(monitor, TermLabels.format(Messages.Editor_saveJob),
				() -> store(before, edited, SalesServices.currentUserId()))) {
			setDirty(false);
			form.getMessageManager().removeAllMessages();
			form.setMessage(null, IMessageProvider.NONE);
			load(); // the stage history and the names shown may have changed
		}
	}

	/**
	 * Writes the edits: a stage change alone is a move (recorded in the
	 * history, as on the board); other changes are a save, followed by the move
	 * when the stage changed too. A new pipeline is saved with its stage at once.
	 */
	private static Opportunity store(Opportunity before, Opportunity edited, Long userId) {
		SalesService sales = SalesServices.sales();
		boolean stageChanged = before.stageId() != edited.stageId();
		if (before.pipelineId() != edited.pipelineId()) {
			return sales.save(edited);
		}
		Opportunity saved = before;
		if (!sameExceptStage(before, edited)) {
			saved = sales.save(edited.withStage(before.stageId()));
		}
		if (stageChanged) {
			saved = sales.move(before.id(), edited.stageId(), saved.version(), userId);
		}
		return saved;
	}

	private static boolean sameExceptStage(Opportunity a, Opportunity b) {
		return Objects.equals(a.title(), b.title()) && a.partyId() == b.partyId()
				&& (a.amount() == null ? b.amount() == null : b.amount() != null && a.amount().compareTo(b.amount()) == 0)
				&& Objects.equals(a.currency(), b.currency()) && Objects.equals(a.closeDate(), b.closeDate())
				&& Objects.equals(a.ownerId(), b.ownerId()) && Objects.equals(a.sourceCampaign(), b.sourceCampaign())
				&& a.contacts().equals(b.contacts()) && Objects.equals(a.customValues(), b.customValues());
	}

	@Override
	protected void refused(ValidationException invalid) {
		showProblems(invalid.getProblems());
	}

	@Override
	protected String staleMessage() {
		return TermLabels.format(Messages.Editor_stale, record.title());
	}

	@Override
	protected void keptStale() {
		form.setMessage(TermLabels.format(Messages.Editor_staleKept), IMessageProvider.WARNING);
	}

	/** Another window, the board or a quote changed this opportunity: show it, unless the user is editing. */
	@Override
	protected void changedElsewhere(Event event) {
		if (!SalesService.TOPIC.equals(event.getTopic())) {
			if (!isDirty()) {
				load(); // a quote, order or invoice changed: the list of them may show it
			}
			return;
		}
		if (!concerns(event, input().id())) {
			return;
		}
		if (isDirty()) {
			form.setMessage(TermLabels.format(Messages.Editor_changedElsewhere), IMessageProvider.WARNING);
		} else {
			load();
		}
	}

	@Override
	public void setFocus() {
		if (title != null && !title.isDisposed()) {
			title.setFocus();
		}
	}

	@Override
	public void dispose() {
		terms.dispose();
		super.dispose();
	}
}
