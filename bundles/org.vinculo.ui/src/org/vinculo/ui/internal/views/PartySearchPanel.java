package org.vinculo.ui.internal.views;

import java.text.MessageFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.core.search.PartySearch;
import org.vinculo.core.search.PartySummary;
import org.vinculo.core.search.SearchResult;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.StartupTrace;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.editors.EditorWarmUp;
import org.vinculo.ui.internal.editors.WidgetWarmUp;

/**
 * A filter box over persons and organizations with results as you type: the
 * search runs in a job, a newer keystroke cancels the older search, the table is
 * virtual and the matched part of each name is shown in bold. Used by the
 * Parties view and by the party picker.
 */
public final class PartySearchPanel {

	/** Rows fetched per search; the status line says when there are more. */
	static final int PAGE = 200;
	static final long TYPING_DELAY_MILLIS = 150;

	private final Text filter;
	private final Combo kind;
	private final PartyKind fixedKind;
	private final TableViewer viewer;
	private final Label status;
	private final FacetFilters facets;
	private List<PartySummary> rows = List.of();
	private volatile String highlighted = ""; //$NON-NLS-1$
	private final SearchJob searchJob = new SearchJob();
	private boolean firstShown;
	/** After the first results' paint and the start-up's last steps (the data warm-up starts at 500 ms). */
	private static final int WIDGET_WARM_UP_DELAY_MS = 700;

	/**
	 * @param fixedKind only this kind of party, or {@code null} to let the user choose
	 * @param terms     keeps the labels that name records in step with renames
	 * @param ids       widget ids: filter, table, status, kind chooser, and when
	 *                  three more are given (stage, category, value) a row of
	 *                  filters by lifecycle stage, segment and tag
	 */
	public PartySearchPanel(Composite parent, PartyKind fixedKind, Terms terms, String... ids) {
		this.fixedKind = fixedKind;
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);

		filter = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), ids[0]);
		filter.setMessage(Messages.PartiesView_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).span(fixedKind == null ? 1 : 2, 1).applyTo(filter);
		filter.addModifyListener(e -> refresh(TYPING_DELAY_MILLIS));
		moveIntoResultsOnArrowDown();

		if (fixedKind == null) {
			kind = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), ids[3]);
			terms.bind(() -> {
				int selected = Math.max(0, kind.getSelectionIndex());
				kind.setItems(Terms.format(Messages.PartiesView_kindAll), Terms.format(Messages.PartiesView_kindPersons),
						Terms.format(Messages.PartiesView_kindOrganizations));
				kind.select(selected);
			});
			kind.addModifyListener(e -> refresh(0));
		} else {
			kind = null;
		}

		facets = ids.length >= 7 ? new FacetFilters(parent, () -> refresh(0), ids[4], ids[5], ids[6]) : null;

		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), ids[1]);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(200, 200).applyTo(viewer.getControl());
		TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
		name.getColumn().setText(Messages.PartiesView_columnName);
		name.getColumn().setWidth(220);
		name.setLabelProvider(new HighlightingNameProvider());
		if (fixedKind == null) {
			addColumn(Messages.PartiesView_columnKind, 100, p -> Labels.kind(p.kind()));
		}
		addColumn(Messages.PartiesView_columnEmail, 220, PartySummary::email);
		addColumn(Messages.PartiesView_columnPhone, 130, PartySummary::phone);
		addColumn(Messages.PartiesView_columnCity, 120, PartySummary::city);
		Columns.<PartySummary>coloured(viewer, Messages.PartiesView_columnStage, 130, p -> p.lifecycle().label(),
				p -> Labels.lifecycleColor(p.lifecycle()));
		viewer.setContentProvider(new LazyRows());
		viewer.setInput(this);

		status = WidgetIds.tag(new Label(parent, SWT.NONE), ids[2]);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
		status.setText(Messages.PartiesView_searching);
		viewer.getControl().addDisposeListener(e -> searchJob.cancel());
		refresh(0);
	}

	private void addColumn(String title, int width, Function<PartySummary, String> text) {
		Columns.add(viewer, title, width, text, null);
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Text filter() {
		return filter;
	}

	/** The selected parties as the list shows them, in table order; load the records to edit them. */
	public List<PartySummary> selection() {
		return ((IStructuredSelection) viewer.getSelection()).toList().stream().map(PartySummary.class::cast)
				.toList();
	}

	/** Runs the current query again after {@code delayMillis}. */
	public void refresh(long delayMillis) {
		searchJob.cancel();
		// read on the UI thread now, so that the job need not wait for it (at start-up it is
		// busy building the workbench); from another thread the job reads it when it runs
		searchJob.query = Display.getCurrent() != null && !filter.isDisposed() ? currentQuery() : null;
		searchJob.schedule(delayMillis);
	}

	/**
	 * Called with the opened party on double-click or Enter in the table, and on
	 * Enter in the filter box (the first result).
	 */
	public void onOpen(Consumer<PartySummary> open) {
		viewer.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof PartySummary party) {
				open.accept(party);
			}
		});
		filter.addListener(SWT.DefaultSelection, e -> {
			if (!rows.isEmpty()) {
				open.accept(rows.get(0));
			}
		});
	}

	/** Keyboard first: Down in the filter box moves into the results. */
	private void moveIntoResultsOnArrowDown() {
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && !rows.isEmpty()) {
				e.doit = false;
				viewer.getTable().setFocus();
				viewer.setSelection(new StructuredSelection(rows.get(0)), true);
			}
		});
	}

	/** What the list shows now: the filter text, kind and facets (call on the UI thread). */
	public PartyQuery currentQuery() {
		PartyQuery query = new PartyQuery(filter.getText(), null, 0, PAGE);
		if (facets != null) {
			query = query.withFacets(facets.selected());
		}
		if (fixedKind != null) {
			return query.onlyKind(fixedKind);
		}
		return switch (kind.getSelectionIndex()) {
		case 1 -> query.onlyKind(PartyKind.PERSON);
		case 2 -> query.onlyKind(PartyKind.ORGANIZATION);
		default -> query;
		};
	}

	private void show(PartyQuery query, List<PartySummary> found, long total, boolean current) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		rows = found;
		highlighted = Party.normalize(query.text());
		viewer.setItemCount(found.size());
		viewer.refresh();
		if (found.isEmpty() && !query.text().isEmpty()) {
			status.setText(Terms.format(Messages.PartiesView_empty, query.text()));
		} else if (total > found.size()) {
			status.setText(MessageFormat.format(Messages.PartiesView_statusLimited, found.size(), total));
		} else {
			status.setText(MessageFormat.format(Messages.PartiesView_status, total));
		}
		if (!current) {
			status.setText(status.getText() + Messages.PartiesView_indexing);
		}
		// the first editor opened should not be the one to compile the database's statements
		if (EditorWarmUp.afterFirstResults(found)) {
			WidgetWarmUp.schedule(viewer.getControl().getDisplay(), WIDGET_WARM_UP_DELAY_MS);
		}
		if (StartupTrace.ENABLED && !firstShown) {
			firstShown = true;
			// from the JVM's start to the first results on screen: the cold-start figure in BENCHMARKS.md
			viewer.getControl().getDisplay().asyncExec(() -> StartupTrace.firstResultsShown(found.size(), total));
		}
		status.getParent().layout(new Control[] { status });
	}

	/** Serves the rows of the last search to the virtual table. */
	private final class LazyRows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			// rows are pushed by the search job
		}
	}

	/** The party's name with the part that matched the filter in bold. */
	private final class HighlightingNameProvider extends StyledCellLabelProvider {
		@Override
		public void update(ViewerCell cell) {
			PartySummary party = (PartySummary) cell.getElement();
			String name = party.displayName();
			cell.setText(name);
			cell.setImage(Labels.image(party.kind()));
			String normalized = Party.normalize(name);
			int at = highlighted.isEmpty() || normalized.length() != name.length() ? -1
					: normalized.indexOf(highlighted);
			cell.setStyleRanges(at < 0 ? null
					: new StyleRange[] { new StyleRange(at, highlighted.length(), null, null, SWT.BOLD) });
			super.update(cell);
		}
	}

	/** Runs the latest query off the UI thread. */
	private final class SearchJob extends Job {

		/** What to search for, read when the search was asked for; {@code null}: read it when running. */
		volatile PartyQuery query;

		SearchJob() {
			super(Messages.PartiesView_searchJob);
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			if (viewer.getControl().isDisposed()) {
				return Status.CANCEL_STATUS;
			}
			Display display = viewer.getControl().getDisplay();
			PartyQuery[] query = { this.query };
			if (display.isDisposed()) {
				return Status.CANCEL_STATUS;
			}
			if (query[0] == null) {
				display.syncExec(() -> {
					if (!filter.isDisposed()) {
						query[0] = currentQuery();
					}
				});
			}
			if (query[0] == null || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			StartupTrace.mark("first search started"); //$NON-NLS-1$
			try {
				PartySearch search = CoreServices.search();
				StartupTrace.mark("search service ready"); //$NON-NLS-1$
				SearchResult found = search.search(query[0]);
				StartupTrace.mark("first search answered"); //$NON-NLS-1$
				boolean current = search.isCurrent();
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				display.asyncExec(() -> show(query[0], found.hits(), found.total(), current));
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				display.asyncExec(() -> {
					if (!status.isDisposed()) {
						status.setText(NLS.bind(Messages.PartiesView_searchFailed, e.getMessage()));
					}
				});
				return Status.error(e.getMessage(), e);
			}
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JobFamilies.PARTY_SEARCH;
		}
	}
}
