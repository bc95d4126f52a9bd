package org.vinculo.ui.internal.editors;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.INavigationLocation;
import org.eclipse.ui.INavigationLocationProvider;
import org.eclipse.ui.part.EditorPart;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.service.AffiliationPage;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.ValidationException;
import org.vinculo.core.service.ValidationException.Problem;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.PartyActions;
import org.vinculo.ui.internal.PartyEditorInput;
import org.vinculo.ui.internal.PartyOpener;
import org.vinculo.ui.internal.StartupTrace;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.activities.ActivitiesSection;
import org.vinculo.ui.internal.dialogs.ConflictDialog;
import org.vinculo.ui.internal.dialogs.ConflictDialog.FieldVersions;
import org.vinculo.ui.parts.FormWheel;

/**
 * What person and organization editors share: a form with the record's fields,
 * dirty tracking, saving through the core service with the version check, and a
 * table of affiliations whose rows open the party on the other side.
 *
 * @param <T> the kind of party edited
 */
abstract class PartyEditor<T extends Party> extends EditorPart implements INavigationLocationProvider {

	private FormToolkit toolkit;
	private ScrolledForm form;
	private final Map<String, FieldBinding<T>> bindings = new LinkedHashMap<>();
	private final Terms terms = new Terms();
	/** Field values as loaded or last saved: the "original" of a conflict. */
	private Map<String, String> originals = Map.of();
	private TableViewer affiliationViewer;
	/** Made after the editor's first paint, with the contributed sections: null until then. */
	private RelationshipsSection relationships;
	private ActivitiesSection activities;
	/** The last section, made after the first paint like the ones above it: null until then. */
	private Section contact;
	private ClassificationSection<T> classification;
	private CustomFieldsSection<T> customFields;
	private final ContributedSections contributed = new ContributedSections();
	private TagChips tagChips;
	/** Field labels by binding id, hidden with their field. */
	private final Map<String, Control> fieldLabels = new HashMap<>();
	/** Bindings the admin made read-only (built-in or custom). */
	private final Set<String> readOnly = new HashSet<>();
	private Button linkButton;
	private Button editButton;
	private Button removeButton;
	private Label emptyHint;
	private T record;
	private boolean dirty;
	private boolean filling;
	/** Whether the fields may be edited: once the record is loaded. */
	private boolean fieldsEnabled;
	/** The admin's field configuration as last applied, for fields made later; null until the first load. */
	private FieldLayout layout;
	private boolean markedInHistory;
	/** Which load's result may be shown: only the latest. */
	private int loadSequence;
	/** The load shown last. */
	private int shownSequence;
	/** The load started with the editor, until its widgets are made. */
	private CompletableFuture<Loaded<T>> firstLoad;
	/**
	 * The rows read with the editor's load: as many as a tall window shows at once (about 40 at
	 * 1,440 pixels), no more, since that read runs on the other core while the editor is made
	 * and painted (100 rows: 44-68 ms; 50 rows: 32-43 ms, 8,730 people).
	 */
	static final int FIRST_AFFILIATIONS = 50;
	/** How long the widgets, once made, wait for the first load before they are painted without it. */
	private static final long FIRST_LOAD_WAIT_MS = 200;
	/** While the widgets are made: the form is laid out once they are, not before. */
	private boolean creating;
	private IEventBroker eventBroker;
	private final EventHandler onChange = this::recordChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		initialized = System.nanoTime();
		if (!(input instanceof PartyEditorInput)) {
			throw new PartInitException("Unexpected input " + input); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		// the first load reads while the widgets are made (the other core), to be shown in their first paint
		firstLoad = load(true, site.getShell().getDisplay());
	}

	PartyEditorInput partyInput() {
		return (PartyEditorInput) getEditorInput();
	}

	/** The record as last loaded or saved, or {@code null} while loading. */
	T record() {
		return record;
	}

	@Override
	public void createPartControl(Composite parent) {
		creating = true;
		// the heading, the sections and the tag chips each lay themselves out when set: once is enough
		parent.setLayoutDeferred(true);
		try {
			createForm(parent);
			showFirstLoad();
		} finally {
			creating = false;
			sizeAsItsTab(parent);
			parent.setLayoutDeferred(false);
		}
	}

	/**
	 * The workbench makes an editor's widgets before it sizes them, when it selects their tab: laid
	 * out now, the form would be laid out at no size (about 35 ms here) and again at its size. The
	 * tab's control is given the size its folder gives it on selection, so the form is laid out
	 * once; elsewhere than in a tab folder, nothing is changed.
	 */
	private static void sizeAsItsTab(Composite parent) {
		Composite tabControl = parent;
		while (tabControl.getSize().equals(NO_SIZE) && tabControl.getParent() != null
				&& !(tabControl.getParent() instanceof CTabFolder)) {
			tabControl = tabControl.getParent();
		}
		if (tabControl.getParent() instanceof CTabFolder folder && tabControl.getSize().equals(NO_SIZE)) {
			tabControl.setBounds(folder.getClientArea());
		}
	}

	private static final Point NO_SIZE = new Point(0, 0);

	private void createForm(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = WidgetIds.tag(toolkit.createScrolledForm(parent), WidgetIds.PARTY_FORM);
		FormWheel.install(form); // scrolling down a record never changes its drop-downs
		terms.listen(getSite().getService(IEventBroker.class));
		terms.bind(this::showHeading);
		form.setImage(Labels.image(partyInput().getKind()));
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(10, 10).spacing(10, 10).applyTo(body);

		Section details = toolkit.createSection(body, ExpandableComposite.SHORT_TITLE_BAR);
		details.setText(Messages.Editor_sectionDetails);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
		Composite detailClient = toolkit.createComposite(details);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(detailClient);
		createFields(detailClient);
		details.setClient(detailClient);
		classification = new ClassificationSection<>(this, toolkit, body);
		customFields = new CustomFieldsSection<>(this, toolkit, body);

		Section related = toolkit.createSection(body, ExpandableComposite.SHORT_TITLE_BAR | Section.DESCRIPTION);
		terms.bind(() -> {
			related.setText(Terms.format(affiliationSectionTitle()));
			related.setDescription(Terms.format(affiliationSectionHint()));
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(related);
		Composite relatedClient = toolkit.createComposite(related);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(relatedClient);
		createAffiliationBar(relatedClient);
		emptyHint = WidgetIds.tag(toolkit.createLabel(relatedClient, "", SWT.WRAP), WidgetIds.AFFILIATIONS_EMPTY); //$NON-NLS-1$
		terms.bind(() -> emptyHint.setText(Terms.format(emptyAffiliationsHint())));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(emptyHint);
		// virtual: rows are labelled when shown, so an organization with thousands of people opens at once
		affiliationViewer = new TableViewer(relatedClient, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		affiliationViewer.setUseHashlookup(true);
		WidgetIds.tag(affiliationViewer.getTable(), affiliationTableId());
		affiliationViewer.getTable().setHeaderVisible(true);
		affiliationViewer.getTable().setLinesVisible(true);
		// small width hint: the table fills the editor instead of widening the form past it
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 150).applyTo(affiliationViewer.getControl());
		affiliationViewer.setContentProvider(affiliationRows);
		affiliationViewer.setInput(affiliationRows);
		createAffiliationColumns();
		affiliationViewer.addOpenListener(event -> selectedAffiliation()
				.ifPresent(a -> PartyOpener.open(getSite().getPage(), counterpart(a))));
		affiliationViewer.addSelectionChangedListener(event -> updateButtons());
		createAffiliationMenu();
		addDropSupport(form);
		related.setClient(relatedClient);
		toolkit.paintBordersFor(relatedClient);

		createSectionsBelowAfterFirstPaint();

		toolkit.paintBordersFor(detailClient);
		setFieldsEnabled(false);
		// a message in the form's heading lays the whole form out again, and again when it goes:
		// only a load that takes long gets one (most take well under a tenth of a second)
		form.getDisplay().timerExec(LOADING_HINT_DELAY_MS, () -> {
			if (!form.isDisposed() && record == null && form.getMessage() == null) {
				form.setMessage(Messages.Editor_loading, IMessageProvider.INFORMATION);
			}
		});

		eventBroker = getSite().getService(IEventBroker.class);
		if (eventBroker != null) {
			eventBroker.subscribe(RecordEvents.ALL_TOPICS, onChange);
		}
	}

	/**
	 * Shows the first load with the widgets' first layout when it is read by then or soon after: an
	 * empty form laid out and painted, then laid out and painted again with the record, would take
	 * about twice as long. A slower read is shown when it comes, with a Loading message.
	 */
	private void showFirstLoad() {
		try {
			show(firstLoad.get(FIRST_LOAD_WAIT_MS, TimeUnit.MILLISECONDS));
		} catch (TimeoutException e) {
			// shown when it comes
		} catch (ExecutionException e) {
			showLoadError(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The relationships, activities, contributed and contact sections sit below the people table,
	 * out of view when the editor opens: they are made right after its first paint, which then
	 * comes sooner, each reading its own rows. Whatever needs them before that makes them at once.
	 * The classification's drop-downs get their entries then too.
	 */
	private void createSectionsBelowAfterFirstPaint() {
		afterFirstPaint(this::createSectionsBelow, form.getForm().getHead());
	}

	/**
	 * Runs {@code action} once after the first paint of any of {@code controls}, queued behind what
	 * the paint itself queued (the timing trace): the window is on screen first.
	 */
	private static void afterFirstPaint(Runnable action, Control... controls) {
		Display display = controls[0].getDisplay();
		whenFirstPainted(() -> display.asyncExec(() -> display.asyncExec(action)), controls);
	}

	/** Runs {@code action} once, in the first paint of any of {@code controls}. */
	private static void whenFirstPainted(Runnable action, Control... controls) {
		Listener[] onPaint = new Listener[1];
		onPaint[0] = event -> {
			for (Control control : controls) {
				control.removeListener(SWT.Paint, onPaint[0]);
			}
			action.run();
		};
		for (Control control : controls) {
			control.addListener(SWT.Paint, onPaint[0]);
		}
	}

	private boolean sectionsBelowMade() {
		return relationships != null;
	}

	private void createSectionsBelow() {
		if (sectionsBelowMade() || form.isDisposed()) {
			return;
		}
		classification.listChoices();
		Composite body = form.getBody();
		relationships = new RelationshipsSection(getSite(), toolkit, body, terms, partyInput().getId(), this::record);
		activities = new ActivitiesSection(getSite(), toolkit, body, terms, partyInput().getId(), this::record);
		contributed.create(body, toolkit, form, terms, getSite(), partyInput().getId(), partyInput().getKind());
		fieldsJoined(createContactSection(body));
		if (record != null) {
			contributed.partyChanged(record, toolkit);
		}
		relationships.updateButtons();
		activities.updateButtons();
		reflow();
	}

	/** The lists of emails, phones and addresses, last in the form. */
	private List<FieldBinding<T>> createContactSection(Composite body) {
		contact = toolkit.createSection(body, ExpandableComposite.SHORT_TITLE_BAR | ExpandableComposite.TWISTIE
				| ExpandableComposite.EXPANDED);
		contact.setText(Messages.Editor_sectionContact);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(contact);
		Composite contactClient = toolkit.createComposite(contact);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(contactClient);
		List<FieldBinding<T>> lists = ContactBindings.create(toolkit, contactClient, this::fieldChanged);
		lists.forEach(list -> bindings.put(list.id(), list));
		contact.setClient(contactClient);
		contact.addExpansionListener(new ExpansionAdapter() {
			@Override
			public void expansionStateChanged(ExpansionEvent e) {
				form.reflow(true);
			}
		});
		toolkit.paintBordersFor(contactClient);
		return lists;
	}

	/**
	 * Fields made after the record was shown: configured, filled and enabled like the others, and
	 * their loaded values kept as the originals a conflict compares with.
	 */
	private void fieldsJoined(List<FieldBinding<T>> joined) {
		if (layout != null) {
			joined.forEach(binding -> applySettings(layout, binding));
		}
		if (record != null) {
			Map<String, String> values = new LinkedHashMap<>(originals);
			filling = true;
			try {
				for (FieldBinding<T> binding : joined) {
					String value = binding.read(record);
					binding.show(value);
					values.put(binding.id(), value);
				}
			} finally {
				filling = false;
			}
			originals = values;
		}
		joined.forEach(binding -> binding.setEditable(fieldsEnabled && !readOnly.contains(binding.id())));
	}

	/** Adds the fields that name the record (and its kind's own fields) to the two-column details grid. */
	protected abstract void createNameFields(Composite client);

	/** Name fields, then the tags and notes every party has. */
	private void createFields(Composite client) {
		createNameFields(client);
		addField(client, Messages.Editor_tags, WidgetIds.PARTY_TAGS, p -> String.join(", ", p.getTags()), //$NON-NLS-1$
				(p, v) -> p.setTags(Arrays.asList(v.split(","))), false); //$NON-NLS-1$
		Text tagField = (Text) bindings.get(WidgetIds.PARTY_TAGS).control();
		TagProposals.attach(tagField);
		tagChips = new TagChips(toolkit, client, tagField);
		addField(client, Messages.Editor_notes, WidgetIds.PARTY_NOTES, Party::getNotes, Party::setNotes, true);
	}

	private void applyFields(T target) {
		bindings.values().forEach(binding -> binding.apply(target));
	}

	protected abstract T find(long id);

	/** One page of the affiliations shown in the table, with their total. */
	protected abstract AffiliationPage loadAffiliations(long id, int offset, int limit);

	protected abstract String affiliationSectionTitle();

	protected abstract String affiliationSectionHint();

	protected abstract String affiliationTableId();

	/** The party on the other side of an affiliation row. */
	protected abstract Party counterpart(Affiliation affiliation);

	/** Optional controls at the right end of the bar above the affiliation table. */
	protected void createAffiliationFilter(Composite bar) {
		// none by default
	}

	/** What to tell the user when there is no affiliation yet, and how to add one. */
	protected abstract String emptyAffiliationsHint();

	/** Label of the button that links a party of the other kind ("Add person…"). */
	protected abstract String linkLabel();

	private void createAffiliationBar(Composite client) {
		Composite bar = toolkit.createComposite(client);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
		linkButton = WidgetIds.tag(toolkit.createButton(bar, "", SWT.PUSH), WidgetIds.AFFILIATION_ADD); //$NON-NLS-1$
		terms.bind(() -> linkButton.setText(Terms.format(linkLabel())));
		linkButton.addListener(SWT.Selection, e -> link());
		editButton = WidgetIds.tag(toolkit.createButton(bar, Messages.Editor_editAffiliation, SWT.PUSH),
				WidgetIds.AFFILIATION_EDIT);
		editButton.addListener(SWT.Selection, e -> editSelected());
		removeButton = WidgetIds.tag(toolkit.createButton(bar, Messages.Editor_removeAffiliation, SWT.PUSH),
				WidgetIds.AFFILIATION_REMOVE);
		removeButton.addListener(SWT.Selection, e -> removeSelected());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(toolkit.createLabel(bar, "")); //$NON-NLS-1$
		createAffiliationFilter(bar);
		updateButtons();
	}

	private void createAffiliationMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Action(Messages.Editor_openCounterpart) {
			@Override
			public void run() {
				selectedAffiliation().ifPresent(a -> PartyOpener.open(getSite().getPage(), counterpart(a)));
			}
		});
		menu.add(new Action(Messages.Editor_editAffiliation) {
			@Override
			public void run() {
				editSelected();
			}
		});
		menu.add(new Action(Messages.Editor_removeAffiliation) {
			@Override
			public void run() {
				removeSelected();
			}
		});
		affiliationViewer.getControl().setMenu(menu.createContextMenu(affiliationViewer.getControl()));
	}

	/** Dropping a party of the other kind (from the Parties view) links it to this record. */
	private void addDropSupport(ScrolledForm target) {
		DropTarget drop = new DropTarget(target, DND.DROP_LINK | DND.DROP_COPY | DND.DROP_DEFAULT);
		drop.setTransfer(LocalSelectionTransfer.getTransfer());
		drop.addDropListener(new PartyDropListener(this::record, dropped -> PartyActions.link(getSite().getShell(),
				record, dropped)));
	}

	private java.util.Optional<Affiliation> selectedAffiliation() {
		return affiliationViewer.getStructuredSelection().getFirstElement() instanceof Affiliation affiliation
				? java.util.Optional.of(affiliation)
				: java.util.Optional.empty();
	}

	private void updateButtons() {
		boolean selected = affiliationViewer != null && selectedAffiliation().isPresent();
		linkButton.setEnabled(record != null);
		editButton.setEnabled(selected);
		removeButton.setEnabled(selected);
	}

	/** Opens the dialog for a new relationship of this record. */
	public void relate() {
		createSectionsBelow();
		relationships.add();
	}

	/** Opens the picker for a party of the other kind, then the affiliation dialog. */
	public void link() {
		if (record != null) {
			PartyActions.link(getSite().getShell(), record);
		}
	}

	private void editSelected() {
		selectedAffiliation().ifPresent(a -> PartyActions.edit(getSite().getShell(), a));
	}

	private void removeSelected() {
		selectedAffiliation().ifPresent(a -> PartyActions.unlink(getSite().getShell(), a));
	}

	/** Drops unsaved changes and shows the saved record again. */
	void revert() {
		form.getMessageManager().removeAllMessages();
		setDirty(false); // the edits are dropped: the reload may refill every field
		load(true);
	}

	/** Adds the columns of the affiliation table. */
	protected abstract void createAffiliationColumns();

	protected final void addField(Composite client, String label, String id, Function<T, String> reader,
			BiConsumer<T, String> writer, boolean multiLine) {
		fieldLabels.put(id, toolkit.createLabel(client, label));
		Text text = WidgetIds.tag(toolkit.createText(client, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE), id); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(150, multiLine ? 60 : SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> {
			if (!filling) {
				setDirty(true);
			}
		});
		String name = label.endsWith(":") ? label.substring(0, label.length() - 1) : label; //$NON-NLS-1$
		bindings.put(id, new TextBinding<>(id, name, text, reader, writer));
	}

	protected final void addAffiliationColumn(String title, int width, Function<Affiliation, String> text,
			Function<Affiliation, Image> image) {
		TableViewerColumn column = Columns.add(affiliationViewer, title, width, text, image);
		terms.bind(() -> column.getColumn().setText(Terms.format(title)));
	}

	/** Reloads from the database: the record's fields (when asked) and the affiliations. */
	protected final void load(boolean withFields) {
		load(withFields, form.getDisplay());
	}

	/**
	 * A record read for an editor loads its lists when they are first used ({@code Database.find}).
	 * The load reads them on its own thread: the tags are shown before the first paint and the
	 * contact lists right after it, and each was otherwise a query on the UI thread (in the
	 * session's first editor, with Derby compiling its statement there too).
	 */
	static void readLists(Party record) {
		record.getTags();
		record.getContactPoints().size();
		record.getAddresses().size();
	}

	/** What a load read, for the UI thread to show. */
	private record Loaded<R>(int sequence, boolean withFields, R record, FieldLayout layout,
			AffiliationPage affiliations, long start, long read) {
	}

	private CompletableFuture<Loaded<T>> load(boolean withFields, Display display) {
		long id = partyInput().getId();
		int sequence = ++loadSequence;
		CompletableFuture<Loaded<T>> result = new CompletableFuture<>();
		// an editor opening warms up what the warm-up would have: it need not share the cores with it
		Job.getJobManager().cancel(JobFamilies.EDITOR_WARM_UP);
		Job job = new Job(NLS.bind(Messages.Editor_loadJob, getPartName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					long start = System.nanoTime();
					T loaded = withFields ? find(id) : null;
					if (loaded != null) {
						readLists(loaded);
					}
					FieldLayout layout = withFields ? FieldLayout.read(entityType()) : null;
					AffiliationPage affiliations = loadAffiliations(id, 0, FIRST_AFFILIATIONS);
					Loaded<T> read = new Loaded<>(sequence, withFields, loaded, layout, affiliations, start,
							System.nanoTime());
					result.complete(read);
					display.asyncExec(() -> show(read));
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					result.completeExceptionally(e);
					display.asyncExec(() -> showLoadError(e));
					return Status.error(e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JobFamilies.EDITOR_LOAD;
			}
		};
		job.setSystem(true);
		job.schedule();
		return result;
	}

	/** On the UI thread: shows a load unless a later one was started or it is already shown. */
	private void show(Loaded<T> read) {
		// an older load finishing late must not show an older version
		if (form == null || form.isDisposed() || read.sequence() != loadSequence || read.sequence() == shownSequence) {
			return;
		}
		shownSequence = read.sequence();
		if (read.layout() != null) {
			// refilled drop-downs fire modify events: not the user's edits
			boolean wasFilling = filling;
			filling = true;
			try {
				applyLayout(read.layout());
			} finally {
				filling = wasFilling;
			}
		}
		show(read.withFields(), read.record(), read.affiliations());
		if (StartupTrace.ENABLED) {
			traceTiming((int) read.affiliations().total(), read.start(), read.read());
		}
	}

	private void showLoadError(Throwable e) {
		if (form != null && !form.isDisposed()) {
			form.setMessage(e.getMessage(), IMessageProvider.ERROR);
		}
	}

	// with -Dvinculo.trace.timing=true (StartupTrace.ENABLED) the log tells how long each editor took to read and to show
	/** When the workbench handed the editor its input: before its widgets are made. */
	private long initialized;
	private boolean traced;
	/** How long a load may take before the editor says it is loading. */
	private static final int LOADING_HINT_DELAY_MS = 300;

	private void traceTiming(int rows, long start, long read) {
		Display display = form.getDisplay();
		long shown = System.nanoTime();
		boolean first = !traced;
		traced = true;
		// the heading or the table painted (a person's table may be below the fold, and a reload may
		// leave the heading as it was): the next idle moment comes after the whole window did
		whenFirstPainted(() -> display.asyncExec(() -> log(rows, start, read, shown, first)),
				affiliationViewer.getTable(), form.getForm().getHead());
	}

	private void log(int rows, long start, long read, long shown, boolean first) {
		long painted = System.nanoTime();
		ILog.of(PartyEditor.class).info(String.format(java.util.Locale.ROOT,
				"%s: %d affiliations, read %.0f ms, shown %.0f ms, painted %.0f ms after the load started%s", //$NON-NLS-1$
				getPartName(), rows, (read - start) / 1e6, (shown - start) / 1e6, (painted - start) / 1e6,
				// the first load: also from the editor's opening, its widgets included
				first ? String.format(java.util.Locale.ROOT, ", %.0f ms after the editor opened", //$NON-NLS-1$
						(painted - initialized) / 1e6) : "")); //$NON-NLS-1$
	}

	private void show(boolean loadedFields, T loaded, AffiliationPage affiliations) {
		boolean withFields = loadedFields;
		if (form.isDisposed()) {
			return;
		}
		if (withFields && dirty && record != null) {
			// the user started typing while this load ran: keep their edits; a concurrent
			// change is then caught by the version check when they save
			withFields = false;
		}
		if (withFields) {
			if (loaded == null) {
				form.setMessage(Messages.Editor_missing, IMessageProvider.ERROR);
				setFieldsEnabled(false);
				return;
			}
			record = loaded;
			originals = snapshot(loaded);
			filling = true;
			try {
				bindings.values().forEach(binding -> binding.show(binding.read(loaded)));
			} finally {
				filling = false;
			}
			setDirty(false);
			setFieldsEnabled(true);
			if (form.getMessage() != null) {
				form.setMessage(null, IMessageProvider.NONE);
			}
			updateTitle(loaded.getDisplayName());
			classification.showBadge(loaded);
			if (sectionsBelowMade()) { // else they are told when they are made
				contributed.partyChanged(loaded, toolkit);
			}
		}
		affiliationRows.show(affiliations, loadSequence);
		if (sectionsBelowMade()) {
			relationships.updateButtons();
			activities.updateButtons();
		}
		boolean none = affiliations.total() == 0;
		emptyHint.setVisible(none);
		((GridData) emptyHint.getLayoutData()).exclude = !none;
		if (!creating) {
			emptyHint.getParent().layout();
		}
		updateButtons();
		if (withFields && !markedInHistory) {
			markedInHistory = true;
			getSite().getPage().getNavigationHistory().markLocation(this);
		}
	}

	private void updateTitle(String name) {
		partyInput().setName(name);
		setPartName(name);
		showHeading();
	}

	/** "Organization: BA Minds": the record's kind, in the customer's words, and its name. */
	private void showHeading() {
		String heading = partyInput().getToolTipText();
		if (heading.equals(form.getText())) {
			return; // unchanged: no need to lay the form out again
		}
		form.setText(heading);
		setTitleToolTip(heading);
		reflow();
	}

	private void setFieldsEnabled(boolean enabled) {
		fieldsEnabled = enabled;
		bindings.values().forEach(binding -> binding.setEditable(enabled && !readOnly.contains(binding.id())));
	}

	/** The field configuration's code for this editor's records. */
	private String entityType() {
		return entityType(partyInput().getKind());
	}

	/** The entity type the admin's field settings use for a kind of party. */
	static String entityType(PartyKind kind) {
		return kind == PartyKind.PERSON ? FieldDefinition.PERSON : FieldDefinition.ORGANIZATION;
	}

	/**
	 * Applies the admin's field configuration and the current choice lists:
	 * custom fields rebuilt when their definitions changed, built-in fields
	 * hidden or read-only as configured. Call with {@code filling} set.
	 */
	private void applyLayout(FieldLayout layout) {
		classification.setChoices(layout.segments());
		tagChips.setColours(layout.tagColours());
		boolean rebuilt = customFields.build(layout.settings().customFields(), layout.customChoices());
		if (rebuilt && record != null) {
			// fresh custom widgets show the record's values until the fields are filled again
			bindings.values().forEach(binding -> binding.show(binding.read(record)));
		}
		readOnly.removeIf(id -> !customFieldId(id));
		this.layout = layout;
		for (FieldBinding<T> binding : bindings.values()) {
			applySettings(layout, binding);
		}
		reflow();
	}

	/** Hides a built-in field or makes it read-only as the admin configured it. */
	private void applySettings(FieldLayout layout, FieldBinding<T> binding) {
		if (customFieldId(binding.id())) {
			return; // built with their settings
		}
		String code = binding.id().substring(binding.id().indexOf('.') + 1);
		boolean hidden = layout.settings().hidden(code);
		setShown(binding.control(), !hidden);
		Control label = fieldLabels.get(binding.id());
		if (label != null) {
			setShown(label, !hidden);
		}
		if (layout.settings().readOnly(code)) {
			readOnly.add(binding.id());
		}
	}

	/** While the editor makes its widgets and shows the first load: no layout is needed before the first one. */
	boolean creating() {
		return creating;
	}

	/** Lays the form out again after its content changed (not while it is being made). */
	private void reflow() {
		if (!creating) {
			form.reflow(true);
		}
	}

	private static boolean customFieldId(String bindingId) {
		return bindingId.startsWith(WidgetIds.PARTY_CUSTOM_PREFIX);
	}

	private void setShown(Control control, boolean shown) {
		if (control.getVisible() != shown) {
			control.setVisible(shown);
			if (control.getLayoutData() instanceof GridData data) {
				data.exclude = !shown;
			}
			if (!creating) { // like every layout while the form is being made: its first one comes after
				control.getParent().layout(true, true);
			}
		}
	}

	/** For the sections: a field of theirs joins the editor's dirty tracking, saving and conflicts. */
	void addBinding(FieldBinding<T> binding) {
		bindings.put(binding.id(), binding);
	}

	void removeBinding(String id) {
		bindings.remove(id);
		readOnly.remove(id);
	}

	void markReadOnly(String id) {
		readOnly.add(id);
	}

	/** For the sections: the user changed a field (ignored while the editor fills them). */
	void fieldChanged() {
		if (!filling) {
			setDirty(true);
		}
	}

	private void setDirty(boolean value) {
		if (dirty != value) {
			dirty = value;
			firePropertyChange(PROP_DIRTY);
		}
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (record == null) {
			return;
		}
		T edited = record;
		applyFields(edited);
		List<Problem> problems = Validation.check(edited);
		if (showProblems(problems)) {
			monitor.setCanceled(true);
			return;
		}
		try {
			T saved = saveRecord(edited);
			record = saved;
			originals = snapshot(saved);
			setDirty(false);
			updateTitle(saved.getDisplayName());
			classification.showBadge(saved);
		} catch (ValidationException e) {
			showProblems(e.getProblems());
			monitor.setCanceled(true);
		} catch (StaleRecordException e) {
			monitor.setCanceled(true);
			resolveConflict();
		} catch (RuntimeException e) {
			// e.g. the database went away: say so, keep the edits in the editor
			monitor.setCanceled(true);
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, e.getMessage());
		}
	}

	/**
	 * Someone else saved the record since we loaded it: show the three versions
	 * field by field, and save what the user decides on top of the other version.
	 */
	private void resolveConflict() {
		T theirs = find(partyInput().getId());
		if (theirs == null) {
			MessageDialog.openError(getSite().getShell(), Messages.Conflict_title,
					NLS.bind(Messages.Conflict_deleted, getPartName()));
			return;
		}
		Map<String, String> theirValues = snapshot(theirs);
		List<FieldVersions> versions = bindings.values().stream()
				.map(b -> new FieldVersions(b.id(), b.label(), originals.get(b.id()), b.current(),
						theirValues.get(b.id()), b.mergeableAsText(), b::describe))
				.toList();
		ConflictDialog dialog = new ConflictDialog(getSite().getShell(), getPartName(), versions);
		if (dialog.hasDifferences() && dialog.open() != Window.OK) {
			return; // the user's edits stay in the editor, still unsaved
		}
		filling = true;
		try {
			dialog.resolved().forEach((id, value) -> bindings.get(id).show(value));
		} finally {
			filling = false;
		}
		record = theirs;
		originals = theirValues;
		doSave(new NullProgressMonitor());
	}

	private Map<String, String> snapshot(T source) {
		Map<String, String> values = new LinkedHashMap<>();
		bindings.forEach((id, binding) -> values.put(id, binding.read(source)));
		return values;
	}

	protected abstract T saveRecord(T edited);

	/** Marks each problem next to its field; returns whether there were any. */
	private boolean showProblems(List<Problem> problems) {
		form.getMessageManager().removeAllMessages();
		for (Problem problem : problems) {
			FieldBinding<T> binding = bindings.get(Fields.EMAIL.equals(problem.field()) ? WidgetIds.PARTY_CONTACTS
					: "party." + problem.field()); //$NON-NLS-1$
			Control control = binding == null ? null : binding.control();
			form.getMessageManager().addMessage(problem.field(), problem.message(), null, IMessageProvider.ERROR,
					control);
		}
		if (!problems.isEmpty()) {
			form.setMessage(Messages.Editor_fixErrors, IMessageProvider.ERROR);
		}
		return !problems.isEmpty();
	}

	private void recordChanged(Event event) {
		if (form == null || form.isDisposed()) {
			return;
		}
		Long id = partyInput().getId();
		Object changedId = event.getProperty(RecordEvents.ID);
		if (event.getTopic().equals(RecordEvents.FIELDS_TOPIC) || event.getTopic().equals(RecordEvents.TYPES_TOPIC)) {
			// the admin changed fields or lists: rebuild now unless the user is typing (then on the next load)
			if (!dirty) {
				load(true);
			}
			return;
		}
		if (event.getTopic().startsWith(RecordEvents.PARTY_TOPIC)) {
			if (id.equals(changedId)) {
				// while the user edits, a concurrent change is caught by the version check on save
				if (!dirty) {
					load(true);
				}
			} else if (listsParty(changedId)) {
				load(false); // a person or organization in our table was renamed or deleted
			}
		} else if (id.equals(event.getProperty(RecordEvents.PERSON_ID))
				|| id.equals(event.getProperty(RecordEvents.ORGANIZATION_ID))) {
			load(false);
		}
	}

	private boolean listsParty(Object partyId) {
		// with pages not read yet, any renamed party may move rows between pages: read again
		return affiliationRows.incomplete()
				|| affiliationRows.loaded().anyMatch(row -> partyId.equals(counterpart(row).getId()));
	}

	/**
	 * The affiliation table's rows, fetched a page at a time as the table shows
	 * them: the first page comes with the editor's load, further pages when the
	 * user scrolls to them.
	 */
	private final class AffiliationRows implements ILazyContentProvider {
		static final int PAGE = 500;
		/** How many rows are counted in at a time after the first paint. */
		private static final int COUNT_IN_STEP = 10_000;
		/** When the rows are counted in if nothing painted by then. */
		private static final int COUNT_IN_LATEST_MS = 300;
		/** Whether the table was given its full count once: later loads set it at once. */
		private boolean countedIn;
		private Affiliation[] rows = new Affiliation[0];
		private final Set<Integer> requested = new HashSet<>();
		/** By page: the rows the table asked for before their page was read. */
		private final Map<Integer, Set<Integer>> waiting = new HashMap<>();
		private int generation;

		void show(AffiliationPage first, int loadGeneration) {
			generation = loadGeneration;
			rows = new Affiliation[(int) first.total()];
			requested.clear();
			waiting.clear();
			if (first.rows().size() >= Math.min(PAGE, rows.length)) {
				requested.add(0); // else the rest of the first page is read when the table shows it
			}
			fill(0, first.rows());
			if (countedIn) {
				affiliationViewer.setItemCount(rows.length);
			} else {
				// GTK appends the rows one by one (30 ms for 9,000), and while it measures the table it
				// asks for a row beyond those shown (row 127 of 500 here), whose page was then read on
				// the other core during the paint: the first paint holds only the rows read with the
				// record, the others are counted in right after it
				countedIn = true;
				affiliationViewer.setItemCount(Math.min(rows.length, first.rows().size()));
				int forGeneration = generation;
				afterFirstPaint(() -> countIn(forGeneration), affiliationViewer.getTable(), form.getForm().getHead());
				// nothing may paint (the table out of view, the editor behind another): not left short
				form.getDisplay().timerExec(COUNT_IN_LATEST_MS, () -> countIn(forGeneration));
			}
			affiliationViewer.getTable().clearAll();
		}

		/** Adds the rows not counted in yet, a step at a time so that the UI stays responsive. */
		private void countIn(int forGeneration) {
			if (forGeneration != generation || affiliationViewer.getControl().isDisposed()) {
				return; // a later load set its own count
			}
			int count = affiliationViewer.getTable().getItemCount();
			if (count < rows.length) {
				affiliationViewer.setItemCount(Math.min(rows.length, count + COUNT_IN_STEP));
				form.getDisplay().asyncExec(() -> countIn(forGeneration));
			}
		}

		boolean incomplete() {
			return Arrays.stream(rows).anyMatch(Objects::isNull);
		}

		Stream<Affiliation> loaded() {
			return Arrays.stream(rows).filter(Objects::nonNull);
		}

		private void fill(int offset, List<Affiliation> page) {
			for (int i = 0; i < page.size() && offset + i < rows.length; i++) {
				rows[offset + i] = page.get(i);
			}
		}

		@Override
		public void updateElement(int index) {
			if (index >= rows.length) {
				return;
			}
			if (rows[index] != null) {
				affiliationViewer.replace(rows[index], index);
			} else {
				// the table asked for a row that is not read yet: it gets it when its page comes
				waiting.computeIfAbsent(index / PAGE, page -> new HashSet<>()).add(index);
				if (requested.add(index / PAGE)) {
					fetch(index / PAGE);
				}
			}
		}

		private void fetch(int page) {
			long id = partyInput().getId();
			int forGeneration = generation;
			Display display = form.getDisplay();
			Job job = new Job(NLS.bind(Messages.Editor_loadJob, getPartName())) {
				@Override
				protected IStatus run(IProgressMonitor monitor) {
					AffiliationPage more;
					try {
						more = loadAffiliations(id, page * PAGE, PAGE);
					} catch (RuntimeException e) {
						display.asyncExec(() -> {
							if (!form.isDisposed()) {
								requested.remove(page); // asked again when the rows are shown again
								form.setMessage(e.getMessage(), IMessageProvider.ERROR);
							}
						});
						return Status.error(e.getMessage(), e);
					}
					display.asyncExec(() -> {
						if (forGeneration != generation || affiliationViewer.getControl().isDisposed()) {
							return; // the editor reloaded meanwhile: that load shows its own pages
						}
						fill(page * PAGE, more.rows());
						// only the rows the table asked for: it asks for the others when it shows them
						// (GTK asks for a few rows far from the view while it measures the table)
						for (int index : waiting.getOrDefault(page, Set.of())) {
							if (rows[index] != null) {
								affiliationViewer.replace(rows[index], index);
							}
						}
						waiting.remove(page);
					});
					return Status.OK_STATUS;
				}

				@Override
				public boolean belongsTo(Object family) {
					return family == JobFamilies.EDITOR_LOAD;
				}
			};
			job.setSystem(true);
			job.schedule();
		}

		@Override
		public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
			// rows are pushed by show()
		}
	}

	private final AffiliationRows affiliationRows = new AffiliationRows();

	@Override
	public INavigationLocation createEmptyNavigationLocation() {
		return new PartyNavigationLocation(this);
	}

	@Override
	public INavigationLocation createNavigationLocation() {
		return new PartyNavigationLocation(this);
	}

	@Override
	public void doSaveAs() {
		// one record, one place: nothing to save as
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (form != null && !form.isDisposed()) {
			bindings.values().stream().findFirst().ifPresentOrElse(b -> b.control().setFocus(), form::setFocus);
		}
	}

	@Override
	public void dispose() {
		if (eventBroker != null) {
			eventBroker.unsubscribe(onChange);
		}
		terms.dispose();
		contributed.dispose();
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
