package org.vinculo.ui.internal.imports;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.vinculo.ui.WidgetIds;

/**
 * A wizard dialog whose buttons follow the UI language (JFace's own are
 * English without language packs) and carry stable widget ids.
 */
final class ImportWizardDialog extends WizardDialog {

	ImportWizardDialog(Shell parent, IWizard wizard) {
		super(parent, wizard);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		relabel(IDialogConstants.BACK_ID, Messages.Wizard_back, ImportIds.BACK);
		relabel(IDialogConstants.NEXT_ID, Messages.Wizard_next, ImportIds.NEXT);
		relabel(IDialogConstants.FINISH_ID, Messages.Wizard_finish, ImportIds.FINISH);
		relabel(IDialogConstants.CANCEL_ID, Messages.Wizard_cancel, ImportIds.CANCEL);
	}

	private void relabel(int id, String text, String widgetId) {
		Button button = getButton(id);
		if (button != null) {
			button.setText(text);
			setButtonLayoutData(button); // wide enough for the translated text
			WidgetIds.tag(button, widgetId);
		}
	}
}
