package org.vinculo.core.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * A person's link to an organization: one role, over a period of time. A person
 * may hold any number of affiliations, to different organizations or to the same
 * one over time (employee until 2019, board member since 2021). Nothing else in
 * the model points from a person to "their" organization.
 */
public final class Affiliation {

	private Long id;
	private long version;
	private Person person;
	private Organization organization;
	private AffiliationRole role;
	private String title;
	private LocalDate since;
	private LocalDate until;
	private boolean primary;
	private String note;
	/** Custom field values, see {@link CustomValues}. */
	private String customValues;
	/** The person's sort key, kept on the affiliation so a store can list an organization's people by name. */
	private String personSortKey;
	/** The import that created this link, if one did: what rolling the import back removes. */
	private Long importRunId;

	public Affiliation() {
	}

	public Affiliation(Person person, Organization organization, AffiliationRole role) {
		this.person = person;
		this.organization = organization;
		this.role = role;
	}

	public Long getImportRunId() {
		return importRunId;
	}

	/** For imports: marks a new link as created by import run {@code runId}. */
	public void setImportRunId(Long runId) {
		this.importRunId = runId;
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

	/** A copy to edit (a dialog's working copy): same id and version, same parties and role. */
	public Affiliation copy() {
		Affiliation copy = new Affiliation(person, organization, role);
		copy.id = id;
		copy.version = version;
		copy.title = title;
		copy.since = since;
		copy.until = until;
		copy.primary = primary;
		copy.note = note;
		copy.personSortKey = personSortKey;
		copy.customValues = customValues;
		return copy;
	}

	/** Called by the store before every write: copies what lists order by from the person. */
	public void refreshDerivedFields() {
		if (person != null) {
			if (person.getSortKey() == null) {
				person.refreshDerivedFields();
			}
			personSortKey = person.getSortKey();
		}
	}

	public long getVersion() {
		return version;
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

	public AffiliationRole getRole() {
		return role;
	}

	public void setRole(AffiliationRole role) {
		this.role = role;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = Party.trimToNull(title);
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

	public boolean isPrimary() {
		return primary;
	}

	public void setPrimary(boolean primary) {
		this.primary = primary;
	}

	/** Custom field values by field code, as stored (see {@link CustomValues}). */
	public Map<String, String> getCustomValues() {
		return CustomValues.decode(customValues);
	}

	/** Sets one custom field's stored value; {@code null} or blank removes it. */
	public void setCustomValue(String fieldCode, String value) {
		Map<String, String> values = getCustomValues();
		String trimmed = Party.trimToNull(value);
		if (trimmed == null) {
			values.remove(fieldCode);
		} else {
			values.put(fieldCode, trimmed);
		}
		customValues = CustomValues.encode(values);
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = Party.trimToNull(note);
	}

	/** Current on {@code day}: started (or no start known) and not yet ended. */
	public boolean isCurrentOn(LocalDate day) {
		return (since == null || !since.isAfter(day)) && (until == null || !until.isBefore(day));
	}

	/** Whether the two periods share at least one day; open ends extend forever. */
	public boolean overlaps(Affiliation other) {
		boolean startsBeforeOtherEnds = since == null || other.until == null || !since.isAfter(other.until);
		boolean otherStartsBeforeThisEnds = other.since == null || until == null || !other.since.isAfter(until);
		return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Affiliation other && id != null && id.equals(other.id);
	}

	@Override
	public int hashCode() {
		return id == null ? System.identityHashCode(this) : id.hashCode();
	}

	@Override
	public String toString() {
		return "Affiliation#" + id + " " + person + " -> " + organization + " (" + role + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
