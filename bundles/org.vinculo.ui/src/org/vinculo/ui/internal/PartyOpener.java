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
