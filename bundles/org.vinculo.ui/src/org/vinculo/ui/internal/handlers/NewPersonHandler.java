package org.vinculo.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vinculo.core.model.PartyKind;
import org.vinculo.ui.internal.PartyActions;

/** File &gt; New &gt; Person…: a person needs no organization. */
public final class NewPersonHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		return PartyActions.create(window.getShell(), window.getActivePage(), PartyKind.PERSON).orElse(null);
	}
}
