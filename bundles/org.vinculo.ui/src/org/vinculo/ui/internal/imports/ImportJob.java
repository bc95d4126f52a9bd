package org.vinculo.ui.internal.imports;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.vinculo.core.exchange.ImportReport;
import org.vinculo.core.exchange.ImportSettings;
import org.vinculo.ui.internal.CoreServices;

/**
 * An import as a user job: progress in the progress view and the status line,
 * cancellable (what is committed stays, and the run can be resumed or rolled
 * back). When done, its report opens in the Import Report view.
 */
public final class ImportJob extends Job {

	@FunctionalInterface
	private interface Task {
		ImportReport run(IProgressMonitor monitor) throws IOException;
	}

	private final Task task;

	private ImportJob(String name, Task task) {
		super(name);
		this.task = task;
		setUser(true);
	}

	/** Imports a CSV file as a new run. */
	public static ImportJob csv(Path file, ImportSettings settings) {
		return new ImportJob(NLS.bind(Messages.Job_import, file.getFileName()),
				monitor -> CoreServices.imports().run(file, settings, monitor));
	}

	/** Continues an unfinished run after its last committed row. */
	public static ImportJob resume(long runId, String fileName) {
		return new ImportJob(NLS.bind(Messages.Job_resume, fileName),
				monitor -> CoreServices.imports().resume(runId, monitor));
	}

	/** Imports the cards of a vCard file. */
	public static ImportJob vcards(Path file) {
		return new ImportJob(NLS.bind(Messages.Job_importCards, file.getFileName()),
				monitor -> CoreServices.vcards().importCards(file, monitor));
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			ImportReport done = task.run(monitor);
			Background.later(PlatformUI.getWorkbench().getDisplay(), () -> ImportReportView.reveal(done));
			return done.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			Background.later(PlatformUI.getWorkbench().getDisplay(), ImportReportView::revealRecent);
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			// the run may have been stored before it failed: the view offers resuming or rolling it back
			Background.later(PlatformUI.getWorkbench().getDisplay(), ImportReportView::revealRecent);
			return Status.error(NLS.bind(Messages.Job_failed, getName(), Background.message(e)), e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ImportIds.IMPORT_JOBS;
	}

	/** Whether an import, a resume or a roll-back is under way: runs must not be touched meanwhile. */
	static boolean anyRunning() {
		return Job.getJobManager().find(ImportIds.IMPORT_JOBS).length > 0;
	}
}
