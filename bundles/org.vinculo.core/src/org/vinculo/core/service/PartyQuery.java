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
 * @param facets exact {@link org.vinculo.core.search.Facets facet} terms every
 *               result must have (lifecycle stage, segments, tags, custom
 *               values); empty for none
 */
public record PartyQuery(String text, Set<PartyKind> kinds, int offset, int limit, Set<String> facets) {

	public static final int DEFAULT_LIMIT = 500;

	public PartyQuery {
		text = text == null ? "" : text.strip(); //$NON-NLS-1$
		kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(PartyKind.class) : EnumSet.copyOf(kinds);
		facets = facets == null ? Set.of() : Set.copyOf(facets);
		if (offset < 0 || limit <= 0) {
			throw new IllegalArgumentException("offset must be >= 0 and limit > 0"); //$NON-NLS-1$
		}
	}

	public PartyQuery(String text, Set<PartyKind> kinds, int offset, int limit) {
		this(text, kinds, offset, limit, Set.of());
	}

	public static PartyQuery all() {
		return new PartyQuery("", null, 0, DEFAULT_LIMIT); //$NON-NLS-1$
	}

	public static PartyQuery matching(String text) {
		return new PartyQuery(text, null, 0, DEFAULT_LIMIT);
	}

	public PartyQuery onlyKind(PartyKind kind) {
		return new PartyQuery(text, EnumSet.of(kind), offset, limit, facets);
	}

	public PartyQuery page(int newOffset, int newLimit) {
		return new PartyQuery(text, kinds, newOffset, newLimit, facets);
	}

	/** The same query keeping only parties that also have {@code facet}. */
	public PartyQuery withFacet(String facet) {
		Set<String> more = new java.util.HashSet<>(facets);
		more.add(facet);
		return new PartyQuery(text, kinds, offset, limit, more);
	}

	/** The same query with exactly these facets. */
	public PartyQuery withFacets(Set<String> newFacets) {
		return new PartyQuery(text, kinds, offset, limit, newFacets);
	}
}
