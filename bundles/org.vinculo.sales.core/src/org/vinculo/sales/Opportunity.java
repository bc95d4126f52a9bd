package org.vinculo.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A chance to sell to one party: a person or an organization, never "a person
 * through their employer" — selling to José and selling to the company he works
 * for are two independent opportunities. {@code amount} is in
 * {@code currency} (ISO 4217). {@code customValues} holds the pipeline's extra
 * fields, encoded by {@link org.vinculo.core.model.CustomValues}.
 * {@code closedAt} is set when it enters a won or lost stage.
 * {@code sourceCampaign} is free text until a campaigns plug-in exists.
 */
public record Opportunity(Long id, String title, long partyId, long pipelineId, long stageId, BigDecimal amount,
		String currency, LocalDate closeDate, Long ownerId, String sourceCampaign, List<ContactRole> contacts,
		String customValues, Instant createdAt, Instant closedAt, long version) {

	public Opportunity {
		contacts = List.copyOf(contacts);
	}

	/** A new opportunity on {@code partyId} at the pipeline's first open stage. */
	public static Opportunity draft(String title, long partyId, Pipeline pipeline, BigDecimal amount, String currency,
			LocalDate closeDate, Long ownerId) {
		return new Opportunity(null, title, partyId, pipeline.id(), pipeline.firstOpenStage().id(), amount, currency,
				closeDate, ownerId, null, List.of(), null, null, null, 0);
	}

	public Opportunity withStage(long stage) {
		return new Opportunity(id, title, partyId, pipelineId, stage, amount, currency, closeDate, ownerId,
				sourceCampaign, contacts, customValues, createdAt, closedAt, version);
	}

	public Opportunity withContacts(List<ContactRole> roles) {
		return new Opportunity(id, title, partyId, pipelineId, stageId, amount, currency, closeDate, ownerId,
				sourceCampaign, roles, customValues, createdAt, closedAt, version);
	}
}
