package org.vinculo.sales;

import java.time.YearMonth;

/** Weighted forecast, quota and actuals per rep, team or manager. */
public interface ForecastService {

	/**
	 * The forecast from the period containing {@code from} to the one containing
	 * {@code to}, in {@code currency}.
	 */
	Forecast forecast(ForecastGrouping grouping, ForecastPeriod period, YearMonth from, YearMonth to, String currency);

	/** Win rate, cycle length, pipeline value and activity counts of every user with opportunities. */
	java.util.List<RepPerformance> performance(YearMonth from, YearMonth to, String currency);
}
