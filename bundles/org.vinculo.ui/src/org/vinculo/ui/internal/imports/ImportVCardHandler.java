package org.vinculo.ui.internal.imports;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Import > vCard File...: imports every card of a chosen file as a user
 * job; the Import Report view shows what it did.
 */
public final class ImportVCardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShellChecked(event), SWT.OPEN);
		dialog.setText(Messages.VCard_importTitle);
		dialog.setFilterExtensions(new String[] { "*.vcf;*.vcard", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.VCard_filter, Messages.File_filterAll });
		String chosen = dialog.open();
		if (chosen != null) {
			ImportJob.vcards(Path.of(chosen)).schedule();
		}
		return null;
	}
}
