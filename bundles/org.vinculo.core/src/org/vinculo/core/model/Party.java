package org.vinculo.core.model;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.ContactPoint.Label;

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
	private long revision;
	private List<ContactPoint> contactPoints = new ArrayList<>();
	private List<PostalAddress> addresses = new ArrayList<>();
	private Set<String> tags = new LinkedHashSet<>();
	private LifecycleStage lifecycle = LifecycleStage.INITIAL;
	private Instant lifecycleSince;
	private Long typeId;
	private Long industryId;
	private Long activityId;
	private Long sourceId;
	private Long territoryId;
	private Long ownerId;
	/** Custom field values, encoded by {@link CustomValues}: one column, no row per value. */
	private String customValues;
	/** The import that created this party, if one did: what rolling the import back removes. */
	private Long importRunId;
	/** Set when this party was merged into another: the record stays, hidden, so the merge can be undone. */
	private Long mergedInto;

	public abstract PartyKind getKind();

	/** Name as shown in lists and titles, derived from the party's own name fields. */
	protected abstract String composeDisplayName();

	public Long getId() {
		return id;
	}

	public boolean isNew() {
		return id == null;
	}

	/**
	 * A stand-in for a stored party known only by its id, for bulk paths (imports,
	 * generators) that link records without reading them back: stores resolve it
	 * by id. Not a record to show or edit.
	 */
	public static Party reference(PartyKind kind, long id) {
		Party party = kind == PartyKind.PERSON ? new Person() : new Organization();
		party.id = id;
		return party;
	}

	/**
	 * For stores: an insert was rolled back after the id was assigned, so the
	 * draft is new again and can be saved once the problem is fixed.
	 */
	public void forgetIdOfFailedInsert() {
		id = null;
		version = 0;
	}

	public Long getImportRunId() {
		return importRunId;
	}

	/** For imports: marks a new party as created by import run {@code runId}. */
	public void setImportRunId(Long runId) {
		this.importRunId = runId;
	}

	/** The party this one was merged into, or {@code null}: a merged party is hidden but kept for undo. */
	public Long getMergedInto() {
		return mergedInto;
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
	public void refreshDerivedFields() {
		displayName = composeDisplayName();
		sortKey = normalize(displayName);
		refreshContactSummary();
		for (int i = 0; i < contactPoints.size(); i++) {
			contactPoints.get(i).attach(this, i);
		}
		for (int i = 0; i < addresses.size(); i++) {
			addresses.get(i).attach(this, i);
		}
	}

	public String getSortKey() {
		return sortKey;
	}

	/** The first email address, as lists show it; all of them are in {@link #getContactPoints()}. */
	public String getEmail() {
		return email;
	}

	/** Sets the first email address (a work one if there is none yet); {@code null} removes it. */
	public void setEmail(String email) {
		setFirst(Channel.EMAIL, Label.WORK, email);
	}

	/** The first phone number, as lists show it. */
	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		setFirst(Channel.PHONE, Label.WORK, phone);
	}

	/** The city of the first address, as lists show it. */
	public String getCity() {
		return city;
	}

	/** Sets the city of the first address, adding an address if there is none. */
	public void setCity(String city) {
		String value = trimToNull(city);
		if (addresses.isEmpty()) {
			if (value != null) {
				addresses.add(new PostalAddress(Label.WORK, null, null, value, null, null));
			}
		} else {
			addresses.get(0).setCity(value);
			if (addresses.get(0).isEmpty()) {
				addresses.remove(0);
			}
		}
		refreshContactSummary();
	}

	private void setFirst(Channel channel, Label label, String value) {
		String trimmed = trimToNull(value);
		ContactPoint first = contactPoints.stream().filter(c -> c.getChannel() == channel).findFirst().orElse(null);
		if (first == null && trimmed != null) {
			contactPoints.add(new ContactPoint(channel, label, trimmed));
		} else if (first != null && trimmed == null) {
			contactPoints.remove(first);
		} else if (first != null) {
			first.setValue(trimmed);
		}
		refreshContactSummary();
	}

	/** Every email address and phone number, in the order the user put them. */
	public List<ContactPoint> getContactPoints() {
		return Collections.unmodifiableList(contactPoints);
	}

	/** Replaces all email addresses and phone numbers; entries without a value are dropped. */
	public void setContactPoints(Collection<ContactPoint> points) {
		contactPoints.clear();
		points.stream().filter(c -> c.getValue() != null).forEach(contactPoints::add);
		refreshContactSummary();
	}

	public List<String> values(Channel channel) {
		return contactPoints.stream().filter(c -> c.getChannel() == channel).map(ContactPoint::getValue).toList();
	}

	public List<PostalAddress> getAddresses() {
		return Collections.unmodifiableList(addresses);
	}

	/** Replaces all addresses; empty ones are dropped. */
	public void setAddresses(Collection<PostalAddress> newAddresses) {
		addresses.clear();
		newAddresses.stream().filter(a -> !a.isEmpty()).forEach(addresses::add);
		refreshContactSummary();
	}

	/** Free tags, sorted; stored in lower case so that "VIP" and "vip" are one tag. */
	public Set<String> getTags() {
		return Collections.unmodifiableSet(new TreeSet<>(tags));
	}

	public void setTags(Collection<String> newTags) {
		tags.clear();
		newTags.stream().map(Party::trimToNull).filter(Objects::nonNull).map(t -> t.toLowerCase(Locale.ROOT))
				.forEach(tags::add);
	}

	/** Keeps the list columns (first email, phone, city) in step with the full lists. */
	private void refreshContactSummary() {
		email = contactPoints.stream().filter(c -> c.getChannel() == Channel.EMAIL).map(ContactPoint::getValue)
				.findFirst().orElse(null);
		phone = contactPoints.stream().filter(c -> c.getChannel() == Channel.PHONE).map(ContactPoint::getValue)
				.findFirst().orElse(null);
		city = addresses.stream().map(PostalAddress::getCity).filter(Objects::nonNull).findFirst().orElse(null);
	}

	/** Where the party stands as a customer; see {@link LifecycleStage}. */
	public LifecycleStage getLifecycle() {
		return lifecycle == null ? LifecycleStage.INITIAL : lifecycle;
	}

	/** Moves the party to another stage; the store dates the change and keeps it as history. */
	public void setLifecycle(LifecycleStage stage) {
		this.lifecycle = stage == null ? LifecycleStage.INITIAL : stage;
	}

	/** When the current stage began; {@code null} until the party is saved. */
	public Instant getLifecycleSince() {
		return lifecycleSince;
	}

	/** Called by the store when it records a stage change. */
	public void stampLifecycle(Instant since) {
		this.lifecycleSince = since;
	}

	/** The id of the party's value in the segment's choice list, or {@code null}. */
	public Long getSegment(Segment segment) {
		return switch (segment) {
		case TYPE -> typeId;
		case INDUSTRY -> industryId;
		case BUSINESS_ACTIVITY -> activityId;
		case SOURCE -> sourceId;
		case TERRITORY -> territoryId;
		case OWNER -> ownerId;
		};
	}

	public void setSegment(Segment segment, Long valueId) {
		switch (segment) {
		case TYPE -> typeId = valueId;
		case INDUSTRY -> industryId = valueId;
		case BUSINESS_ACTIVITY -> activityId = valueId;
		case SOURCE -> sourceId = valueId;
		case TERRITORY -> territoryId = valueId;
		case OWNER -> ownerId = valueId;
		}
	}

	/** Custom field values by field code, as stored (see {@link CustomValues} for the formats). */
	public Map<String, String> getCustomValues() {
		return CustomValues.decode(customValues);
	}

	public String getCustomValue(String fieldCode) {
		return getCustomValues().get(fieldCode);
	}

	/** Sets one custom field's stored value; {@code null} or blank removes it. */
	public void setCustomValue(String fieldCode, String value) {
		Map<String, String> values = getCustomValues();
		String trimmed = trimToNull(value);
		if (trimmed == null) {
			values.remove(fieldCode);
		} else {
			values.put(fieldCode, trimmed);
		}
		customValues = CustomValues.encode(values);
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

	/**
	 * The database-wide change number of the last write to this party; search
	 * indexes use it to catch up with committed changes.
	 */
	public long getRevision() {
		return revision;
	}

	/** Called by the persistence layer when it writes the record, in the writing transaction. */
	public void touch(Instant now, long changeRevision) {
		if (createdAt == null) {
			createdAt = now;
		}
		updatedAt = now;
		revision = changeRevision;
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
