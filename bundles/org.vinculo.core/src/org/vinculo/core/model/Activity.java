package org.vinculo.core.model;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A call, meeting, visit, email, task or note, attached to a person, an
 * organization, or both: a meeting with José about BA Minds shows on José's
 * timeline and on BA Minds'. Planned activities of an owner make up that
 * owner's agenda.
 */
public final class Activity {

	public static final int SUBJECT_LENGTH = 400;
	public static final int OUTCOME_LENGTH = 4000;

	private Long id;
	private long version;
	private ActivityKind kind = ActivityKind.CALL;
	private String subject;
	private LocalDateTime startsAt;
	/** Minutes, {@code null} when not said. */
	private Integer duration;
	private ActivityStatus status = ActivityStatus.PLANNED;
	/** An entry of the owner choice list ({@link Segment#OWNER}). */
	private Long ownerId;
	private String outcome;
	private Person person;
	private Organization organization;
	private Instant createdAt;
	private Instant doneAt;

	public Activity() {
	}

	public Activity(ActivityKind kind, String subject, LocalDateTime startsAt) {
		this.kind = kind;
		this.subject = Party.trimToNull(subject);
		this.startsAt = startsAt;
	}

	public Activity copy() {
		Activity copy = new Activity(kind, subject, startsAt);
		copy.id = id;
		copy.version = version;
		copy.duration = duration;
		copy.status = status;
		copy.ownerId = ownerId;
		copy.outcome = outcome;
		copy.person = person;
		copy.organization = organization;
		copy.createdAt = createdAt;
		copy.doneAt = doneAt;
		return copy;
	}

	public Long getId() {
		return id;
	}

	public boolean isNew() {
		return id == null;
	}

	public long getVersion() {
		return version;
	}

	/** For stores: see {@link Party#forgetIdOfFailedInsert()}. */
	public void forgetIdOfFailedInsert() {
		id = null;
		version = 0;
	}

	public ActivityKind getKind() {
		return kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = Party.trimToNull(subject);
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public Integer getDuration() {
		return duration;
	}

	public void setDuration(Integer minutes) {
		this.duration = minutes;
	}

	public ActivityStatus getStatus() {
		return status;
	}

	/** Sets the status; becoming done stamps {@link #getDoneAt()}, leaving it clears it. */
	public void setStatus(ActivityStatus status) {
		if (status == ActivityStatus.DONE && this.status != ActivityStatus.DONE) {
			doneAt = Instant.now();
		} else if (status != ActivityStatus.DONE) {
			doneAt = null;
		}
		this.status = status;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = Party.trimToNull(outcome);
	}

	public Person getPerson() {
		return person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	public Organization getOrganization() {
		return organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

	/** Attaches the activity to {@code party} on the side its kind fits. */
	public void attachTo(Party party) {
		if (party instanceof Person p) {
			person = p;
		} else if (party instanceof Organization o) {
			organization = o;
		}
	}

	/** Whether {@code partyId} is the person or the organization of this activity. */
	public boolean concerns(long partyId) {
		return person != null && person.getId() != null && person.getId() == partyId
				|| organization != null && organization.getId() != null && organization.getId() == partyId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** Called by the store on first write. */
	public void stampCreated(Instant now) {
		if (createdAt == null) {
			createdAt = now;
		}
	}

	public Instant getDoneAt() {
		return doneAt;
	}

	/** Planned and due before {@code now}. */
	public boolean isOverdue(LocalDateTime now) {
		return status == ActivityStatus.PLANNED && startsAt != null && startsAt.isBefore(now);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Activity other && id != null && id.equals(other.id);
	}

	@Override
	public int hashCode() {
		return id == null ? System.identityHashCode(this) : id.hashCode();
	}

	@Override
	public String toString() {
		return kind + " " + subject + " @" + startsAt; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
