package org.vinculo.ui.internal.handlers;

import org.vinculo.core.model.PartyKind;
import org.vinculo.ui.internal.Messages;

/** File &gt; New &gt; Person…: a person needs no organization. */
public final class NewPersonHandler extends NewPartyHandler {
	public NewPersonHandler() {
		super(PartyKind.PERSON, Messages.Command_newPerson, Messages.Command_newPersonTooltip);
	}
}
