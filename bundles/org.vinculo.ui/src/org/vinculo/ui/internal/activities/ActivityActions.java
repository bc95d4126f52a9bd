package org.vinculo.ui.internal.activities;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.vinculo.core.model.Activity;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.ui.internal.CoreServices;

/**
 * What the timeline, the agenda and the reminders do to an activity, done the
 * same way everywhere: writes in the background, a conflict explained and the
 * list read again. Successful writes need no reload: the service announces them.
 */
public final class ActivityActions {

	/** Jobs that write activities (mark done, delete), so that tests can wait for them. */
	public static final Object FAMILY = new Object();
	/** Jobs that read timelines and the agenda. */
	public static final Object LOAD_FAMILY = new Object();

	private ActivityActions() {
	}

	static void markDone(Shell shell, Activity activity, Runnable reload) {
		write(Messages.Activities_markDoneJob, shell, () -> CoreServices.activities().markDone(activity, null), reload);
	}

	/** Asks first; returns whether the user confirmed. */
	static boolean delete(Shell shell, Activity activity, Runnable reload) {
		String question = NLS.bind(Messages.Activities_deleteQuestion, new Object[] { activity.getKind().label(),
				activity.getSubject(), ActivityLabels.when(activity.getStartsAt()) });
		if (!MessageDialog.openConfirm(shell, Messages.Activities_deleteTitle, question)) {
			return false;
		}
		write(Messages.Activities_deleteJob, shell, () -> CoreServices.activities().delete(activity), reload);
		return true;
	}

	/** Opens the dialog on {@code activity} (new or stored); returns whether it was saved. */
	static boolean edit(Shell shell, Activity activity, Owners owners, Runnable reload) {
		ActivityDialog dialog = new ActivityDialog(shell, activity, owners);
		int code = dialog.open();
		if (dialog.wasStale()) {
			reload.run();
		}
		return code == Window.OK;
	}

	private static void write(String name, Shell shell, Runnable work, Runnable reload) {
		Display display = shell.getDisplay();
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					work.run();
				} catch (StaleRecordException e) {
					report(display, shell, Messages.Activities_staleTitle,
							NLS.bind(Messages.Activities_stale, e.getMessage()), reload);
				} catch (RuntimeException e) {
					report(display, shell, Messages.Activities_failedTitle, String.valueOf(e.getMessage()), reload);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private static void report(Display display, Shell shell, String title, String message, Runnable reload) {
		later(display, () -> {
			MessageDialog.openError(shell.isDisposed() ? null : shell, title, message);
			reload.run();
		});
	}

	/** Runs {@code work} on the UI thread unless the workbench has gone meanwhile. */
	static void later(Display display, Runnable work) {
		if (display.isDisposed()) {
			return;
		}
		try {
			display.asyncExec(work);
		} catch (SWTException e) {
			// the display was disposed between the check and the call: nothing left to update
		}
	}
}
