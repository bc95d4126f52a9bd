package org.vinculo.sales;

/** Forecast columns: calendar months or calendar quarters, by expected close date. */
public enum ForecastPeriod {
	MONTH, QUARTER
}
