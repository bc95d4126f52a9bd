package org.vinculo.ui.internal.network;

import java.util.Optional;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.vinculo.core.model.Party;
import org.vinculo.core.search.PartySummary;
import org.vinculo.ui.internal.PartyEditorInput;
import org.vinculo.ui.internal.editors.PartyEditorAccess;

/** The one party a view that follows the workbench selection should show: a list row or the active editor's record. */
final class Selections {

	private Selections() {
	}

	static Optional<PartyEditorInput> party(IWorkbenchPart part, ISelection selection) {
		if (part instanceof IEditorPart editor) {
			return PartyEditorAccess.record(editor).map(PartyEditorInput::of);
		}
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			Object element = structured.getFirstElement();
			if (element instanceof PartySummary summary) {
				return Optional.of(PartyEditorInput.of(summary));
			}
			if (element instanceof Party party) {
				return Optional.of(PartyEditorInput.of(party));
			}
		}
		return Optional.empty();
	}
}
