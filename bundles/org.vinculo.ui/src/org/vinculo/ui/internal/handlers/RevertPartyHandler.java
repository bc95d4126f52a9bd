package org.vinculo.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vinculo.ui.internal.editors.PartyEditorAccess;

/** File &gt; Revert: drops the editor's unsaved changes and shows the saved record. */
public final class RevertPartyHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		PartyEditorAccess.revert(HandlerUtil.getActiveEditor(event));
		return null;
	}
}
