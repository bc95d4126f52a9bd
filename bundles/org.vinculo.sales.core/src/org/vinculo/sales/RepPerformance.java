package org.vinculo.sales;

import java.math.BigDecimal;

/**
 * A rep's results over a range of months: opportunities won and lost (closed in
 * the range), win rate (won / closed, {@code null} with nothing closed),
 * average days from creation to close of the won ones, the open pipeline today,
 * and the activities they completed in the range.
 */
public record RepPerformance(long userId, String userName, int won, int lost, Double winRate, Double averageCycleDays,
		BigDecimal wonAmount, BigDecimal pipelineValue, int openOpportunities, int activitiesDone) {
}
