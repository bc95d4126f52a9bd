package org.vinculo.core.index.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.search.PartyChangeFeed;
import org.vinculo.core.search.PartySearch;
import org.vinculo.core.search.SearchResult;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.core.service.RecordEvents;

/**
 * The {@link PartySearch} service: opens the index beside the database, catches
 * up or rebuilds it in the background when it is behind, and applies every
 * committed change of a party or of its links (it listens to the core's change events), then posts
 * {@link PartySearch#TOPIC_UPDATED} so lists refresh.
 */
@Component(service = { PartySearch.class, EventHandler.class }, property = {
		EventConstants.EVENT_TOPIC + "=" + RecordEvents.PARTY_TOPIC + "*", //$NON-NLS-1$ //$NON-NLS-2$
		// a link written on its own stamps both parties' revision: catching up reads them again
		EventConstants.EVENT_TOPIC + "=" + RecordEvents.AFFILIATION_TOPIC + "*", //$NON-NLS-1$ //$NON-NLS-2$
		EventConstants.EVENT_TOPIC + "=" + RecordEvents.RELATIONSHIP_TOPIC + "*" }) //$NON-NLS-1$ //$NON-NLS-2$
public final class SearchIndexComponent implements PartySearch, EventHandler {

	/** Family of the index jobs, for waiting on them. */
	public static final Object JOB_FAMILY = SearchIndexComponent.class;

	private static final ILog LOG = ILog.of(SearchIndexComponent.class);

	private final LuceneSearchIndex index;
	private final Job catchUpJob;
	private volatile EventAdmin eventAdmin;
	/** Set while the first build runs: catching up meanwhile would build the whole index a second time. */
	private volatile boolean building;
	private volatile boolean closed;

	@Activate
	public SearchIndexComponent(@Reference PartyChangeFeed feed) {
		index = new LuceneSearchIndex(feed);
		catchUpJob = new CatchUpJob();
		switch (index.opened()) {
		case NEEDS_REBUILD -> {
			building = true;
			new RebuildJob(false).schedule();
		}
		case BEHIND -> {
			LOG.info(NLS.bind("The search index in {0} was behind the database (revision {1} of {2}), probably after a crash; catching up.", //$NON-NLS-1$
					new Object[] { index.directory(), index.appliedRevision(), feed.currentRevision() }));
			catchUpJob.schedule();
		}
		case CURRENT -> {
			// nothing to do
		}
		}
	}

	@Override
	public SearchResult search(PartyQuery query) {
		return index.search(query);
	}

	@Override
	public List<String> tags(String prefix, int limit) {
		return index.tags(prefix, limit);
	}

	@Override
	public boolean isCurrent() {
		return index.isCurrent();
	}

	@Override
	public void rebuild(IProgressMonitor monitor) {
		index.rebuild(monitor);
		announce();
	}

	@Override
	public void catchUp() {
		if (index.catchUp() > 0) {
			announce();
		}
	}

	@Override
	public void handleEvent(Event event) {
		if (!closed && !building) {
			catchUpJob.schedule(); // a scheduled job is not scheduled twice; changes during a run are caught next run
		}
	}

	private void announce() {
		EventAdmin admin = eventAdmin;
		if (admin != null) {
			admin.postEvent(new Event(TOPIC_UPDATED, Map.of(RecordEvents.COUNT, index.size())));
		}
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setEventAdmin(EventAdmin admin) {
		eventAdmin = admin;
	}

	void unsetEventAdmin(EventAdmin admin) {
		eventAdmin = null;
	}

	@Deactivate
	void close() {
		closed = true;
		Job.getJobManager().cancel(JOB_FAMILY);
		try {
			Job.getJobManager().join(JOB_FAMILY, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		index.close();
	}

	/** Applies committed changes; runs again if more arrive while it runs. */
	private final class CatchUpJob extends Job {
		CatchUpJob() {
			super(Messages.CatchUpJob_name);
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				catchUp();
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				return Status.error(NLS.bind(Messages.CatchUpJob_failed, e.getMessage()), e);
			}
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}
	}

	/** Builds the index anew, with progress; cancelling keeps the previous index. */
	public final class RebuildJob extends Job {
		public RebuildJob(boolean user) {
			super(Messages.RebuildJob_name);
			setUser(user);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				rebuild(monitor);
				building = false;
				catchUp(); // what was committed while it ran
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				return Status.error(NLS.bind(Messages.RebuildJob_failed, e.getMessage()), e);
			} finally {
				building = false;
			}
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}
	}
}
