package org.vinculo.ui.internal.editors;

import java.util.Optional;

import org.eclipse.ui.IEditorPart;
import org.vinculo.core.model.Party;

/** What commands may ask of a party editor without knowing its type. */
public final class PartyEditorAccess {

	private PartyEditorAccess() {
	}

	/** The record the editor shows, if it is a party editor and has loaded. */
	public static Optional<Party> record(IEditorPart editor) {
		return editor instanceof PartyEditor<?> partyEditor ? Optional.ofNullable(partyEditor.record())
				: Optional.empty();
	}

	public static void revert(IEditorPart editor) {
		if (editor instanceof PartyEditor<?> partyEditor) {
			partyEditor.revert();
		}
	}
}
