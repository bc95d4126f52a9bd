package org.vinculo.sales;

import java.util.List;

/** Cross-sell and up-sell: what similar customers bought that this party did not. */
public interface CrossSellService {

	/**
	 * At most {@code limit} suggestions for {@code partyId}, best first. Similar
	 * customers share a segment value (industry, customer type…) with the party
	 * or bought at least one product it bought; purchases are the products on
	 * its orders and invoices (quotes are offers, not purchases).
	 */
	List<CrossSellSuggestion> suggestions(long partyId, int limit);
}
