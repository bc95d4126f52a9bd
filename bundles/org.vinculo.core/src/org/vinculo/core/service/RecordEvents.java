package org.vinculo.core.service;

/**
 * Event Admin topics posted after a change is committed, so that views and
 * editors refresh without polling. Properties: {@link #ID} and, for parties,
 * {@link #KIND}; for affiliations {@link #PERSON_ID} and {@link #ORGANIZATION_ID}.
 */
public final class RecordEvents {
	public static final String TOPIC_BASE = "org/vinculo/core/"; //$NON-NLS-1$
	public static final String PARTY_TOPIC = TOPIC_BASE + "party/"; //$NON-NLS-1$
	public static final String AFFILIATION_TOPIC = TOPIC_BASE + "affiliation/"; //$NON-NLS-1$
	/** Relationships between parties; properties {@link #ID}, {@link #FROM_ID}, {@link #TO_ID}. */
	public static final String RELATIONSHIP_TOPIC = TOPIC_BASE + "relationship/"; //$NON-NLS-1$
	/** A list admins edit changed: relationship types, affiliation roles, choice lists. */
	public static final String TYPES_TOPIC = TOPIC_BASE + "types/" + "UPDATED"; //$NON-NLS-1$ //$NON-NLS-2$
	/** Activities; properties {@link #ID}, {@link #PERSON_ID} and {@link #ORGANIZATION_ID} (-1 for none). */
	public static final String ACTIVITY_TOPIC = TOPIC_BASE + "activity/"; //$NON-NLS-1$
	/** Field configuration changed (custom fields added or edited, fields hidden or made read-only). */
	public static final String FIELDS_TOPIC = TOPIC_BASE + "fields/" + "UPDATED"; //$NON-NLS-1$ //$NON-NLS-2$
	public static final String CREATED = "CREATED"; //$NON-NLS-1$
	public static final String UPDATED = "UPDATED"; //$NON-NLS-1$
	public static final String DELETED = "DELETED"; //$NON-NLS-1$
	/** Many records created at once (imports, generators); property {@link #COUNT}, no {@link #ID}. */
	public static final String BULK_CREATED = "BULK_CREATED"; //$NON-NLS-1$
	/** Subscribe to everything the core posts. */
	public static final String ALL_TOPICS = TOPIC_BASE + "*"; //$NON-NLS-1$

	public static final String ID = "id"; //$NON-NLS-1$
	public static final String KIND = "kind"; //$NON-NLS-1$
	public static final String PERSON_ID = "personId"; //$NON-NLS-1$
	public static final String ORGANIZATION_ID = "organizationId"; //$NON-NLS-1$
	public static final String COUNT = "count"; //$NON-NLS-1$
	public static final String FROM_ID = "fromId"; //$NON-NLS-1$
	public static final String TO_ID = "toId"; //$NON-NLS-1$

	private RecordEvents() {
	}
}
