package org.vinculo.sales;

import java.math.BigDecimal;

/**
 * Something we sell: a unique code, a name, its list price in the default price
 * list's currency, and its tax rate in percent.
 */
public record Product(Long id, String code, String name, BigDecimal listPrice, BigDecimal taxRate, boolean active,
		long version) {
}
