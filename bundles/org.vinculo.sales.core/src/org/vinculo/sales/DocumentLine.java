package org.vinculo.sales;

import java.math.BigDecimal;

/**
 * A line of a quote, order or invoice: quantity × unit price, less a discount
 * in percent, plus tax in percent. {@code productId} may be {@code null} for a
 * free-text line.
 */
public record DocumentLine(Long productId, String description, BigDecimal quantity, BigDecimal unitPrice,
		BigDecimal discountPercent, BigDecimal taxRate) {
}
