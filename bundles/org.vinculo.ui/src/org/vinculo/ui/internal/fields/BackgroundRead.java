package org.vinculo.ui.internal.fields;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Reads from the core services in a job and hands the result to the UI thread,
 * unless the page was closed meanwhile: the preference dialog must not freeze
 * while the database answers.
 */
public final class BackgroundRead {

	/** The family of every read of the field and choice list pages, so that tests can wait for them. */
	public static final Object FAMILY = new Object();

	private BackgroundRead() {
	}

	/**
	 * Runs {@code read} in a system job, then {@code show} with its result, or
	 * {@code failed} with its exception, on the UI thread while {@code owner} lives.
	 */
	static <T> void start(String name, Control owner, Supplier<T> read, Consumer<T> show,
			Consumer<RuntimeException> failed) {
		Display display = owner.getDisplay();
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					T result = read.get();
					display.asyncExec(() -> {
						if (!owner.isDisposed()) {
							show.accept(result);
						}
					});
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					display.asyncExec(() -> {
						if (!owner.isDisposed()) {
							failed.accept(e);
						}
					});
					return Status.error(e.getMessage(), e); // logged; the page shows it too
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}
}
