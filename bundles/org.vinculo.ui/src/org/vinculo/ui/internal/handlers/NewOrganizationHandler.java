package org.vinculo.ui.internal.handlers;

import org.vinculo.core.model.PartyKind;
import org.vinculo.ui.internal.Messages;

/** File &gt; New &gt; Organization…: an organization needs no person. */
public final class NewOrganizationHandler extends NewPartyHandler {
	public NewOrganizationHandler() {
		super(PartyKind.ORGANIZATION, Messages.Command_newOrganization, Messages.Command_newOrganizationTooltip);
	}
}
