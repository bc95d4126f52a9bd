package org.vinculo.ui.internal.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.vinculo.core.exchange.CsvPreview;
import org.vinculo.core.exchange.ImportReport;
import org.vinculo.core.exchange.ImportService;
import org.vinculo.core.exchange.ImportSettings;
import org.vinculo.core.imports.ImportRejection;
import org.vinculo.core.imports.ImportRun;
import org.vinculo.core.imports.ImportRun.Counts;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.PartyOpener;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Terms;

/**
 * What an import did: its totals, which always add up, and every rejected row
 * with its line and problems, which can be saved as a CSV to fix and import
 * again. Below, the recent imports: selecting one shows its report, and an
 * import that was cancelled or interrupted can be resumed or rolled back; a
 * banner says so when the view opens.
 */
public final class ImportReportView extends ViewPart {

	public static final String ID = "org.vinculo.ui.views.importReport"; //$NON-NLS-1$

	/** Columns of the rejected rows. */
	public static final int LINE = 0;
	public static final int PROBLEMS = 1;
	public static final int VALUES = 2;
	/** Columns of the recent imports. */
	public static final int FILE = 0;
	public static final int STARTED = 1;
	public static final int STATUS = 2;
	public static final int READ = 3;
	public static final int IMPORTED = 4;
	public static final int LINKED = 5;
	public static final int REJECTED = 6;
	/** How many imports the recent list shows. */
	public static final int RECENT_SIZE = 20;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
			FormatStyle.SHORT);
	private static final String RESUME_LINK = "resume"; //$NON-NLS-1$
	private static final String ROLL_BACK_LINK = "rollback"; //$NON-NLS-1$

	/** The import the upper half shows. */
	private record Shown(long runId, String filePath, Counts counts, List<ImportRejection> rejections,
			boolean cancelled) {
	}

	/** The imports the lower half lists, and those that can be resumed or rolled back. */
	private record Runs(List<ImportRun> recent, List<ImportRun> unfinished) {
	}

	private final Terms terms = new Terms();
	private final IJobChangeListener onImportJob = new JobChangeAdapter() {
		@Override
		public void scheduled(IJobChangeEvent event) {
			if (event.getJob().belongsTo(ImportIds.IMPORT_JOBS)) {
				Background.later(display, ImportReportView.this::updateActions);
			}
		}

		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob().belongsTo(ImportIds.IMPORT_JOBS)) {
				Background.later(display, ImportReportView.this::loadRuns); // new counts, statuses, banner
			}
		}
	};
	private Display display;
	private Composite top;
	private Link banner;
	private Label totals;
	private Label details;
	private TableViewer rejected;
	private Button saveRejections;
	private TableViewer recent;
	private Button resume;
	private Button rollBack;

	private Shown shown;
	private List<ImportRun> runs = List.of();
	private ImportRun bannerRun;
	private int runReads;
	private int rejectionReads;
	/** While the list is selected by code, its listener does not show the run. */
	private boolean selecting;

	/** Opens the view and shows {@code report}; from the UI thread. */
	public static void reveal(ImportReport report) {
		view().ifPresent(view -> view.show(report));
	}

	/** Opens the view on the recent imports, e.g. after an import failed half-way. */
	static void revealRecent() {
		view().ifPresent(ImportReportView::loadRuns);
	}

	private static Optional<ImportReportView> view() {
		IWorkbenchPage page = page();
		if (page == null) {
			return Optional.empty();
		}
		try {
			return Optional.of((ImportReportView) page.showView(ID));
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Report_title, e.getMessage());
			return Optional.empty();
		}
	}

	private static IWorkbenchPage page() {
		return PartyOpener.anyPage();
	}

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		terms.listen(getSite().getService(IEventBroker.class));
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
		top = parent;

		banner = WidgetIds.tag(new Link(parent, SWT.WRAP), ImportIds.BANNER);
		banner.addListener(SWT.Selection, e -> bannerClicked(e.text));
		setBannerShown(false);

		totals = WidgetIds.tag(new Label(parent, SWT.WRAP), ImportIds.TOTALS);
		totals.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(totals);
		details = WidgetIds.tag(new Label(parent, SWT.WRAP), ImportIds.DETAILS);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(details);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createRejected(sash);
		createRecent(sash);
		sash.setWeights(3, 2);

		terms.bind(this::showTotals);
		Job.getJobManager().addJobChangeListener(onImportJob);
		updateActions();
		loadRuns();
	}

	private void createRejected(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(6, 6).applyTo(area);
		rejected = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL);
		WidgetIds.tag(rejected.getTable(), ImportIds.REJECTIONS);
		rejected.getTable().setHeaderVisible(true);
		rejected.getTable().setLinesVisible(true);
		rejected.setUseHashlookup(true);
		rejected.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 120).applyTo(rejected.getControl());
		Columns.<ImportRejection>add(rejected, Messages.Report_columnLine, 60, r -> Long.toString(r.line()), null);
		Columns.<ImportRejection>add(rejected, Messages.Report_columnProblems, 380, ImportRejection::describe, null);
		Columns.<ImportRejection>add(rejected, Messages.Report_columnValues, 420, r -> Values.joined(r.values()), null);
		saveRejections = WidgetIds.tag(new Button(area, SWT.PUSH), ImportIds.SAVE_REJECTIONS);
		saveRejections.setText(Messages.Report_saveRejections);
		saveRejections.setToolTipText(Messages.Report_saveRejectionsHint);
		saveRejections.addListener(SWT.Selection, e -> saveRejections());
	}

	private void createRecent(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(6, 6).applyTo(area);
		Label title = new Label(area, SWT.NONE);
		title.setText(Messages.Report_recent);
		recent = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		WidgetIds.tag(recent.getTable(), ImportIds.RECENT);
		recent.getTable().setHeaderVisible(true);
		recent.getTable().setLinesVisible(true);
		recent.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 100).applyTo(recent.getControl());
		Columns.<ImportRun>add(recent, Messages.Report_columnFile, 220, r -> fileName(r.filePath()), null);
		Columns.<ImportRun>add(recent, Messages.Report_columnStarted, 150, r -> when(r.startedAt()), null);
		Columns.<ImportRun>add(recent, Messages.Report_columnStatus, 110, ImportReportView::status, null);
		Columns.<ImportRun>add(recent, Messages.Report_columnRead, 70, r -> number(r.counts().read()), null);
		Columns.<ImportRun>add(recent, Messages.Report_columnImported, 80, r -> number(r.counts().imported()), null);
		Columns.<ImportRun>add(recent, Messages.Report_columnLinked, 80, r -> number(r.counts().linked()), null);
		Columns.<ImportRun>add(recent, Messages.Report_columnRejected, 80, r -> number(r.counts().rejected()), null);
		recent.addSelectionChangedListener(e -> {
			updateActions();
			if (!selecting) {
				selectedRun().ifPresent(this::showRun);
			}
		});

		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(buttons);
		resume = WidgetIds.tag(new Button(buttons, SWT.PUSH), ImportIds.RESUME);
		resume.setText(Messages.Report_resume);
		resume.addListener(SWT.Selection, e -> selectedRun().ifPresent(this::resume));
		rollBack = WidgetIds.tag(new Button(buttons, SWT.PUSH), ImportIds.ROLL_BACK);
		rollBack.setText(Messages.Report_rollBack);
		rollBack.addListener(SWT.Selection, e -> selectedRun().ifPresent(this::rollBack));
		Button refresh = WidgetIds.tag(new Button(buttons, SWT.PUSH), ImportIds.REFRESH);
		refresh.setText(Messages.Report_refresh);
		refresh.addListener(SWT.Selection, e -> loadRuns());
	}

	// ---- the report ----------------------------------------------------------------------------

	/** Shows what an import (or a resumed one) did, and selects it among the recent imports. */
	public void show(ImportReport report) {
		if (totals == null || totals.isDisposed()) {
			return;
		}
		rejectionReads++; // a run's rejections still being read are not this report's
		shown = new Shown(report.runId(), report.filePath(), report.counts(), report.rejections(), report.cancelled());
		rejected.setInput(shown.rejections());
		showTotals();
		loadRuns();
	}

	/** Shows a recent import's counts, then its rejections once read. */
	private void showRun(ImportRun run) {
		int sequence = ++rejectionReads;
		shown = new Shown(run.id(), run.filePath(), run.counts(), List.of(), run.status().isUnfinished());
		rejected.setInput(List.of());
		showTotals();
		if (run.counts().rejected() == 0) {
			return;
		}
		Background.start(Messages.Report_readJob, ImportIds.READ_JOBS, rejected.getControl(),
				monitor -> CoreServices.imports().rejections(run.id()), rows -> {
					if (sequence == rejectionReads) {
						shown = new Shown(run.id(), run.filePath(), run.counts(), rows, run.status().isUnfinished());
						rejected.setInput(rows);
						updateActions();
					}
				}, e -> statusError(NLS.bind(Messages.Report_readFailed, Background.message(e))));
	}

	/** The totals line and the details line of what is shown; runs again after a rename. */
	private void showTotals() {
		if (shown == null) {
			totals.setText(Messages.Report_nothing);
			details.setText(Messages.Report_nothingHint);
		} else {
			Counts counts = shown.counts();
			totals.setText(Messages.format(Messages.Report_totals, counts.read(), counts.imported(), counts.linked(),
					counts.rejected()));
			String text = Terms.format(Messages.Report_details, fileName(shown.filePath()), counts.persons(),
					counts.organizations(), counts.affiliations(), counts.blank());
			details.setText(shown.cancelled() ? text + ' ' + Messages.Report_cancelled : text);
		}
		top.layout(true, true);
		updateActions();
	}

	/** Writes the shown import's rejected rows as a CSV with its header, to fix and import again. */
	private void saveRejections() {
		Shown current = shown;
		Optional<ImportRun> run = current == null ? Optional.empty() : runOf(current.runId());
		if (run.isEmpty() || current.rejections().isEmpty() || isCards(run.get())) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		dialog.setFileName(NLS.bind(Messages.Report_rejectedFileName, baseName(current.filePath())));
		Path source = Path.of(current.filePath());
		if (source.getParent() != null) {
			dialog.setFilterPath(source.getParent().toString());
		}
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen);
		String settingsText = run.get().settings();
		List<ImportRejection> rows = current.rejections();
		Background.start(Messages.Report_saveJob, ImportIds.EXPORT_JOBS, rejected.getControl(), monitor -> {
			ImportService imports = CoreServices.imports();
			ImportSettings settings = ImportSettings.decode(settingsText);
			List<String> headers;
			try {
				CsvPreview preview = imports.preview(source, settings, 0);
				headers = preview.headers();
			} catch (IOException e) {
				headers = List.of(); // the original file is gone: the rows are written without its header
			}
			imports.writeRejections(target, headers, rows, settings);
			return rows.size();
		}, count -> statusMessage(Messages.format(Messages.Report_saved, count, target)),
				e -> MessageDialog.openError(getSite().getShell(), Messages.Report_title,
						NLS.bind(Messages.Report_saveFailed, target, Background.message(e))));
	}

	// ---- recent imports ------------------------------------------------------------------------

	/** Reads the recent and unfinished imports again. */
	void loadRuns() {
		if (recent == null || recent.getControl().isDisposed()) {
			return;
		}
		int sequence = ++runReads;
		Background.start(Messages.Report_readJob, ImportIds.READ_JOBS, recent.getControl(), monitor -> {
			ImportService imports = CoreServices.imports();
			return new Runs(imports.recent(RECENT_SIZE), imports.unfinished());
		}, read -> showRuns(sequence, read),
				e -> statusError(NLS.bind(Messages.Report_readFailed, Background.message(e))));
	}

	private void showRuns(int sequence, Runs read) {
		if (sequence != runReads) {
			return;
		}
		runs = read.recent();
		long selectedId = shown != null ? shown.runId() : selectedRun().map(ImportRun::id).orElse(0L);
		selecting = true;
		try {
			recent.setInput(runs);
			runOf(selectedId).ifPresentOrElse(run -> recent.setSelection(new StructuredSelection(run), true),
					() -> recent.setSelection(StructuredSelection.EMPTY));
		} finally {
			selecting = false;
		}
		showBanner(read.unfinished());
		updateActions();
	}

	/** Offers to resume or roll back the latest unfinished import, unless an import is under way. */
	private void showBanner(List<ImportRun> unfinished) {
		bannerRun = ImportJob.anyRunning() ? null
				: unfinished.stream().max(Comparator.comparingLong(ImportRun::id)).orElse(null); // the latest
		if (bannerRun == null) {
			setBannerShown(false);
			return;
		}
		String pattern = isCards(bannerRun) ? Messages.Report_bannerCards : Messages.Report_banner;
		String text = Messages.format(pattern, fileName(bannerRun.filePath()), bannerRun.counts().read());
		if (unfinished.size() > 1) {
			text += ' ' + Messages.format(Messages.Report_bannerMore, unfinished.size() - 1);
		}
		banner.setText(text);
		setBannerShown(true);
	}

	private void setBannerShown(boolean visible) {
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).exclude(!visible).applyTo(banner);
		banner.setVisible(visible);
		banner.getParent().layout(true, true);
	}

	private void bannerClicked(String link) {
		ImportRun run = bannerRun;
		if (run == null) {
			return;
		}
		if (RESUME_LINK.equals(link)) {
			resume(run);
		} else if (ROLL_BACK_LINK.equals(link)) {
			rollBack(run);
		}
	}

	private void resume(ImportRun run) {
		if (!canResume(run)) {
			return;
		}
		setBannerShown(false);
		ImportJob.resume(run.id(), fileName(run.filePath())).schedule();
		updateActions();
	}

	/** Removes everything an import created, after a confirmation. */
	private void rollBack(ImportRun run) {
		if (!canRollBack(run)) {
			return;
		}
		Counts counts = run.counts();
		String question = Terms.format(Messages.Report_rollBackQuestion, fileName(run.filePath()), counts.persons(),
				counts.organizations(), counts.affiliations());
		if (MessageDialog.open(MessageDialog.QUESTION, getSite().getShell(), Messages.Report_rollBackTitle, question,
				SWT.NONE, Messages.Report_rollBackButton, Messages.Report_cancel) != 0) {
			return;
		}
		setBannerShown(false);
		String name = fileName(run.filePath());
		Job job = new Job(NLS.bind(Messages.Report_rollBackJob, name)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					long removed = CoreServices.imports().rollback(run.id(), monitor);
					Background.later(display,
							() -> statusMessage(Messages.format(Messages.Report_rolledBack, name, removed)));
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS; // what was removed so far stays removed; rolling back again finishes it
				} catch (RuntimeException e) {
					return Status.error(NLS.bind(Messages.Report_rollBackFailed, name, Background.message(e)), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ImportIds.IMPORT_JOBS;
			}
		};
		job.setUser(true);
		job.schedule();
		updateActions();
	}

	private static boolean canResume(ImportRun run) {
		return run.status().isUnfinished() && !isCards(run) && !ImportJob.anyRunning();
	}

	/** Any import not rolled back yet, finished ones included, can be rolled back while no import runs. */
	private static boolean canRollBack(ImportRun run) {
		return run.status() != ImportRun.Status.ROLLED_BACK && !ImportJob.anyRunning();
	}

	/**
	 * Whether a run imported vCards: those cannot be resumed, and their rejected
	 * "rows" are cards, not CSV rows to save.
	 */
	static boolean isCards(ImportRun run) {
		String settings = run.settings() == null ? "" : run.settings(); //$NON-NLS-1$
		return settings.lines().anyMatch(line -> line.strip().equals("format=vcard")) //$NON-NLS-1$
				|| run.filePath().toLowerCase(Locale.ROOT).endsWith(".vcf"); //$NON-NLS-1$
	}

	private Optional<ImportRun> selectedRun() {
		return recent.getStructuredSelection().getFirstElement() instanceof ImportRun run ? Optional.of(run)
				: Optional.empty();
	}

	private Optional<ImportRun> runOf(long runId) {
		return runs.stream().filter(r -> r.id() == runId).findFirst();
	}

	private void updateActions() {
		if (resume == null || resume.isDisposed()) {
			return;
		}
		Optional<ImportRun> run = selectedRun();
		resume.setEnabled(run.filter(ImportReportView::canResume).isPresent());
		rollBack.setEnabled(run.filter(ImportReportView::canRollBack).isPresent());
		saveRejections.setEnabled(shown != null && !shown.rejections().isEmpty()
				&& runOf(shown.runId()).filter(r -> !isCards(r)).isPresent());
	}

	// ---- wording -------------------------------------------------------------------------------

	private static String status(ImportRun run) {
		return switch (run.status()) {
		case RUNNING -> ImportJob.anyRunning() ? Messages.Status_running : Messages.Status_interrupted;
		case CANCELLED -> Messages.Status_cancelled;
		case FINISHED -> Messages.Status_finished;
		case ROLLED_BACK -> Messages.Status_rolledBack;
		};
	}

	private static String when(Instant instant) {
		return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault())); //$NON-NLS-1$
	}

	private static String number(long value) {
		return String.format(Locale.getDefault(), "%,d", value); //$NON-NLS-1$
	}

	static String fileName(String filePath) {
		if (filePath == null) {
			return ""; //$NON-NLS-1$
		}
		int slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
		return filePath.substring(slash + 1);
	}

	private static String baseName(String filePath) {
		String name = fileName(filePath);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private void statusMessage(String message) {
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		getViewSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	private void statusError(String message) {
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
	}

	@Override
	public void setFocus() {
		rejected.getControl().setFocus();
	}

	@Override
	public void dispose() {
		Job.getJobManager().removeJobChangeListener(onImportJob);
		terms.dispose();
		super.dispose();
	}
}
