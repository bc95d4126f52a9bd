package org.vinculo.ui.internal.editors;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.INavigationLocation;
import org.eclipse.ui.NavigationLocation;

/**
 * One step of the workbench's back/forward history (Alt+Left/Right): a visit to
 * a person or organization. Going back re-activates (or re-opens) that editor.
 */
final class PartyNavigationLocation extends NavigationLocation {

	PartyNavigationLocation(IEditorPart editor) {
		super(editor);
	}

	@Override
	public void saveState(IMemento memento) {
		// the editor input carries everything needed to come back
	}

	@Override
	public void restoreState(IMemento memento) {
		// nothing beyond the editor input
	}

	@Override
	public void restoreLocation() {
		// the history has already activated the editor; a record has no inner position
	}

	@Override
	public boolean mergeInto(INavigationLocation location) {
		return location instanceof PartyNavigationLocation other && other.getInput() != null
				&& other.getInput().equals(getInput());
	}

	@Override
	public void update() {
		// nothing changes within a record visit
	}
}
