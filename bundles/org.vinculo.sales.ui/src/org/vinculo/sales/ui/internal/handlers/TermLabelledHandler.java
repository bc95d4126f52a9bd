package org.vinculo.sales.ui.internal.handlers;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.terms.Terminology;
import org.vinculo.ui.parts.TermLabels;

/**
 * A handler whose menu items name records: their labels come from a term
 * pattern and follow the admin's renames without a restart.
 */
abstract class TermLabelledHandler extends AbstractHandler implements IElementUpdater {

	private final String commandId;
	private final String pattern;
	private final EventHandler onRename = event -> refresh();
	private final IEventBroker broker;

	TermLabelledHandler(String commandId, String pattern) {
		this.commandId = commandId;
		this.pattern = pattern;
		broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
		if (broker != null) {
			broker.subscribe(Terminology.TOPIC_CHANGED, onRename);
		}
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		element.setText(TermLabels.format(pattern));
		element.setTooltip(TermLabels.format(pattern).replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void refresh() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		if (commands != null) {
			commands.refreshElements(commandId, null);
		}
	}

	@Override
	public void dispose() {
		if (broker != null) {
			broker.unsubscribe(onRename);
		}
		super.dispose();
	}
}
