package org.vinculo.core.service;

/** Property names used by {@link ValidationException.Problem#field()} and by forms. */
public final class Fields {
	public static final String FIRST_NAME = "firstName"; //$NON-NLS-1$
	public static final String LAST_NAME = "lastName"; //$NON-NLS-1$
	public static final String NAME = "name"; //$NON-NLS-1$
	public static final String EMAIL = "email"; //$NON-NLS-1$
	public static final String PERSON = "person"; //$NON-NLS-1$
	public static final String ORGANIZATION = "organization"; //$NON-NLS-1$
	public static final String ROLE = "role"; //$NON-NLS-1$
	public static final String UNTIL = "until"; //$NON-NLS-1$
	public static final String WEBSITE = "website"; //$NON-NLS-1$
	public static final String NOTES = "notes"; //$NON-NLS-1$
	public static final String TAGS = "tags"; //$NON-NLS-1$
	public static final String CONTACTS = "contacts"; //$NON-NLS-1$
	public static final String ADDRESSES = "addresses"; //$NON-NLS-1$
	public static final String TITLE = "title"; //$NON-NLS-1$
	public static final String NOTE = "note"; //$NON-NLS-1$
	public static final String PARTY = "party"; //$NON-NLS-1$
	public static final String TYPE = "type"; //$NON-NLS-1$
	public static final String STRENGTH = "strength"; //$NON-NLS-1$

	public static final String LIFECYCLE = "lifecycle"; //$NON-NLS-1$
	public static final String SUBJECT = "subject"; //$NON-NLS-1$
	public static final String STARTS_AT = "startsAt"; //$NON-NLS-1$
	public static final String DURATION = "duration"; //$NON-NLS-1$
	public static final String OUTCOME = "outcome"; //$NON-NLS-1$
	public static final String CODE = "code"; //$NON-NLS-1$
	public static final String LABEL = "label"; //$NON-NLS-1$
	public static final String DEFAULT_VALUE = "defaultValue"; //$NON-NLS-1$
	public static final String PHONE = "phone"; //$NON-NLS-1$
	public static final String CITY = "city"; //$NON-NLS-1$

	/** The property name of a custom field's value in problems and forms. */
	public static String custom(String fieldCode) {
		return "custom." + fieldCode; //$NON-NLS-1$
	}

	private Fields() {
	}
}
