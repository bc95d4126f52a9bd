package org.vinculo.ui.internal.handlers;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.PartyActions;
import org.vinculo.ui.internal.Terms;

/** "Link to organization…" on a person, "Add person…" on an organization. */
public final class LinkPartyHandler extends AbstractHandler implements IElementUpdater {
	@Override
	public Object execute(ExecutionEvent event) {
		SelectedParty.of(event).ifPresent(
				party -> PartyActions.link(HandlerUtil.getActiveShell(event), party));
		return null;
	}

	/** Menu and tool bar labels follow the terminology (renames apply at once). */
	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		element.setText(Terms.format(Messages.Command_link));
	}
}
