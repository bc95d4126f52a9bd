package org.vinculo.core.service;

import java.util.EnumSet;
import java.util.Set;

import org.vinculo.core.model.PartyKind;

/**
 * What to look for among parties: a free text matched case- and
 * accent-insensitively against name, email, phone and city, restricted to some
 * kinds, one page at a time.
 *
 * @param text   free text, or empty for all parties
 * @param kinds  kinds to include; never empty
 * @param offset first row to return
 * @param limit  maximum number of rows
 */
public record PartyQuery(String text, Set<PartyKind> kinds, int offset, int limit) {

	public static final int DEFAULT_LIMIT = 500;

	public PartyQuery {
		text = text == null ? "" : text.strip(); //$NON-NLS-1$
		kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(PartyKind.class) : EnumSet.copyOf(kinds);
		if (offset < 0 || limit <= 0) {
			throw new IllegalArgumentException("offset must be >= 0 and limit > 0"); //$NON-NLS-1$
		}
	}

	public static PartyQuery all() {
		return new PartyQuery("", null, 0, DEFAULT_LIMIT); //$NON-NLS-1$
	}

	public static PartyQuery matching(String text) {
		return new PartyQuery(text, null, 0, DEFAULT_LIMIT);
	}

	public PartyQuery onlyKind(PartyKind kind) {
		return new PartyQuery(text, EnumSet.of(kind), offset, limit);
	}

	public PartyQuery page(int newOffset, int newLimit) {
		return new PartyQuery(text, kinds, newOffset, newLimit);
	}
}
