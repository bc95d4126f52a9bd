package org.vinculo.ui.internal.handlers;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.vinculo.core.model.PartyKind;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.PartyActions;
import org.vinculo.ui.internal.Terms;

/** File &gt; New &gt; Organization…: an organization needs no person. */
public final class NewOrganizationHandler extends AbstractHandler implements IElementUpdater {
	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		return PartyActions.create(window.getShell(), window.getActivePage(), PartyKind.ORGANIZATION).orElse(null);
	}

	/** Menu and tool bar labels follow the terminology (renames apply at once). */
	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		element.setText(Terms.format(Messages.Command_newOrganization));
		element.setTooltip(Terms.format(Messages.Command_newOrganizationTooltip));
	}
}
