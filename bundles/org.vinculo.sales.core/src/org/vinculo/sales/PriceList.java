package org.vinculo.sales;

import java.math.BigDecimal;
import java.util.Map;

/** Prices in one currency by product id; a product without an entry is not sold in this list. */
public record PriceList(Long id, String name, String currency, Map<Long, BigDecimal> prices, long version) {

	public PriceList {
		prices = Map.copyOf(prices);
	}
}
