package org.vinculo.ui.internal.imports;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Import > CSV File...: opens the import wizard. */
public final class ImportCsvHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ImportWizard.open(HandlerUtil.getActiveShellChecked(event));
		return null;
	}
}
