package org.vinculo.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vinculo.core.model.Party;
import org.vinculo.core.search.PartySummary;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.editors.PartyEditorAccess;

/** The party a command applies to: the one selected in the active view, or the active party editor's. */
final class SelectedParty {

	private SelectedParty() {
	}

	static Optional<Party> of(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof IEditorPart editor) {
			return PartyEditorAccess.record(editor);
		}
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.size() == 1) {
			if (selection.getFirstElement() instanceof Party party) {
				return Optional.of(party);
			}
			if (selection.getFirstElement() instanceof PartySummary summary) {
				return CoreServices.load(summary);
			}
		}
		return Optional.empty();
	}
}
