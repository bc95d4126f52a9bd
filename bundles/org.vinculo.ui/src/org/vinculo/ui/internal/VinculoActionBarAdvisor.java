package org.vinculo.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** Menus and tool bar; contributions from plug-ins go to the standard group markers. */
final class VinculoActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction quit;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;
	private IWorkbenchAction newWizard;
	private IWorkbenchAction preferences;
	private IWorkbenchAction back;
	private IWorkbenchAction forward;

	VinculoActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		about = register(ActionFactory.ABOUT.create(window));
		newWizard = register(ActionFactory.NEW.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		back = register(ActionFactory.BACKWARD_HISTORY.create(window));
		forward = register(ActionFactory.FORWARD_HISTORY.create(window));
	}

	/**
	 * The platform's own labels come translated only with language packs, which
	 * Maven Central does not serve: give the standard actions ours (English and Spanish).
	 */
	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		String id = action.getActionDefinitionId();
		String label = id == null ? null : LABELS.get(id);
		if (label != null) {
			String binding = action.getText() != null && action.getText().contains("\t") //$NON-NLS-1$
					? action.getText().substring(action.getText().indexOf('\t'))
					: ""; //$NON-NLS-1$
			action.setText(label + binding);
			action.setToolTipText(label.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return action;
	}

	private static final java.util.Map<String, String> LABELS = java.util.Map.of( //
			"org.eclipse.ui.file.save", Messages.Action_save, //$NON-NLS-1$
			"org.eclipse.ui.file.saveAll", Messages.Action_saveAll, //$NON-NLS-1$
			"org.eclipse.ui.file.close", Messages.Action_close, //$NON-NLS-1$
			"org.eclipse.ui.file.exit", Messages.Action_exit, //$NON-NLS-1$
			"org.eclipse.ui.window.resetPerspective", Messages.Action_resetPerspective, //$NON-NLS-1$
			"org.eclipse.ui.help.aboutAction", Messages.Action_about, //$NON-NLS-1$
			"org.eclipse.ui.newWizard", Messages.Action_newWizard, //$NON-NLS-1$
			"org.eclipse.ui.window.preferences", Messages.Action_preferences, //$NON-NLS-1$
			"org.eclipse.ui.navigate.backwardHistory", Messages.Action_back, //$NON-NLS-1$
			"org.eclipse.ui.navigate.forwardHistory", Messages.Action_forward); //$NON-NLS-1$

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		// the plug-ins' wizards (org.eclipse.ui.newWizards): New Opportunity, New Ticket…
		file.add(newWizard);
		file.add(new Separator());
		file.add(save);
		file.add(saveAll);
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		file.add(close);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		menuBar.add(file);

		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(edit);

		MenuManager navigate = new MenuManager(Messages.Menu_navigate, IWorkbenchActionConstants.M_NAVIGATE);
		navigate.add(back);
		navigate.add(forward);
		navigate.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(navigate);

		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager window = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		window.add(resetPerspective);
		window.add(new Separator());
		window.add(preferences);
		menuBar.add(window);

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(about);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		ToolBarManager main = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		main.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		main.add(save);
		main.add(back);
		main.add(forward);
		main.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(main);
	}
}
