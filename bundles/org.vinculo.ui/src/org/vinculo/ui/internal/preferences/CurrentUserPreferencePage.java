package org.vinculo.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.vinculo.core.users.User;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.activities.CurrentUser;

/**
 * Who the user of this workspace is, until sign-in arrives with team use: one
 * of the users (the owner list). Kept in the workspace, like the Agenda view's
 * choice, which it shares.
 */
public final class CurrentUserPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.vinculo.ui.preferences.currentUser"; //$NON-NLS-1$

	private Combo users;
	private final List<User> offered = new ArrayList<>();

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.CurrentUser_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.CurrentUser_label);
		users = WidgetIds.tag(new Combo(page, SWT.READ_ONLY), WidgetIds.CURRENT_USER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(users);
		users.setItems(Messages.CurrentUser_loading);
		users.select(0);
		users.setEnabled(false);
		Job read = Job.create(Messages.CurrentUser_loading, monitor -> {
			List<User> all = CoreServices.teams().users(false);
			page.getDisplay().asyncExec(() -> show(all));
			return Status.OK_STATUS;
		});
		read.setSystem(true);
		read.schedule();
		return page;
	}

	private void show(List<User> all) {
		if (users.isDisposed()) {
			return;
		}
		offered.clear();
		offered.addAll(all);
		List<String> items = new ArrayList<>();
		items.add(Messages.CurrentUser_nobody);
		all.forEach(user -> items.add(user.name()));
		users.setItems(items.toArray(String[]::new));
		Long current = CurrentUser.get();
		int index = 0;
		for (int i = 0; i < all.size(); i++) {
			if (current != null && all.get(i).id() == current) {
				index = i + 1;
			}
		}
		users.select(index);
		users.setEnabled(true);
	}

	@Override
	public boolean performOk() {
		if (users != null && !users.isDisposed() && users.isEnabled()) {
			int index = users.getSelectionIndex();
			CurrentUser.set(index <= 0 ? null : offered.get(index - 1).id());
		}
		return true;
	}

	@Override
	protected void performDefaults() {
		if (users.isEnabled()) {
			users.select(0);
		}
		super.performDefaults();
	}
}
