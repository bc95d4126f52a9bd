package org.vinculo.sales;

import java.math.BigDecimal;

/**
 * A document's money, each figure rounded to the currency's minor unit (half
 * up) line by line and then summed, so the printed lines add up to the printed
 * total: gross (quantity × price), discount, net (gross − discount), tax, and
 * total (net + tax).
 */
public record Totals(BigDecimal gross, BigDecimal discount, BigDecimal net, BigDecimal tax, BigDecimal total) {
}
