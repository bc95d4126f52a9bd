package org.vinculo.sales;

/** Whose numbers a forecast row sums: one rep's, a team's members', or everyone a manager manages. */
public enum ForecastGrouping {
	REP, TEAM, MANAGER
}
