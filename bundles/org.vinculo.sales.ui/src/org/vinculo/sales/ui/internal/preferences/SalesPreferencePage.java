package org.vinculo.sales.ui.internal.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.ui.parts.TermLabels;

/** The "Sales" category: says what its pages configure. */
public final class SalesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite client = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(client);
		Label text = new Label(client, SWT.WRAP);
		text.setText(TermLabels.format(Messages.Admin_salesIntro));
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		return client;
	}
}
