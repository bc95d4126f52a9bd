package org.vinculo.ui.internal.views;

import java.text.MessageFormat;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.core.service.PartyService;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.PartyOpener;

/**
 * Persons and organizations in one list, narrowed as the user types. The search
 * runs in a job; the table is virtual and only materializes visible rows.
 */
public final class PartiesView extends ViewPart {

	public static final String ID = "org.vinculo.ui.views.parties"; //$NON-NLS-1$

	/** Rows fetched per search; the status line says when there are more. */
	static final int PAGE = 2_000;
	private static final long TYPING_DELAY_MILLIS = 150;

	private Text filter;
	private Combo kind;
	private TableViewer viewer;
	private Label status;
	private List<Party> rows = List.of();
	private final SearchJob searchJob = new SearchJob();
	private IEventBroker eventBroker;
	private final EventHandler refreshOnChange = event -> searchJob.reschedule(TYPING_DELAY_MILLIS);

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);

		filter = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), WidgetIds.PARTIES_FILTER);
		filter.setMessage(Messages.PartiesView_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> searchJob.reschedule(TYPING_DELAY_MILLIS));

		kind = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), WidgetIds.PARTIES_KIND);
		kind.setItems(Messages.PartiesView_kindAll, Messages.PartiesView_kindPersons,
				Messages.PartiesView_kindOrganizations);
		kind.select(0);
		kind.addModifyListener(e -> searchJob.reschedule(0));

		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), WidgetIds.PARTIES_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(viewer.getControl());
		addColumn(Messages.PartiesView_columnName, 220, Party::getDisplayName, true);
		addColumn(Messages.PartiesView_columnKind, 100, p -> Labels.kind(p.getKind()), false);
		addColumn(Messages.PartiesView_columnEmail, 220, Party::getEmail, false);
		addColumn(Messages.PartiesView_columnPhone, 130, Party::getPhone, false);
		addColumn(Messages.PartiesView_columnCity, 120, Party::getCity, false);
		viewer.setContentProvider(new LazyRows());
		viewer.setInput(this);
		viewer.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Party party) {
				PartyOpener.open(getSite().getPage(), party);
			}
		});
		getSite().setSelectionProvider(viewer);

		status = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.PARTIES_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
		status.setText(Messages.PartiesView_searching);

		eventBroker = getSite().getService(IEventBroker.class);
		if (eventBroker != null) {
			eventBroker.subscribe(RecordEvents.PARTY_TOPIC + "*", refreshOnChange); //$NON-NLS-1$
		}
		searchJob.reschedule(0);
	}

	private void addColumn(String title, int width, Function<Party, String> text, boolean withImage) {
		Columns.add(viewer, title, width, text, withImage ? p -> Labels.image(p.getKind()) : null);
	}

	private PartyQuery currentQuery() {
		PartyQuery query = new PartyQuery(filter.getText(), null, 0, PAGE);
		return switch (kind.getSelectionIndex()) {
		case 1 -> query.onlyKind(PartyKind.PERSON);
		case 2 -> query.onlyKind(PartyKind.ORGANIZATION);
		default -> query;
		};
	}

	private void show(PartyQuery query, List<Party> found, long total) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		rows = found;
		viewer.setItemCount(found.size());
		viewer.refresh();
		if (found.isEmpty() && !query.text().isEmpty()) {
			status.setText(NLS.bind(Messages.PartiesView_empty, query.text()));
		} else if (total > found.size()) {
			status.setText(NLS.bind(Messages.PartiesView_statusLimited, found.size(), total));
		} else {
			status.setText(MessageFormat.format(Messages.PartiesView_status, total));
		}
	}

	@Override
	public void setFocus() {
		filter.setFocus();
	}

	@Override
	public void dispose() {
		searchJob.cancel();
		if (eventBroker != null) {
			eventBroker.unsubscribe(refreshOnChange);
		}
		super.dispose();
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

	/** Runs the latest query off the UI thread; a newer keystroke cancels the older search. */
	private final class SearchJob extends Job {

		SearchJob() {
			super(Messages.PartiesView_searchJob);
			setSystem(true);
		}

		void reschedule(long delay) {
			cancel();
			schedule(delay);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			if (viewer == null || viewer.getControl().isDisposed()) {
				return Status.CANCEL_STATUS;
			}
			PartyQuery[] query = new PartyQuery[1];
			viewer.getControl().getDisplay().syncExec(() -> {
				if (!filter.isDisposed()) {
					query[0] = currentQuery();
				}
			});
			if (query[0] == null || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			try {
				PartyService parties = CoreServices.parties();
				List<Party> found = parties.search(query[0]);
				long total = found.size() < PAGE ? found.size() : parties.count(query[0]);
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				viewer.getControl().getDisplay().asyncExec(() -> show(query[0], found, total));
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				viewer.getControl().getDisplay().asyncExec(() -> {
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
