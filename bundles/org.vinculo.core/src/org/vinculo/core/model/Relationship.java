package org.vinculo.core.model;

import java.time.LocalDate;

/**
 * A typed link between two parties other than an affiliation: Ana is a friend
 * of Pepe, Suministros SA is a supplier of Empresa XYZ, Luis reports to Marta.
 * Persons and organizations may stand on either end. The link is stored once,
 * from {@link #getFrom() source} to {@link #getTo() target}, and read from either
 * end with the {@link RelationshipType type's} forward or inverse label.
 */
public final class Relationship {

	public static final int MIN_STRENGTH = 1;
	public static final int MAX_STRENGTH = 5;

	private Long id;
	private long version;
	private Party from;
	private Party to;
	private RelationshipType type;
	private LocalDate since;
	private LocalDate until;
	/** How close the two are, 1 (barely) to 5 (very), or {@code null} when nobody said. */
	private Integer strength;
	private String note;

	public Relationship() {
	}

	public Relationship(Party from, RelationshipType type, Party to) {
		this.from = from;
		this.type = type;
		this.to = to;
	}

	public Long getId() {
		return id;
	}

	public boolean isNew() {
		return id == null;
	}

	/** For stores: see {@link Party#forgetIdOfFailedInsert()}. */
	public void forgetIdOfFailedInsert() {
		id = null;
		version = 0;
	}

	public Relationship copy() {
		Relationship copy = new Relationship(from, type, to);
		copy.id = id;
		copy.version = version;
		copy.since = since;
		copy.until = until;
		copy.strength = strength;
		copy.note = note;
		return copy;
	}

	public long getVersion() {
		return version;
	}

	public Party getFrom() {
		return from;
	}

	public void setFrom(Party from) {
		this.from = from;
	}

	public Party getTo() {
		return to;
	}

	public void setTo(Party to) {
		this.to = to;
	}

	public RelationshipType getType() {
		return type;
	}

	public void setType(RelationshipType type) {
		this.type = type;
	}

	public LocalDate getSince() {
		return since;
	}

	public void setSince(LocalDate since) {
		this.since = since;
	}

	public LocalDate getUntil() {
		return until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

	public Integer getStrength() {
		return strength;
	}

	public void setStrength(Integer strength) {
		this.strength = strength;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = Party.trimToNull(note);
	}

	/** Whether the link holds on {@code day}: started (or no start known) and not yet ended. */
	public boolean isCurrent(LocalDate day) {
		return (since == null || !since.isAfter(day)) && (until == null || !until.isBefore(day));
	}

	/** Whether {@code partyId} is the stored source of the link. */
	public boolean isFrom(long partyId) {
		return from != null && from.getId() != null && from.getId() == partyId;
	}

	/** The party on the other end from {@code partyId}. */
	public Party other(long partyId) {
		return isFrom(partyId) ? to : from;
	}

	/** The label as read from {@code partyId}'s end: "supplier of" from the supplier, "customer of" from the customer. */
	public String labelFrom(long partyId) {
		return type == null ? "" : type.labelReadFrom(isFrom(partyId)); //$NON-NLS-1$
	}

	/** Whether two periods share at least one day; open ends reach forever. */
	public boolean overlaps(Relationship other) {
		return (until == null || other.since == null || !until.isBefore(other.since))
				&& (other.until == null || since == null || !other.until.isBefore(since));
	}

	@Override
	public String toString() {
		return from + " " + (type == null ? "?" : type.getLabel()) + " " + to; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
