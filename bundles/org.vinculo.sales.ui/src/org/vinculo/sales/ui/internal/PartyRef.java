package org.vinculo.sales.ui.internal;

import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.search.PartySummary;

/** A person or organization as the sales UI passes it around: enough to show and to link, not to edit. */
public record PartyRef(long id, PartyKind kind, String name) {

	public static PartyRef of(Party party) {
		return new PartyRef(party.getId(), party.getKind(), party.getDisplayName());
	}

	public static PartyRef of(PartySummary summary) {
		return new PartyRef(summary.id(), summary.kind(), summary.displayName());
	}
}
