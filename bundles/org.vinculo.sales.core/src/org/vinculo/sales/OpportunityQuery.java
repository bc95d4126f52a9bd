package org.vinculo.sales;

import java.time.LocalDate;

/**
 * Which opportunities to list: any criterion left {@code null} does not
 * filter. {@code text} matches the title or the party's name, case-insensitive.
 */
public record OpportunityQuery(Long pipelineId, Long partyId, Long ownerId, StageKind kind, LocalDate closingFrom,
		LocalDate closingTo, String text) {

	public static OpportunityQuery all() {
		return new OpportunityQuery(null, null, null, null, null, null, null);
	}

	public static OpportunityQuery inPipeline(long pipelineId) {
		return new OpportunityQuery(pipelineId, null, null, null, null, null, null);
	}

	public static OpportunityQuery ofParty(long partyId) {
		return new OpportunityQuery(null, partyId, null, null, null, null, null);
	}
}
