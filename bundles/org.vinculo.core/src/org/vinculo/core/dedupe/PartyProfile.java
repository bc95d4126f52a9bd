package org.vinculo.core.dedupe;

import java.util.List;
import java.util.Map;

import org.vinculo.core.model.PartyKind;

/**
 * What duplicate detection compares of a party: its names, every email and
 * phone, and every party it is affiliated with (all of them, current and past,
 * never a "primary" one).
 *
 * @param firstName    persons only
 * @param lastName     persons only; for organizations the name
 * @param affiliations for a person its organizations, for an organization its
 *                     people: id to display name
 */
public record PartyProfile(long id, PartyKind kind, String displayName, String firstName, String lastName,
		List<String> emails, List<String> phones, Map<Long, String> affiliations) {

	public PartyProfile {
		emails = List.copyOf(emails);
		phones = List.copyOf(phones);
		affiliations = Map.copyOf(affiliations);
	}
}
