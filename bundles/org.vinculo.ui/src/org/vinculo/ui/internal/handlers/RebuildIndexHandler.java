package org.vinculo.ui.internal.handlers;

import java.text.MessageFormat;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.Messages;

/**
 * Rebuilds the search index from the database as a user job: progress in the
 * progress view and status line, cancellable, the old index answering until the
 * new one is complete.
 */
public final class RebuildIndexHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (Job.getJobManager().find(JobFamilies.INDEX_REBUILD).length > 0) {
			return null; // one rebuild at a time
		}
		Job job = new Job(Messages.RebuildIndex_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					var search = CoreServices.search();
					search.rebuild(monitor);
					long total = search.search(org.vinculo.core.service.PartyQuery.all().page(0, 1)).total();
					return Status.info(MessageFormat.format(Messages.RebuildIndex_done, total));
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JobFamilies.INDEX_REBUILD;
			}
		};
		job.setUser(true);
		job.schedule();
		return null;
	}
}
