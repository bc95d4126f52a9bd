package org.vinculo.ui.parts;

import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.ui.internal.PartyOpener;
import org.vinculo.ui.internal.dialogs.PartyPickerDialog;

/** What plug-ins may do with parties in the workbench: open one's editor, let the user pick one. */
public final class Parties {

	private Parties() {
	}

	/** Opens (or activates) the editor of the person or organization {@code party}. */
	public static void open(IWorkbenchPage page, Party party) {
		PartyOpener.open(page, party);
	}

	/**
	 * Lets the user search and pick a party of {@code kind} ({@code null} for
	 * either); empty when cancelled.
	 */
	public static Optional<Party> pick(Shell shell, PartyKind kind, String message) {
		PartyPickerDialog dialog = new PartyPickerDialog(shell, kind, message);
		return dialog.open() == org.eclipse.jface.window.Window.OK ? Optional.ofNullable(dialog.chosen())
				: Optional.empty();
	}
}
