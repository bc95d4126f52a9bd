package org.vinculo.sales.internal;

import java.util.Map;

/**
 * The pipelines and stages shipped with the plug-in are stored with a code and
 * their English name. As long as an admin has not renamed one, users see it in
 * their own language, and saving it from a Spanish workbench stores the English
 * name again, so an English colleague is not handed "Ganada".
 */
final class SeededNames {

	/** The names the schema script stores, by code. */
	private static final Map<String, String> SHIPPED = Map.ofEntries(Map.entry("consumer", "Consumer sales"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("business", "Business sales"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("consumer.new", "New"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("consumer.qualified", "Qualified"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("consumer.proposal", "Proposal"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("consumer.won", "Won"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("consumer.lost", "Lost"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("business.prospecting", "Prospecting"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("business.qualification", "Qualification"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("business.needs-analysis", "Needs analysis"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("business.proposal", "Proposal"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("business.negotiation", "Negotiation"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("business.closed-won", "Closed won"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("business.closed-lost", "Closed lost")); //$NON-NLS-1$ //$NON-NLS-2$

	private SeededNames() {
	}

	/** What users see for a stored name. */
	static String shown(String code, String stored) {
		String label = Messages.seedLabel(code);
		return label != null && stored != null && stored.equals(SHIPPED.get(code)) ? label : stored;
	}

	/** What to store for the name a user saved. */
	static String stored(String code, String shown) {
		String label = Messages.seedLabel(code);
		return label != null && shown != null && shown.strip().equals(label) ? SHIPPED.get(code) : shown;
	}
}
