package org.vinculo.sales.ui.internal.opportunities;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.vinculo.core.search.PartySummary;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.CurrencyField;
import org.vinculo.sales.ui.internal.Dates;
import org.vinculo.sales.ui.internal.Failures;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.Open;
import org.vinculo.sales.ui.internal.OwnerChoice;
import org.vinculo.sales.ui.internal.PartyRef;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.sales.ui.internal.Users;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.Parties;
import org.vinculo.ui.parts.TermLabels;

/**
 * Creates an opportunity: for whom, in which pipeline (only those that sell to
 * that kind of party), what, how much, when it should close and who owns it
 * (the current user unless changed). Opens it in its editor when done.
 */
public final class NewOpportunityWizard extends Wizard implements INewWizard {

	private static final int DEFAULT_DAYS_TO_CLOSE = 30;

	private PartyRef party;
	private Page page;

	/** For the New wizard list; {@link #init} may preset the party from the selection. */
	public NewOpportunityWizard() {
		this(null);
	}

	public NewOpportunityWizard(PartyRef party) {
		this.party = party;
		setWindowTitle(TermLabels.format(Messages.Command_newOpportunity));
		setNeedsProgressMonitor(true);
	}

	/** Opens the wizard in a dialog, for {@code party} if given. */
	public static void open(Shell shell, PartyRef party) {
		new WizardDialog(shell, new NewOpportunityWizard(party)).open();
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (party == null && selection != null && selection.getFirstElement() instanceof PartySummary summary) {
			party = PartyRef.of(summary);
		}
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Opportunity draft = page.draft();
		if (draft == null) {
			return false;
		}
		AtomicReference<Opportunity> saved = new AtomicReference<>();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(TermLabels.format(Messages.Wizard_saving), 1);
				saved.set(SalesServices.sales().save(draft));
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(Failures.describe(e.getCause() == null ? e : e.getCause()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		IWorkbenchPage workbenchPage = Open.anyPage();
		if (workbenchPage != null) {
			Open.opportunity(workbenchPage, saved.get().id(), saved.get().title());
		}
		return true;
	}

	/** The one page: every field a new opportunity needs. */
	private final class Page extends WizardPage {

		private Text partyField;
		private Combo pipelineCombo;
		private Text titleField;
		private Text amountField;
		private Combo currencyCombo;
		private DateTime closeDate;
		private OwnerChoice owner;
		private List<Pipeline> allPipelines = List.of();
		private List<Pipeline> offered = List.of();
		private boolean loaded;

		Page() {
			super("newOpportunity"); //$NON-NLS-1$
			setTitle(TermLabels.format(Messages.Command_newOpportunity));
			setDescription(TermLabels.format(Messages.Wizard_description));
		}

		@Override
		public void createControl(Composite parent) {
			Composite client = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(client);

			label(client, Messages.Field_customer);
			partyField = WidgetIds.tag(new Text(client, SWT.BORDER | SWT.READ_ONLY), SalesIds.WIZARD_PARTY);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(partyField);
			Button choose = WidgetIds.tag(new Button(client, SWT.PUSH), SalesIds.WIZARD_PARTY_CHOOSE);
			choose.setText(Messages.Button_choose);
			choose.addListener(SWT.Selection, e -> chooseParty());

			label(client, Messages.Field_pipeline);
			pipelineCombo = WidgetIds.tag(new Combo(client, SWT.READ_ONLY), SalesIds.WIZARD_PIPELINE);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(pipelineCombo);
			pipelineCombo.addListener(SWT.Selection, e -> validate());

			label(client, Messages.Field_title);
			titleField = WidgetIds.tag(new Text(client, SWT.BORDER), SalesIds.WIZARD_TITLE);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(titleField);
			titleField.addListener(SWT.Modify, e -> validate());

			label(client, Messages.Field_amount);
			Composite money = new Composite(client, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(money);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(money);
			amountField = WidgetIds.tag(new Text(money, SWT.BORDER | SWT.RIGHT), SalesIds.WIZARD_AMOUNT);
			GridDataFactory.swtDefaults().hint(140, SWT.DEFAULT).applyTo(amountField);
			amountField.addListener(SWT.Modify, e -> validate());
			currencyCombo = WidgetIds.tag(CurrencyField.create(money, Formats.DEFAULT_CURRENCY),
					SalesIds.WIZARD_CURRENCY);
			currencyCombo.addListener(SWT.Modify, e -> validate());

			label(client, Messages.Field_closeDate);
			closeDate = WidgetIds.tag(new DateTime(client, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER),
					SalesIds.WIZARD_CLOSE_DATE);
			Dates.set(closeDate, LocalDate.now().plusDays(DEFAULT_DAYS_TO_CLOSE));
			GridDataFactory.swtDefaults().span(2, 1).applyTo(closeDate);

			label(client, Messages.Field_owner);
			owner = new OwnerChoice(WidgetIds.tag(new Combo(client, SWT.READ_ONLY), SalesIds.WIZARD_OWNER));
			GridDataFactory.fillDefaults().span(2, 1).applyTo(owner.combo());

			showParty();
			setControl(client);
			setPageComplete(false);
			setMessage(Messages.Common_loading);
			Background.read(Messages.Wizard_loadJob, client, () -> new Choices(SalesServices.sales().pipelines(false),
					Users.read(), SalesServices.currentUserId()), this::showChoices,
					e -> setErrorMessage(Failures.describe(e)));
		}

		private void label(Composite parent, String text) {
			new Label(parent, SWT.NONE).setText(text);
		}

		private void showChoices(Choices choices) {
			allPipelines = choices.pipelines();
			owner.show(choices.users(), choices.currentUser());
			loaded = true;
			setMessage(null);
			offerPipelines();
			titleField.setFocus();
		}

		/** Only the pipelines that sell to the chosen party's kind. */
		private void offerPipelines() {
			Pipeline before = selectedPipeline();
			offered = allPipelines.stream().filter(p -> party == null || p.accepts(party.kind())).toList();
			pipelineCombo.setItems(offered.stream().map(Pipeline::name).toArray(String[]::new));
			int index = 0;
			for (int i = 0; i < offered.size(); i++) {
				if (before != null && Objects.equals(before.id(), offered.get(i).id())) {
					index = i;
				}
			}
			if (!offered.isEmpty()) {
				pipelineCombo.select(index);
			}
			validate();
		}

		private Pipeline selectedPipeline() {
			int index = pipelineCombo.getSelectionIndex();
			return index < 0 || index >= offered.size() ? null : offered.get(index);
		}

		private void chooseParty() {
			Parties.pick(getShell(), null, TermLabels.format(Messages.Wizard_pickParty)).ifPresent(p -> {
				party = PartyRef.of(p);
				showParty();
				offerPipelines();
			});
		}

		private void showParty() {
			partyField.setText(party == null ? "" : party.name()); //$NON-NLS-1$
		}

		private void validate() {
			if (!loaded) {
				return;
			}
			String problem = null;
			if (party == null) {
				problem = TermLabels.format(Messages.Wizard_needParty);
			} else if (offered.isEmpty()) {
				problem = TermLabels.format(Messages.Wizard_noPipeline);
			} else if (selectedPipeline() == null) {
				problem = Messages.Wizard_needPipeline;
			} else if (titleField.getText().isBlank()) {
				problem = Messages.Wizard_needTitle;
			} else if (amount() == null && !amountField.getText().isBlank()) {
				problem = Messages.Validation_amount;
			} else if (CurrencyField.read(currencyCombo).length() != 3) {
				problem = Messages.Validation_currency;
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		private BigDecimal amount() {
			try {
				BigDecimal value = Formats.user().parse(amountField.getText());
				return value == null || value.signum() < 0 ? null : value;
			} catch (NumberFormatException e) {
				return null;
			}
		}

		/** The opportunity to save, {@code null} while the page is incomplete. */
		Opportunity draft() {
			Pipeline pipeline = selectedPipeline();
			if (party == null || pipeline == null) {
				return null;
			}
			BigDecimal amount = amount();
			try {
				return Opportunity.draft(titleField.getText().strip(), party.id(), pipeline,
						amount == null ? BigDecimal.ZERO : amount, CurrencyField.read(currencyCombo),
						Dates.get(closeDate), owner.selected());
			} catch (IllegalStateException e) {
				setErrorMessage(e.getMessage()); // a pipeline without an open stage
				return null;
			}
		}
	}

	private record Choices(List<Pipeline> pipelines, Users users, Long currentUser) {
	}
}
