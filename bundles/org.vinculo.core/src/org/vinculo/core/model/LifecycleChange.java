package org.vinculo.core.model;

import java.time.Instant;

/**
 * One dated step in a party's lifecycle history: from which stage to which,
 * when, and why ("edited", "no activity for 365 days"…). Written by the store
 * whenever a party's stage changes; never edited.
 */
public final class LifecycleChange {

	private Long id;
	private Long partyId;
	private LifecycleStage fromStage;
	private LifecycleStage toStage;
	private Instant changedAt;
	private String reason;

	public LifecycleChange() {
	}

	public LifecycleChange(long partyId, LifecycleStage from, LifecycleStage to, Instant changedAt, String reason) {
		this.partyId = partyId;
		this.fromStage = from;
		this.toStage = to;
		this.changedAt = changedAt;
		this.reason = Party.trimToNull(reason);
	}

	public Long getId() {
		return id;
	}

	public long getPartyId() {
		return partyId;
	}

	/** {@code null} for the first stage a party was given. */
	public LifecycleStage getFrom() {
		return fromStage;
	}

	public LifecycleStage getTo() {
		return toStage;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getReason() {
		return reason;
	}
}
