package org.vinculo.sales.ui.internal.preferences;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
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

	/** A stored record as a page edits it: saved with Apply or OK when modified. */
	abstract static class Edited {
		/** {@code null} until the record is first saved. */
		final Long id;
		/** The version read, so that a save never overwrites someone else's. */
		final long version;
		String name;
		boolean modified;

		Edited(Long id, long version, String name) {
			this.id = id;
			this.version = version;
			this.name = name;
		}
	}

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

	/** Adds a tab titled {@code text} to {@code folder}, showing what {@code contents} creates in the folder. */
	protected static void tab(TabFolder folder, String text, Function<Composite, Control> contents) {
		TabItem item = new TabItem(folder, SWT.NONE);
		item.setText(text);
		item.setControl(contents.apply(folder));
	}

	/**
	 * The left column of {@code client}'s two, for a list and its buttons; the
	 * right one shows what is selected in the list.
	 */
	protected static Composite listColumn(Composite client, int widthHint) {
		Composite left = new Composite(client, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(left);
		GridDataFactory.fillDefaults().grab(false, true).hint(widthHint, SWT.DEFAULT).applyTo(left);
		return left;
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
