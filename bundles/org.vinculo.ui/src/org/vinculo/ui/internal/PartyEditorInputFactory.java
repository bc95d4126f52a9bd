package org.vinculo.ui.internal;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.vinculo.core.model.PartyKind;

/** Recreates {@link PartyEditorInput}s saved with the workbench state. */
public final class PartyEditorInputFactory implements IElementFactory {

	public static final String ID = "org.vinculo.ui.partyEditorInputFactory"; //$NON-NLS-1$

	@Override
	public IAdaptable createElement(IMemento memento) {
		String kind = memento.getString(PartyEditorInput.MEMENTO_KIND);
		String id = memento.getString(PartyEditorInput.MEMENTO_ID);
		if (kind == null || id == null) {
			return null;
		}
		try {
			return new PartyEditorInput(PartyKind.valueOf(kind), Long.parseLong(id),
					memento.getString(PartyEditorInput.MEMENTO_NAME));
		} catch (IllegalArgumentException e) {
			return null; // written by another version: do not restore rather than fail the workbench
		}
	}

}
