package org.vinculo.ui.internal.dedupe;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.search.PartySummary;
import org.vinculo.ui.internal.Terms;

/**
 * "Merge..." on the Parties view: enabled when exactly two records of the same
 * kind are selected, it opens the merge dialog on them.
 */
public final class MergeHandler extends AbstractHandler {

	/** Two records to merge, in selection order. */
	record Pair(long oneId, long otherId) {
	}

	private record Selected(PartyKind kind, long id) {
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Optional<Pair> pair = pairOf(HandlerUtil.getCurrentSelection(event));
		if (pair.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Merge_title, Terms.format(Messages.Merge_selectTwo));
			return null;
		}
		MergeDialog.open(shell, pair.get().oneId(), pair.get().otherId());
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(pairOf(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME))
				.isPresent());
	}

	/** The two selected records, when there are exactly two, distinct and of one kind. */
	static Optional<Pair> pairOf(Object selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.size() != 2) {
			return Optional.empty();
		}
		Object[] two = structured.toArray();
		Selected one = selected(two[0]);
		Selected other = selected(two[1]);
		if (one == null || other == null || one.kind() != other.kind() || one.id() == other.id()) {
			return Optional.empty();
		}
		return Optional.of(new Pair(one.id(), other.id()));
	}

	private static Selected selected(Object element) {
		if (element instanceof PartySummary summary) {
			return new Selected(summary.kind(), summary.id());
		}
		if (element instanceof Party party && party.getId() != null) {
			return new Selected(party.getKind(), party.getId());
		}
		return null;
	}
}
