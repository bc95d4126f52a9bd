package org.vinculo.ui.internal.editors;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.search.PartySummary;
import org.vinculo.ui.internal.CoreServices;

/**
 * Accepts one dragged party of the other kind than the editor's record (a person
 * onto an organization, or the reverse) and hands it on to be linked.
 */
public final class PartyDropListener extends DropTargetAdapter {

	private final Supplier<? extends Party> target;
	private final Consumer<Party> link;

	public PartyDropListener(Supplier<? extends Party> target, Consumer<Party> link) {
		this.target = target;
		this.link = link;
	}

	/** What is being dragged (a record or a list row), if it is of the other kind than the target. */
	private Object draggedOfOtherKind() {
		Party record = target.get();
		if (record == null || !(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection)
				|| selection.size() != 1) {
			return null;
		}
		Object dragged = selection.getFirstElement();
		PartyKind kind = dragged instanceof Party party ? party.getKind()
				: dragged instanceof PartySummary summary ? summary.kind() : null;
		return kind != null && kind != record.getKind() ? dragged : null;
	}

	/** The party being dragged, loaded when it is a list row, if it can be linked to the target. */
	Party acceptable() {
		Object dragged = draggedOfOtherKind();
		if (dragged instanceof PartySummary summary) {
			return CoreServices.load(summary).orElse(null); // once, on drop: never while the mouse moves
		}
		return dragged instanceof Party party ? party : null;
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		event.detail = draggedOfOtherKind() == null ? DND.DROP_NONE : DND.DROP_LINK;
	}

	@Override
	public void dragOver(DropTargetEvent event) {
		event.detail = draggedOfOtherKind() == null ? DND.DROP_NONE : DND.DROP_LINK;
	}

	@Override
	public void drop(DropTargetEvent event) {
		Party dragged = acceptable();
		if (dragged != null) {
			link.accept(dragged);
		}
	}
}
