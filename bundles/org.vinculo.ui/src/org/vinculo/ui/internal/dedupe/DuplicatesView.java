package org.vinculo.ui.internal.dedupe;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.dedupe.DuplicateMatch;
import org.vinculo.core.dedupe.DuplicateScan;
import org.vinculo.core.dedupe.MergeRecord;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Terms;

/**
 * Finds records that look like the same person or organization and merges
 * them. The first tab scans every record of one kind in a cancellable job and
 * lists the pairs found, best first, each with the reasons; a pair opens in the
 * merge dialog (double-click, Enter or Merge...) and leaves the list once merged.
 * The second tab lists the latest merges, any of which can be undone.
 */
public final class DuplicatesView extends ViewPart {

	public static final String ID = "org.vinculo.ui.views.duplicates"; //$NON-NLS-1$

	/** Columns of the pairs table. */
	public static final int SCORE = 0;
	public static final int FIRST = 1;
	public static final int SECOND = 2;
	public static final int WHY = 3;
	/** Columns of the history table. */
	public static final int WHEN = 0;
	public static final int KEPT = 1;
	public static final int MERGED_AWAY = 2;
	public static final int MOVED = 3;
	public static final int BY = 4;
	public static final int UNDONE = 5;
	/** How many of the latest merges the history lists. */
	public static final int HISTORY_SIZE = 50;

	private static final DateTimeFormatter WHEN_FORMAT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
			FormatStyle.SHORT);
	private static final Color UNDONE_COLOR = new Color(130, 130, 130);

	private final Terms terms = new Terms();
	private final EventHandler onChange = this::changed;
	private IEventBroker broker;
	private TabFolder tabs;
	private TabItem historyTab;

	private Combo kind;
	private Button scan;
	private Label status;
	private TableViewer pairs;
	private Button merge;
	private Button openBoth;
	private final List<DuplicateMatch> rows = new ArrayList<>();
	private DuplicateScan lastScan;
	private PartyKind scannedKind;
	/** Merges done since the last scan, by merge id: the dialog and the announcement both report each. */
	private final Set<Long> mergedSince = new HashSet<>();
	private Job scanJob;

	private TableViewer history;
	private Button undo;
	private int historyReads;
	private boolean historyStale = true;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		broker = getSite().getService(IEventBroker.class);
		terms.listen(broker);
		tabs = WidgetIds.tag(new TabFolder(parent, SWT.TOP), DedupeIds.TABS);
		TabItem pairsTab = new TabItem(tabs, SWT.NONE);
		pairsTab.setText(Messages.Duplicates_tab);
		pairsTab.setControl(createPairs(tabs));
		historyTab = new TabItem(tabs, SWT.NONE);
		historyTab.setText(Messages.Duplicates_historyTab);
		historyTab.setControl(createHistory(tabs));
		tabs.addListener(SWT.Selection, e -> {
			if (historyShown() && historyStale) {
				loadHistory();
			}
		});
		if (broker != null) {
			broker.subscribe(Merges.TOPIC_ALL, onChange);
			broker.subscribe(RecordEvents.PARTY_TOPIC + '*', onChange);
		}
		updateActions();
	}

	// ---- possible duplicates -----------------------------------------------------------------------

	private Control createPairs(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).spacing(8, 6).applyTo(page);
		kind = WidgetIds.tag(new Combo(page, SWT.READ_ONLY), DedupeIds.KIND);
		GridDataFactory.swtDefaults().hint(170, SWT.DEFAULT).applyTo(kind);
		terms.bind(this::labelKinds);
		scan = WidgetIds.tag(new Button(page, SWT.PUSH), DedupeIds.SCAN);
		scan.setText(Messages.Duplicates_scan);
		scan.addListener(SWT.Selection, e -> scanOrCancel());
		status = WidgetIds.tag(new Label(page, SWT.WRAP), DedupeIds.STATUS);
		status.setText(Messages.Duplicates_ready);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(300, SWT.DEFAULT)
				.applyTo(status);

		// a scan of a large database may find thousands of pairs: rows are made as they are shown
		pairs = new TableViewer(page, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(pairs.getTable(), DedupeIds.TABLE);
		pairs.getTable().setHeaderVisible(true);
		pairs.getTable().setLinesVisible(true);
		pairs.setUseHashlookup(true);
		pairs.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(400, 160).applyTo(pairs.getControl());
		Columns.<DuplicateMatch>add(pairs, Messages.Duplicates_columnScore, 60, m -> Integer.toString(m.score()), null);
		Columns.<DuplicateMatch>add(pairs, Messages.Duplicates_columnFirst, 200, m -> m.first().displayName(), null);
		Columns.<DuplicateMatch>add(pairs, Messages.Duplicates_columnSecond, 200, m -> m.second().displayName(), null);
		Columns.<DuplicateMatch>add(pairs, Messages.Duplicates_columnWhy, 460, DuplicateMatch::explain, null);
		pairs.addOpenListener(e -> mergeSelected());
		pairs.addSelectionChangedListener(e -> updateActions());

		Composite buttons = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(buttons);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(buttons);
		merge = WidgetIds.tag(new Button(buttons, SWT.PUSH), DedupeIds.MERGE);
		merge.setText(Messages.Duplicates_merge);
		merge.addListener(SWT.Selection, e -> mergeSelected());
		openBoth = WidgetIds.tag(new Button(buttons, SWT.PUSH), DedupeIds.OPEN_BOTH);
		openBoth.setText(Messages.Duplicates_openBoth);
		openBoth.addListener(SWT.Selection, e -> openBothSelected());
		Label help = new Label(buttons, SWT.WRAP);
		help.setText(Messages.Duplicates_help);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(300, SWT.DEFAULT)
				.indent(8, 0).applyTo(help);

		MenuManager menu = new MenuManager();
		menu.add(new Action(Messages.Duplicates_merge) {
			@Override
			public void run() {
				mergeSelected();
			}
		});
		menu.add(new Action(Messages.Duplicates_openBoth) {
			@Override
			public void run() {
				openBothSelected();
			}
		});
		pairs.getControl().setMenu(menu.createContextMenu(pairs.getControl()));
		return page;
	}

	/** The kinds to scan, in the terms in force; runs again after a rename. */
	private void labelKinds() {
		int index = Math.max(0, kind.getSelectionIndex());
		kind.setItems(new String[] { Terms.format(Messages.Duplicates_kindPersons),
				Terms.format(Messages.Duplicates_kindOrganizations) });
		kind.select(index);
		if (lastScan != null) {
			showStatus();
		}
	}

	private PartyKind selectedKind() {
		return kind.getSelectionIndex() == 1 ? PartyKind.ORGANIZATION : PartyKind.PERSON;
	}

	private static String kindWord(PartyKind partyKind) {
		return Terms.format(partyKind == PartyKind.PERSON ? Messages.Duplicates_kindPersonsLower
				: Messages.Duplicates_kindOrganizationsLower);
	}

	/** Scan starts a scan; while one runs, the same button cancels it. */
	private void scanOrCancel() {
		if (scanJob != null) {
			scanJob.cancel();
			return;
		}
		PartyKind chosen = selectedKind();
		Display display = scan.getDisplay();
		Job job = new Job(Messages.Duplicates_scanJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					DuplicateScan result = CoreServices.duplicates().scan(chosen, monitor);
					Merges.later(display, () -> scanned(this, chosen, result, null));
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					Merges.later(display, () -> scanned(this, chosen, null, Messages.Duplicates_cancelled));
					return Status.CANCEL_STATUS;
				} catch (RuntimeException e) {
					String message = NLS.bind(Messages.Duplicates_failed, e.getMessage());
					Merges.later(display, () -> scanned(this, chosen, null, message));
					return Status.error(message, e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == DedupeIds.SCAN_JOBS;
			}
		};
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				// cancelled before it ran: run() never reported, so tidy up here
				Merges.later(display, () -> scanned(job, chosen, null, Messages.Duplicates_cancelled));
			}
		});
		job.setUser(true);
		scanJob = job;
		scan.setText(Messages.Duplicates_cancelScan);
		status.setText(NLS.bind(Messages.Duplicates_scanning, kindWord(chosen)));
		scan.getParent().layout(true);
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job); // the view shows itself busy as well
		} else {
			job.schedule();
		}
	}

	/** A scan ended: its pairs, or why there are none; the first report of a job wins. */
	private void scanned(Job job, PartyKind scanned, DuplicateScan result, String problem) {
		if (status.isDisposed() || scanJob != job) {
			return;
		}
		scanJob = null;
		scan.setText(Messages.Duplicates_scan);
		if (result == null) {
			status.setText(problem); // the last scan's pairs stay listed
			status.getParent().layout(true);
			return;
		}
		lastScan = result;
		scannedKind = scanned;
		mergedSince.clear();
		rows.clear();
		rows.addAll(result.matches());
		pairs.setInput(rows);
		showStatus();
		updateActions();
	}

	private void showStatus() {
		String text = Messages.format(Messages.Duplicates_status, lastScan.comparisons(), lastScan.parties(),
				kindWord(scannedKind), lastScan.matches().size(), lastScan.largeBlocks());
		if (!mergedSince.isEmpty()) {
			text = Messages.format(Messages.Duplicates_mergedSince, text, mergedSince.size());
		}
		status.setText(text);
		status.getParent().layout(true);
	}

	private Optional<DuplicateMatch> selectedMatch() {
		return pairs.getStructuredSelection().getFirstElement() instanceof DuplicateMatch match ? Optional.of(match)
				: Optional.empty();
	}

	private void mergeSelected() {
		selectedMatch().ifPresent(match -> MergeDialog.open(getSite().getShell(), match.first().id(), match.second().id())
				.ifPresent(this::merged));
	}

	private void openBothSelected() {
		selectedMatch().ifPresent(match -> {
			Merges.open(getSite().getPage(), match.first());
			Merges.open(getSite().getPage(), match.second());
		});
	}

	/**
	 * A merge was done (here, from the dialog, or anywhere, by its announcement):
	 * the merged-away record is hidden now, so every pair with it goes (the
	 * core's own deletion event may have removed them already).
	 */
	private void merged(MergeRecord record) {
		removeInvolving(record.loserId());
		if (lastScan != null && mergedSince.add(record.id())) {
			showStatus();
		}
	}

	/** Removes the pairs with this record, keeping a neighbour selected; whether any was removed. */
	private boolean removeInvolving(long partyId) {
		if (pairs.getControl().isDisposed()) {
			return false;
		}
		int index = pairs.getTable().getSelectionIndex();
		if (!rows.removeIf(m -> m.first().id() == partyId || m.second().id() == partyId)) {
			return false;
		}
		pairs.refresh();
		if (index >= 0 && !rows.isEmpty()) {
			pairs.setSelection(new StructuredSelection(rows.get(Math.min(index, rows.size() - 1))), true);
		}
		updateActions();
		return true;
	}

	// ---- merge history -------------------------------------------------------------------------------

	private Control createHistory(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(8, 6).applyTo(page);
		history = new TableViewer(page, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(history.getTable(), DedupeIds.HISTORY_TABLE);
		history.getTable().setHeaderVisible(true);
		history.getTable().setLinesVisible(true);
		history.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 160).applyTo(history.getControl());
		historyColumn(Messages.History_columnWhen, 150, r -> when(r.mergedAt()));
		historyColumn(Messages.History_columnKept, 200, MergeRecord::survivorName);
		historyColumn(Messages.History_columnMerged, 200, MergeRecord::loserName);
		historyColumn(Messages.History_columnMoved, 70, r -> Long.toString(r.moved()));
		historyColumn(Messages.History_columnBy, 120, MergeRecord::mergedBy);
		historyColumn(Messages.History_columnUndone, 150, r -> when(r.undoneAt()));
		history.addSelectionChangedListener(e -> updateActions());

		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(buttons);
		undo = WidgetIds.tag(new Button(buttons, SWT.PUSH), DedupeIds.HISTORY_UNDO);
		undo.setText(Messages.History_undo);
		undo.addListener(SWT.Selection, e -> undoSelected());
		Button refresh = WidgetIds.tag(new Button(buttons, SWT.PUSH), DedupeIds.HISTORY_REFRESH);
		refresh.setText(Messages.History_refresh);
		refresh.addListener(SWT.Selection, e -> loadHistory());
		return page;
	}

	/** A history column; undone merges are greyed. */
	private void historyColumn(String title, int width, Function<MergeRecord, String> text) {
		Columns.<MergeRecord>coloured(history, title, width, text, r -> r.isUndone() ? UNDONE_COLOR : null);
	}

	private static String when(Instant instant) {
		return instant == null ? "" : WHEN_FORMAT.format(instant.atZone(ZoneId.systemDefault())); //$NON-NLS-1$
	}

	private boolean historyShown() {
		return !tabs.isDisposed() && tabs.getSelectionIndex() == tabs.indexOf(historyTab);
	}

	/** Something merged or undone: read the history now if it shows, else when it is next shown. */
	private void historyChanged() {
		if (historyShown()) {
			loadHistory();
		} else {
			historyStale = true;
		}
	}

	private void loadHistory() {
		int sequence = ++historyReads;
		historyStale = false;
		Display display = history.getControl().getDisplay();
		Job job = new Job(Messages.History_loadJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					List<MergeRecord> recent = CoreServices.merges().recent(HISTORY_SIZE);
					Merges.later(display, () -> showHistory(sequence, recent, null));
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					Merges.later(display, () -> showHistory(sequence, null, String.valueOf(e.getMessage())));
					return Status.error(String.valueOf(e.getMessage()), e); // logged; the status line shows it too
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == DedupeIds.READ_JOBS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void showHistory(int sequence, List<MergeRecord> recent, String problem) {
		if (sequence != historyReads || history.getControl().isDisposed()) {
			return;
		}
		if (recent == null) {
			historyStale = true; // try again when next shown
			getViewSite().getActionBars().getStatusLineManager()
					.setErrorMessage(NLS.bind(Messages.History_loadFailed, problem));
			return;
		}
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		Optional<Long> before = selectedRecord().map(MergeRecord::id);
		history.setInput(recent);
		before.flatMap(id -> recent.stream().filter(r -> r.id() == id).findFirst())
				.ifPresent(r -> history.setSelection(new StructuredSelection(r), true));
		updateActions();
	}

	private Optional<MergeRecord> selectedRecord() {
		return history.getStructuredSelection().getFirstElement() instanceof MergeRecord record ? Optional.of(record)
				: Optional.empty();
	}

	/** Undoes the selected merge after a confirmation; a refusal (a later merge first) is explained. */
	private void undoSelected() {
		Optional<MergeRecord> selected = selectedRecord().filter(r -> !r.isUndone());
		if (selected.isEmpty()) {
			return;
		}
		MergeRecord record = selected.get();
		Shell shell = getSite().getShell();
		String question = NLS.bind(Messages.History_undoQuestion, record.loserName(), record.survivorName());
		if (MessageDialog.open(MessageDialog.QUESTION, shell, Messages.History_undoTitle, question, SWT.NONE,
				Messages.History_undoButton, Messages.History_cancel) != 0) {
			return;
		}
		Display display = shell.getDisplay();
		undo.setEnabled(false);
		Job job = new Job(Messages.History_undoJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					CoreServices.merges().undo(record.id());
					Merges.later(display, () -> undone(record));
					return Status.OK_STATUS;
				} catch (IllegalStateException e) {
					Merges.later(display, () -> undoRefused(shell, e));
					return Status.OK_STATUS; // a refusal the user is told about, not a failure
				} catch (RuntimeException e) {
					Merges.later(display, () -> undoRefused(shell, e));
					return Status.error(String.valueOf(e.getMessage()), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == DedupeIds.WRITE_JOBS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void undone(MergeRecord record) {
		Merges.announce(Merges.TOPIC_UNDONE, record);
		if (history.getControl().isDisposed()) {
			return;
		}
		getViewSite().getActionBars().getStatusLineManager()
				.setMessage(NLS.bind(Messages.History_undone, record.loserName()));
		if (broker == null) {
			loadHistory(); // else the announcement does it
		}
	}

	private void undoRefused(Shell shell, RuntimeException e) {
		MessageDialog.openError(shell.isDisposed() ? null : shell, Messages.History_undoFailedTitle,
				String.valueOf(e.getMessage()));
		if (!history.getControl().isDisposed()) {
			loadHistory(); // someone else may have undone it meanwhile
		}
	}

	// ---- both ---------------------------------------------------------------------------------------

	private void changed(Event event) {
		if (tabs.isDisposed()) {
			return;
		}
		String topic = event.getTopic();
		if (topic.equals(Merges.TOPIC_MERGED)) {
			if (event.getProperty(IEventBroker.DATA) instanceof MergeRecord record) {
				merged(record);
			}
			historyChanged();
		} else if (topic.equals(Merges.TOPIC_UNDONE)) {
			historyChanged();
		} else if (topic.endsWith(RecordEvents.DELETED) && event.getProperty(RecordEvents.ID) instanceof Long id) {
			removeInvolving(id); // a deleted record is no one's duplicate
		}
	}

	private void updateActions() {
		if (merge == null || merge.isDisposed()) {
			return;
		}
		boolean pair = selectedMatch().isPresent();
		merge.setEnabled(pair);
		openBoth.setEnabled(pair);
		undo.setEnabled(selectedRecord().filter(r -> !r.isUndone()).isPresent());
	}

	@Override
	public void setFocus() {
		(historyShown() ? history : pairs).getControl().setFocus();
	}

	@Override
	public void dispose() {
		terms.dispose();
		if (broker != null) {
			broker.unsubscribe(onChange);
		}
		if (scanJob != null) {
			scanJob.cancel(); // nobody left to show its pairs
		}
		super.dispose();
	}
}
