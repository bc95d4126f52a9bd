package org.vinculo.ui.internal.imports;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * Passes a job's progress on to a progress bar of a page as well, at most a few
 * times a second: a dialog page has no progress view of its own.
 */
final class BarMonitor extends ProgressMonitorWrapper {

	private static final long INTERVAL_NANOS = 150_000_000L;
	private static final int RESOLUTION = 1000;

	private final ProgressBar bar;
	private final Display display;
	private volatile double total;
	private double done;
	private long lastShown;

	BarMonitor(IProgressMonitor monitor, ProgressBar bar) {
		super(monitor);
		this.bar = bar;
		this.display = bar.getDisplay(); // made on the UI thread; the job's thread must not ask the bar
	}

	@Override
	public void beginTask(String name, int totalWork) {
		super.beginTask(name, totalWork);
		total = totalWork;
		done = 0;
		show(true);
	}

	@Override
	public void worked(int work) {
		super.worked(work);
		add(work);
	}

	@Override
	public void internalWorked(double work) {
		super.internalWorked(work);
		add(work);
	}

	private void add(double work) {
		done += work;
		show(false);
	}

	private void show(boolean now) {
		long time = System.nanoTime();
		if (!now && time - lastShown < INTERVAL_NANOS) {
			return;
		}
		lastShown = time;
		int selection = total <= 0 ? 0 : (int) Math.min(RESOLUTION, done * RESOLUTION / total);
		Background.later(display, () -> {
			if (!bar.isDisposed()) {
				bar.setMaximum(RESOLUTION);
				bar.setSelection(selection);
			}
		});
	}
}
