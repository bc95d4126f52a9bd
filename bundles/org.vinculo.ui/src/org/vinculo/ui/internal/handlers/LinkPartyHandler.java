package org.vinculo.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vinculo.ui.internal.PartyActions;

/** "Link to organization…" on a person, "Add person…" on an organization. */
public final class LinkPartyHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		SelectedParty.of(event).ifPresent(
				party -> PartyActions.link(HandlerUtil.getActiveShell(event), party));
		return null;
	}
}
