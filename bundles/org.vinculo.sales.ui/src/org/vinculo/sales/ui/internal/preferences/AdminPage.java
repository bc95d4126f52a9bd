package org.vinculo.sales.ui.internal.preferences;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.vinculo.sales.ui.internal.Messages;

/**
 * A sales administration page: its records are read in the background and
 * saved through the services when the user presses Apply or OK ("Restore
 * Defaults" reads them again, dropping unsaved edits).
 */
abstract class AdminPage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		// nothing to prepare: pages read their records when their controls exist
	}

	/** Reads the page's records again. */
	protected abstract void load();

	@Override
	protected void performDefaults() {
		setErrorMessage(null);
		load();
		super.performDefaults();
	}

	/**
	 * Runs a write off the UI thread while the UI stays responsive, and returns
	 * its result; its failure is rethrown here.
	 */
	protected static <T> T write(Supplier<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask(Messages.Admin_saving, IProgressMonitor.UNKNOWN);
				result.set(work.get());
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		return result.get();
	}
}
