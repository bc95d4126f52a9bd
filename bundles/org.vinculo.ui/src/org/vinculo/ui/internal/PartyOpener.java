package org.vinculo.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.search.PartySummary;
import org.vinculo.ui.internal.editors.OrganizationEditor;
import org.vinculo.ui.internal.editors.PersonEditor;

/** Opens the editor of a person or an organization, or brings it to front. */
public final class PartyOpener {

	private PartyOpener() {
	}

	/**
	 * The active page, else any open one: when a job ends or a dialog is up the
	 * workbench may report no active window. {@code null} when none is open.
	 */
	public static IWorkbenchPage anyPage() {
		org.eclipse.ui.IWorkbench workbench = org.eclipse.ui.PlatformUI.getWorkbench();
		org.eclipse.ui.IWorkbenchWindow active = workbench.getActiveWorkbenchWindow();
		if (active != null && active.getActivePage() != null) {
			return active.getActivePage();
		}
		for (org.eclipse.ui.IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			if (window.getActivePage() != null) {
				return window.getActivePage();
			}
		}
		return null;
	}

	public static void open(IWorkbenchPage page, Party party) {
		open(page, PartyEditorInput.of(party));
	}

	public static void open(IWorkbenchPage page, PartySummary party) {
		open(page, PartyEditorInput.of(party));
	}

	public static void open(IWorkbenchPage page, PartyEditorInput input) {
		String editorId = input.getKind() == PartyKind.PERSON ? PersonEditor.ID : OrganizationEditor.ID;
		try {
			page.openEditor(input, editorId);
		} catch (PartInitException e) {
			ILog.of(PartyOpener.class).error("Cannot open " + input.getToolTipText(), e); //$NON-NLS-1$
		}
	}
}
