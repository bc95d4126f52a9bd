package org.vinculo.ui.internal.fields;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.vinculo.ui.WidgetIds;

/** What the admin list pages share: the column of Add / Edit / Move / Retire buttons beside a table. */
abstract class ListEditingPage extends PreferencePage implements IWorkbenchPreferencePage {

	/** A push button of the side column, as wide as the widest of them or the platform's button width. */
	final Button button(Composite parent, String text, String id, Runnable action) {
		Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().grab(true, false)
				.hint(Math.max(convertHorizontalDLUsToPixels(IDialogConstants.BUTTON_WIDTH),
						button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT)
				.applyTo(button);
		return button;
	}
}
