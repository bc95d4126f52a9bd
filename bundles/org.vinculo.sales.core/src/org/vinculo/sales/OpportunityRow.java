package org.vinculo.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opportunity as the board and the table show it, joined with its party's
 * name, its stage and its owner's name, so a view needs no further reads.
 * {@code weighted} is amount × stage probability.
 */
public record OpportunityRow(long id, String title, long partyId, String partyName, boolean partyIsOrganization,
		long pipelineId, long stageId, String stageName, StageKind stageKind, int probability, BigDecimal amount,
		String currency, BigDecimal weighted, LocalDate closeDate, Long ownerId, String ownerName, long version) {
}
