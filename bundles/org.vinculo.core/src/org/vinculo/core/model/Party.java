package org.vinculo.core.model;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A person or an organization: anyone the business deals with. Persons and
 * organizations are created independently; what links them is an
 * {@link Affiliation}, never a field on the party itself.
 * <p>
 * Instances handed out by the core services are detached copies: change them and
 * pass them back to the service to save. {@link #getVersion()} is what detects a
 * concurrent edit.
 */
public abstract sealed class Party permits Person, Organization {

	private Long id;
	private long version;
	private String displayName;
	private String sortKey;
	private String email;
	private String phone;
	private String city;
	private String notes;
	private Instant createdAt;
	private Instant updatedAt;

	public abstract PartyKind getKind();

	/** Name as shown in lists and titles, derived from the party's own name fields. */
	protected abstract String composeDisplayName();

	public Long getId() {
		return id;
	}

	public boolean isNew() {
		return id == null;
	}

	public long getVersion() {
		return version;
	}

	public String getDisplayName() {
		String name = composeDisplayName();
		return name.isEmpty() && displayName != null ? displayName : name;
	}

	/**
	 * Recomputes the stored name columns; the persistence layer calls this before
	 * every write so lists can sort and filter without loading the name parts.
	 */
	public void refreshDerivedNames() {
		displayName = composeDisplayName();
		sortKey = normalize(displayName);
	}

	public String getSortKey() {
		return sortKey;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = trimToNull(email);
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = trimToNull(phone);
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = trimToNull(city);
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = trimToNull(notes);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/** Called by the persistence layer when it writes the record. */
	public void touch(Instant now) {
		if (createdAt == null) {
			createdAt = now;
		}
		updatedAt = now;
	}

	/**
	 * Lower-case, accent-free form used for sorting and for case- and
	 * accent-insensitive filtering ("jose" finds "José").
	 */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

	static String trimToNull(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	@Override
	public boolean equals(Object obj) {
		if (this == obj) {
			return true;
		}
		if (!(obj instanceof Party other) || id == null) {
			return false;
		}
		return getKind() == other.getKind() && id.equals(other.id);
	}

	@Override
	public int hashCode() {
		return id == null ? System.identityHashCode(this) : Objects.hash(getKind(), id);
	}

	@Override
	public String toString() {
		return getKind() + "#" + id + " " + getDisplayName();
	}
}
