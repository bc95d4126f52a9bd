package org.vinculo.sales;

import java.time.YearMonth;
import java.util.List;

/** A forecast table: rows for each group and period, in one currency. */
public record Forecast(ForecastGrouping grouping, ForecastPeriod period, String currency, List<YearMonth> periods,
		List<ForecastRow> rows, int skippedOtherCurrency) {

	public Forecast {
		periods = List.copyOf(periods);
		rows = List.copyOf(rows);
	}
}
