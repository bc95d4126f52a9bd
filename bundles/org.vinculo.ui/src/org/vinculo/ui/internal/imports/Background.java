package org.vinculo.ui.internal.imports;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Runs the import service's work in jobs and hands the outcome to the UI
 * thread while the control that asked still lives: the first look-up of a
 * service opens the database, and files may be large.
 */
final class Background {

	/** Work done off the UI thread; it may read files. */
	@FunctionalInterface
	interface Work<T> {
		T run(IProgressMonitor monitor) throws IOException;
	}

	private Background() {
	}

	/**
	 * Schedules {@code work} as a system job of {@code family}; then, on the UI
	 * thread and only while {@code owner} is not disposed, {@code show} gets its
	 * result or {@code failed} its exception (cancelling reports nothing).
	 */
	static <T> Job start(String name, Object family, Control owner, Work<T> work, Consumer<T> show,
			Consumer<Exception> failed) {
		Display display = owner.getDisplay();
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					T result = work.run(monitor);
					later(display, () -> {
						if (!owner.isDisposed()) {
							show.accept(result);
						}
					});
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					later(display, () -> {
						if (!owner.isDisposed()) {
							failed.accept(e);
						}
					});
					// a file that cannot be read is the user's to fix, told on the page; anything else is logged
					return e instanceof IOException ? Status.OK_STATUS : Status.error(String.valueOf(e.getMessage()), e);
				}
			}

			@Override
			public boolean belongsTo(Object candidate) {
				return candidate == family;
			}
		};
		job.setSystem(true);
		job.schedule();
		return job;
	}

	/** Runs {@code work} on the UI thread unless the workbench has gone meanwhile. */
	static void later(Display display, Runnable work) {
		if (display == null || display.isDisposed()) {
			return;
		}
		try {
			display.asyncExec(work);
		} catch (SWTException e) {
			// the display was disposed between the check and the call: nothing left to update
		}
	}

	/** The message of a failure, for a label: never empty. */
	static String message(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
