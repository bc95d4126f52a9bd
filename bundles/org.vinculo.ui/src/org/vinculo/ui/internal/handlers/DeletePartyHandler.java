package org.vinculo.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vinculo.ui.internal.PartyActions;

/** Edit &gt; Delete on a party, after a confirmation that names what goes with it. */
public final class DeletePartyHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		SelectedParty.of(event).ifPresent(party -> {
			if (PartyActions.delete(HandlerUtil.getActiveShell(event), party) && part instanceof IEditorPart editor) {
				editor.getSite().getPage().closeEditor(editor, false);
			}
		});
		return null;
	}
}
