package org.vinculo.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Opens the database and the search index as soon as the application holds its
 * workspace, so that they are ready when the Parties view asks for its first page
 * instead of being opened only then, after the workbench window was built. It
 * only asks for the search service: the components behind it open what they
 * need. A failure is left to the view, which reports it where the user looks.
 */
final class OpenServicesJob extends Job {

	OpenServicesJob() {
		super(Messages.OpenServicesJob_name);
		setSystem(true);
		setPriority(INTERACTIVE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			CoreServices.search();
			StartupTrace.mark("search service ready"); //$NON-NLS-1$
		} catch (RuntimeException e) {
			// the Parties view asks again and shows why it failed
		}
		return Status.OK_STATUS;
	}
}
