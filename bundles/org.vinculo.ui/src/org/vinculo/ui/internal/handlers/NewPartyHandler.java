package org.vinculo.ui.internal.handlers;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.vinculo.core.model.PartyKind;
import org.vinculo.ui.internal.PartyActions;
import org.vinculo.ui.internal.Terms;

/** File &gt; New &gt; Person… or Organization…: either is created on its own. */
abstract class NewPartyHandler extends AbstractHandler implements IElementUpdater {

	private final PartyKind kind;
	private final String label;
	private final String tooltip;

	NewPartyHandler(PartyKind kind, String label, String tooltip) {
		this.kind = kind;
		this.label = label;
		this.tooltip = tooltip;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		return PartyActions.create(window.getShell(), window.getActivePage(), kind).orElse(null);
	}

	/** Menu and tool bar labels follow the terminology (renames apply at once). */
	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		element.setText(Terms.format(label));
		element.setTooltip(Terms.format(tooltip));
	}
}
