package org.vinculo.core.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * What a CSV column is imported into: a field of the row's person, of one of
 * its organizations (slot 1, 2, … for files with "Org 1", "Role 1", "Org 2",
 * "Role 2" columns), of the affiliation linking the person to that
 * organization, or a custom field ({@code custom.<code>}).
 *
 * @param slot 1-based organization/affiliation slot; 0 for person fields
 */
public record ImportTarget(Entity entity, String field, int slot) {

	public enum Entity {
		PERSON, ORGANIZATION, AFFILIATION
	}

	public static final String FIRST_NAME = "firstName"; //$NON-NLS-1$
	public static final String LAST_NAME = "lastName"; //$NON-NLS-1$
	/** A whole name ("Ana María Ruiz"), split at the last space when no first/last columns exist. */
	public static final String FULL_NAME = "fullName"; //$NON-NLS-1$
	public static final String NAME = "name"; //$NON-NLS-1$
	public static final String EMAIL = "email"; //$NON-NLS-1$
	public static final String EMAIL_2 = "email2"; //$NON-NLS-1$
	public static final String PHONE = "phone"; //$NON-NLS-1$
	public static final String MOBILE = "mobile"; //$NON-NLS-1$
	public static final String WEBSITE = "website"; //$NON-NLS-1$
	public static final String STREET = "street"; //$NON-NLS-1$
	public static final String POSTAL_CODE = "postalCode"; //$NON-NLS-1$
	public static final String CITY = "city"; //$NON-NLS-1$
	public static final String REGION = "region"; //$NON-NLS-1$
	public static final String COUNTRY = "country"; //$NON-NLS-1$
	public static final String NOTES = "notes"; //$NON-NLS-1$
	/** Tags separated by commas or semicolons. */
	public static final String TAGS = "tags"; //$NON-NLS-1$
	public static final String ROLE = "role"; //$NON-NLS-1$
	public static final String TITLE = "title"; //$NON-NLS-1$
	public static final String SINCE = "since"; //$NON-NLS-1$
	public static final String UNTIL = "until"; //$NON-NLS-1$
	public static final String CUSTOM_PREFIX = "custom."; //$NON-NLS-1$

	private static final List<String> PERSON_FIELDS = List.of(FIRST_NAME, LAST_NAME, FULL_NAME, EMAIL, EMAIL_2, PHONE,
			MOBILE, STREET, POSTAL_CODE, CITY, REGION, COUNTRY, NOTES, TAGS);
	private static final List<String> ORGANIZATION_FIELDS = List.of(NAME, WEBSITE, EMAIL, PHONE, STREET, POSTAL_CODE,
			CITY, REGION, COUNTRY, NOTES, TAGS);
	private static final List<String> AFFILIATION_FIELDS = List.of(ROLE, TITLE, SINCE, UNTIL);

	public static ImportTarget person(String field) {
		return new ImportTarget(Entity.PERSON, field, 0);
	}

	public static ImportTarget organization(String field, int slot) {
		return new ImportTarget(Entity.ORGANIZATION, field, slot);
	}

	public static ImportTarget affiliation(String field, int slot) {
		return new ImportTarget(Entity.AFFILIATION, field, slot);
	}

	public boolean isCustom() {
		return field.startsWith(CUSTOM_PREFIX);
	}

	/** The custom field's code, for {@link #isCustom()} targets. */
	public String customCode() {
		return field.substring(CUSTOM_PREFIX.length());
	}

	/** "person.email", "organization.name#2", "affiliation.role#1", "person.custom.vat". */
	public String code() {
		String base = entity.name().toLowerCase(java.util.Locale.ROOT) + '.' + field;
		return entity == Entity.PERSON ? base : base + '#' + slot;
	}

	/** The target {@link #code()} names, or {@code null} for an unknown or empty code (an ignored column). */
	public static ImportTarget parse(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		int dot = code.indexOf('.');
		if (dot < 0) {
			return null;
		}
		Entity entity;
		try {
			entity = Entity.valueOf(code.substring(0, dot).toUpperCase(java.util.Locale.ROOT));
		} catch (IllegalArgumentException e) {
			return null;
		}
		String rest = code.substring(dot + 1);
		int slot = 0;
		int hash = rest.lastIndexOf('#');
		if (hash >= 0) {
			try {
				slot = Integer.parseInt(rest.substring(hash + 1));
			} catch (NumberFormatException e) {
				return null;
			}
			rest = rest.substring(0, hash);
		}
		if (entity != Entity.PERSON && slot < 1 || rest.isEmpty()) {
			return null;
		}
		return new ImportTarget(entity, rest, entity == Entity.PERSON ? 0 : slot);
	}

	/**
	 * Every target a column can be mapped to, in menu order: person fields,
	 * then for each slot the organization's and the affiliation's, with the
	 * given custom field codes of each entity after its built-in fields.
	 */
	public static List<ImportTarget> all(int slots, List<String> personCustom, List<String> organizationCustom,
			List<String> affiliationCustom) {
		List<ImportTarget> targets = new ArrayList<>();
		PERSON_FIELDS.forEach(field -> targets.add(person(field)));
		personCustom.forEach(code -> targets.add(person(CUSTOM_PREFIX + code)));
		for (int slot = 1; slot <= slots; slot++) {
			for (String field : ORGANIZATION_FIELDS) {
				targets.add(organization(field, slot));
			}
			for (String code : organizationCustom) {
				targets.add(organization(CUSTOM_PREFIX + code, slot));
			}
			for (String field : AFFILIATION_FIELDS) {
				targets.add(affiliation(field, slot));
			}
			for (String code : affiliationCustom) {
				targets.add(affiliation(CUSTOM_PREFIX + code, slot));
			}
		}
		return targets;
	}
}
