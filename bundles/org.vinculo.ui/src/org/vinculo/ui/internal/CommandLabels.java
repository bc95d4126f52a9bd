package org.vinculo.ui.internal;

import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.commands.ICommandService;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.terms.Terminology;

/**
 * Keeps the names of our commands (as key binding lists and quick access show
 * them) and the labels of their menu and tool bar items in step with the
 * terminology, from start-up on and after every rename.
 */
final class CommandLabels {

	private static final Map<String, String> NAMES = Map.of( //
			"org.vinculo.ui.commands.newPerson", Messages.Command_newPersonName, //$NON-NLS-1$
			"org.vinculo.ui.commands.newOrganization", Messages.Command_newOrganizationName, //$NON-NLS-1$
			"org.vinculo.ui.commands.link", Messages.Command_link); //$NON-NLS-1$

	private final ICommandService commands;
	private final EventHandler onRename = event -> refresh();

	CommandLabels(IWorkbench workbench) {
		this.commands = workbench.getService(ICommandService.class);
		IEventBroker broker = workbench.getService(IEventBroker.class);
		if (broker != null) {
			broker.subscribe(Terminology.TOPIC_CHANGED, onRename);
		}
		refresh();
	}

	void refresh() {
		NAMES.forEach((id, pattern) -> {
			Command command = commands.getCommand(id);
			if (command.isDefined()) {
				try {
					command.define(Terms.format(pattern), command.getDescription(), command.getCategory());
				} catch (org.eclipse.core.commands.common.NotDefinedException e) {
					// the command was just checked to be defined
				}
			}
			commands.refreshElements(id, null);
		});
	}
}
