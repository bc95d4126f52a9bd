package org.vinculo.core.search;

import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Segment;

/**
 * Exact values a party can be filtered by, as {@code key=value} terms: its
 * lifecycle stage, the choice value of each segment, each tag, each custom
 * field value. The store lists a party's terms in {@link IndexedParty#facets()};
 * a {@link org.vinculo.core.service.PartyQuery} keeps the parties that have
 * every term it asks for.
 */
public final class Facets {

	private Facets() {
	}

	public static String lifecycle(LifecycleStage stage) {
		return "lifecycle=" + stage.name(); //$NON-NLS-1$
	}

	public static String segment(Segment segment, long valueId) {
		return "segment." + segment.listCode() + "=" + valueId; //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static String tag(String tag) {
		return "tag=" + tag.strip().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
	}

	/** A custom field's stored value; a multi-choice field has one term per chosen value. */
	public static String custom(String fieldCode, String storedValue) {
		return "custom." + fieldCode + "=" + storedValue; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
