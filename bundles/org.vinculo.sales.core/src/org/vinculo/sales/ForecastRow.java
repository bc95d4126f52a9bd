package org.vinculo.sales;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One group (rep, team or manager) in one period (starting {@code periodStart}):
 * its quota, what it won (won opportunities by close date), its weighted open
 * pipeline (amount × probability) and its unweighted open pipeline. Amounts are
 * in the forecast's currency; opportunities in other currencies are counted
 * apart in {@link Forecast#skippedOtherCurrency()}.
 */
public record ForecastRow(ForecastGrouping grouping, long groupId, String groupName, YearMonth periodStart,
		BigDecimal quota, BigDecimal won, BigDecimal weighted, BigDecimal open) {

	/** Won + weighted: where the period is likely to land. */
	public BigDecimal expected() {
		return won.add(weighted);
	}
}
