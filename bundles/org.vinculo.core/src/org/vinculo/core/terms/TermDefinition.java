package org.vinculo.core.terms;

import java.util.Map;

/**
 * A term as a bundle contributed it: its id (e.g. {@code party.organization}),
 * the contributing bundle, a description for admins, and its default forms per
 * language code ("en", "es", …).
 */
public record TermDefinition(String id, String contributor, String description, Map<String, TermForms> defaults) {

	public TermDefinition {
		defaults = Map.copyOf(defaults);
	}
}
