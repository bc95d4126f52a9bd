package org.vinculo.core.service;

import java.util.List;

import org.vinculo.core.model.Affiliation;

/**
 * Some rows of a longer list of affiliations, and how many there are in all:
 * an organization may have tens of thousands of people, shown a page at a time.
 */
public record AffiliationPage(List<Affiliation> rows, long total) {

	public AffiliationPage {
		rows = List.copyOf(rows);
	}

	/** A list that is complete in itself. */
	public static AffiliationPage of(List<Affiliation> all) {
		return new AffiliationPage(all, all.size());
	}
}
