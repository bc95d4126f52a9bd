package org.vinculo.core.search;

import java.util.List;

import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.PartyKind;

/**
 * Everything a search index keeps of one party, as read from the store: every
 * email, phone, city and tag, not only the first; the {@link Facets} it can be
 * filtered by; the text of its custom field values.
 *
 * @param revision the store's change number at which the party last changed
 */
public record IndexedParty(long id, PartyKind kind, long revision, String displayName, String sortKey,
		LifecycleStage lifecycle,
		List<String> emails, List<String> phones, List<String> cities, List<String> tags, List<String> facets,
		List<String> customText) {

	public IndexedParty {
		emails = List.copyOf(emails);
		phones = List.copyOf(phones);
		cities = List.copyOf(cities);
		tags = List.copyOf(tags);
		facets = List.copyOf(facets);
		customText = List.copyOf(customText);
	}
}
