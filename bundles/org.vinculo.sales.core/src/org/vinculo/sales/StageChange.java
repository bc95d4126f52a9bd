package org.vinculo.sales;

import java.time.Instant;

/** One move of an opportunity between stages, by whom ({@code userId}, may be {@code null}) and when. */
public record StageChange(long opportunityId, Long fromStageId, long toStageId, Instant at, Long userId) {
}
