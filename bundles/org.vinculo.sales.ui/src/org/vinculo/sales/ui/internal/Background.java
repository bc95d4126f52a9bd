package org.vinculo.sales.ui.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Reads and writes of the sales UI: the work runs in a job, its result is
 * applied on the UI thread while the control that asked is still there. Every
 * job belongs to {@link #FAMILY}, so tests and the progress view can wait for
 * them; writes share {@link #WRITES} so that two never race each other.
 */
public final class Background {

	/** The family of every sales UI job. */
	public static final Object FAMILY = new Object();

	/** Serializes the writes of this plug-in's UI. */
	public static final ISchedulingRule WRITES = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private Background() {
	}

	/**
	 * Reads in a system job and shows the result with {@code show}; a failure is
	 * logged and shown with {@code failed} (both on the UI thread, skipped once
	 * {@code owner} is disposed).
	 */
	public static <T> Job read(String name, Control owner, Supplier<T> work, Consumer<T> show,
			Consumer<RuntimeException> failed) {
		return schedule(job(name, owner, work, show, failed), true, null);
	}

	/** As {@link #read}, for a write: a user-visible job that runs alone among this plug-in's writes. */
	public static <T> Job write(String name, Control owner, Supplier<T> work, Consumer<T> done,
			Consumer<RuntimeException> failed) {
		return schedule(job(name, owner, work, done, failed), false, WRITES);
	}

	private static Job schedule(Job job, boolean system, ISchedulingRule rule) {
		job.setSystem(system);
		job.setRule(rule);
		job.schedule();
		return job;
	}

	private static <T> Job job(String name, Control owner, Supplier<T> work, Consumer<T> done,
			Consumer<RuntimeException> failed) {
		Display display = owner.getDisplay();
		return new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					T result = work.get();
					later(display, owner, () -> done.accept(result));
				} catch (RuntimeException e) {
					ILog.of(Background.class).warn(name + ": " + e.getMessage(), e); //$NON-NLS-1$
					later(display, owner, () -> failed.accept(e));
				}
				// failures are shown where they happened; the progress view needs no second report
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
	}

	/** Runs {@code work} on the UI thread unless {@code owner} is gone by then. */
	public static void later(Display display, Control owner, Runnable work) {
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!owner.isDisposed()) {
				work.run();
			}
		});
	}
}
