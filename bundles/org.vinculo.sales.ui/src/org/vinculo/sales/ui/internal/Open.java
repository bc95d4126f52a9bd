package org.vinculo.sales.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.vinculo.core.model.Party;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.ui.internal.documents.DocumentEditorInput;
import org.vinculo.sales.ui.internal.opportunities.OpportunityEditorInput;
import org.vinculo.ui.parts.Parties;

/** Opens the sales editors and the editor of a party known by id, from any view. */
public final class Open {

	private Open() {
	}

	public static IEditorPart opportunity(IWorkbenchPage page, long id, String title) {
		return editor(page, new OpportunityEditorInput(id, title), SalesIds.OPPORTUNITY_EDITOR);
	}

	public static IEditorPart document(IWorkbenchPage page, SalesDocument document) {
		String name = SalesLabels.type(document.type()) + " " //$NON-NLS-1$
				+ (document.number() == null ? "" : document.number()); //$NON-NLS-1$
		DocumentEditorInput input = document.id() == null ? DocumentEditorInput.draft(document, name)
				: DocumentEditorInput.of(document.id(), name);
		return editor(page, input, SalesIds.DOCUMENT_EDITOR);
	}

	/** Reads the party in the background, then opens its person or organization editor. */
	public static void party(IWorkbenchPage page, long partyId) {
		org.eclipse.swt.widgets.Shell shell = page.getWorkbenchWindow().getShell();
		Background.read(Messages.Job_readParty, shell, () -> SalesServices.parties().find(partyId),
				found -> found.ifPresentOrElse((Party party) -> Parties.open(page, party),
						() -> MessageDialog.openInformation(shell, Messages.Open_partyGoneTitle,
								Messages.Open_partyGone)),
				e -> Failures.show(shell, Messages.Open_partyGoneTitle, e));
	}

	/** The active page, or any open one (a job may end while no window is active). */
	public static IWorkbenchPage anyPage() {
		var workbench = PlatformUI.getWorkbench();
		var active = workbench.getActiveWorkbenchWindow();
		if (active != null && active.getActivePage() != null) {
			return active.getActivePage();
		}
		for (var window : workbench.getWorkbenchWindows()) {
			if (window.getActivePage() != null) {
				return window.getActivePage();
			}
		}
		return null;
	}

	private static IEditorPart editor(IWorkbenchPage page, org.eclipse.ui.IEditorInput input, String editorId) {
		try {
			return page.openEditor(input, editorId);
		} catch (PartInitException e) {
			ILog.of(Open.class).error("Cannot open " + input.getName(), e); //$NON-NLS-1$
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), input.getName(), e.getMessage());
			return null;
		}
	}
}
