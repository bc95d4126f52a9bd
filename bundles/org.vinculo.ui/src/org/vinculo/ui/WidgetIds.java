package org.vinculo.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable ids on the widgets users work with, stored under {@link #KEY}; UI tests
 * and automation find widgets by these instead of by position or label.
 */
public final class WidgetIds {
	public static final String KEY = "org.vinculo.id"; //$NON-NLS-1$

	public static final String PARTIES_FILTER = "parties.filter"; //$NON-NLS-1$
	public static final String PARTIES_KIND = "parties.kind"; //$NON-NLS-1$
	public static final String PARTIES_TABLE = "parties.table"; //$NON-NLS-1$
	public static final String PARTIES_STATUS = "parties.status"; //$NON-NLS-1$
	public static final String PARTIES_STAGE = "parties.stage"; //$NON-NLS-1$
	public static final String LIFECYCLE_DAYS = "lifecycle.days"; //$NON-NLS-1$
	public static final String LIFECYCLE_APPLY = "lifecycle.apply"; //$NON-NLS-1$
	public static final String PARTIES_SEGMENT = "parties.segment"; //$NON-NLS-1$
	public static final String PARTIES_SEGMENT_VALUE = "parties.segmentValue"; //$NON-NLS-1$
	public static final String PARTY_LIFECYCLE = "party.lifecycle"; //$NON-NLS-1$
	public static final String PARTY_LIFECYCLE_BADGE = "party.lifecycleBadge"; //$NON-NLS-1$
	public static final String PARTY_LIFECYCLE_HISTORY = "party.lifecycleHistory"; //$NON-NLS-1$
	/** Segment combos: this prefix and the segment's list code ("party.segment.industry"). */
	public static final String PARTY_SEGMENT_PREFIX = "party.segment."; //$NON-NLS-1$
	/** Custom field widgets: this prefix and the field code ("party.custom.employees"). */
	public static final String PARTY_CUSTOM_PREFIX = "party.custom."; //$NON-NLS-1$
	/** Custom field widgets of the affiliation dialog: this prefix and the field code. */
	public static final String AFFILIATION_CUSTOM_PREFIX = "affiliation.custom."; //$NON-NLS-1$

	public static final String PARTY_FORM = "party.form"; //$NON-NLS-1$
	public static final String CURRENT_USER = "preferences.currentUser"; //$NON-NLS-1$
	/** A plug-in's section in a party editor: this prefix and the section's id from its contribution. */
	public static final String PARTY_SECTION_PREFIX = "party.section."; //$NON-NLS-1$
	/** The note shown instead of a plug-in's section that failed: this prefix and the section's id. */
	public static final String PARTY_SECTION_FAILED_PREFIX = "party.sectionFailed."; //$NON-NLS-1$
	public static final String PARTY_FIRST_NAME = "party.firstName"; //$NON-NLS-1$
	public static final String PARTY_LAST_NAME = "party.lastName"; //$NON-NLS-1$
	public static final String PARTY_NAME = "party.name"; //$NON-NLS-1$
	public static final String PARTY_WEBSITE = "party.website"; //$NON-NLS-1$
	public static final String PARTY_NOTES = "party.notes"; //$NON-NLS-1$
	public static final String PARTY_TAGS = "party.tags"; //$NON-NLS-1$
	public static final String PARTY_TAG_CHIPS = "party.tagChips"; //$NON-NLS-1$
	public static final String PARTY_CONTACTS = "party.contacts"; //$NON-NLS-1$
	public static final String PARTY_ADDRESSES = "party.addresses"; //$NON-NLS-1$
	public static final String CONTACTS_ADD_EMAIL = "party.contacts.addEmail"; //$NON-NLS-1$
	public static final String CONTACTS_ADD_PHONE = "party.contacts.addPhone"; //$NON-NLS-1$
	public static final String ADDRESSES_ADD = "party.addresses.add"; //$NON-NLS-1$

	public static final String PERSON_ORGANIZATIONS = "person.organizations"; //$NON-NLS-1$

	public static final String RELATIONSHIPS_TABLE = "relationships.table"; //$NON-NLS-1$
	public static final String RELATIONSHIPS_ADD = "relationships.add"; //$NON-NLS-1$
	public static final String RELATIONSHIPS_EDIT = "relationships.edit"; //$NON-NLS-1$
	public static final String RELATIONSHIPS_REMOVE = "relationships.remove"; //$NON-NLS-1$
	public static final String RELATIONSHIPS_EMPTY = "relationships.empty"; //$NON-NLS-1$
	public static final String RELATIONSHIP_TYPE = "relationship.type"; //$NON-NLS-1$
	public static final String RELATIONSHIP_OTHER = "relationship.other"; //$NON-NLS-1$
	public static final String RELATIONSHIP_CHOOSE = "relationship.choose"; //$NON-NLS-1$
	public static final String RELATIONSHIP_SINCE_KNOWN = "relationship.sinceKnown"; //$NON-NLS-1$
	public static final String RELATIONSHIP_SINCE = "relationship.since"; //$NON-NLS-1$
	public static final String RELATIONSHIP_UNTIL_KNOWN = "relationship.untilKnown"; //$NON-NLS-1$
	public static final String RELATIONSHIP_UNTIL = "relationship.until"; //$NON-NLS-1$
	public static final String RELATIONSHIP_STRENGTH = "relationship.strength"; //$NON-NLS-1$
	public static final String RELATIONSHIP_NOTE = "relationship.note"; //$NON-NLS-1$
	public static final String PICKER_KIND = "picker.kind"; //$NON-NLS-1$

	public static final String NETWORK_CANVAS = "network.canvas"; //$NON-NLS-1$
	public static final String NETWORK_DEPTH = "network.depth"; //$NON-NLS-1$
	public static final String NETWORK_PAST = "network.past"; //$NON-NLS-1$
	public static final String NETWORK_TYPES = "network.types"; //$NON-NLS-1$
	public static final String NETWORK_STATUS = "network.status"; //$NON-NLS-1$
	public static final String INTRODUCTIONS_TABLE = "introductions.table"; //$NON-NLS-1$
	public static final String INTRODUCTIONS_TARGET = "introductions.target"; //$NON-NLS-1$
	public static final String INTRODUCTIONS_TEXT = "introductions.text"; //$NON-NLS-1$
	public static final String INTRODUCTIONS_COPY = "introductions.copy"; //$NON-NLS-1$
	public static final String INTRODUCTIONS_SAVE_NOTE = "introductions.saveNote"; //$NON-NLS-1$
	public static final String INTRODUCTIONS_STATUS = "introductions.status"; //$NON-NLS-1$
	public static final String ORG_CHART_CANVAS = "orgchart.canvas"; //$NON-NLS-1$
	public static final String ORG_CHART_STATUS = "orgchart.status"; //$NON-NLS-1$
	public static final String TYPES_TABLE = "types.table"; //$NON-NLS-1$
	public static final String TYPES_FORWARD = "types.forward"; //$NON-NLS-1$
	public static final String TYPES_INVERSE = "types.inverse"; //$NON-NLS-1$
	public static final String TYPES_SYMMETRIC = "types.symmetric"; //$NON-NLS-1$
	public static final String TYPES_STRENGTH = "types.strength"; //$NON-NLS-1$
	public static final String TYPES_RETIRED = "types.retired"; //$NON-NLS-1$
	public static final String TYPES_ADD = "types.add"; //$NON-NLS-1$
	public static final String WEIGHTS_OURS = "weights.ours"; //$NON-NLS-1$
	public static final String WEIGHTS_HOP = "weights.hop"; //$NON-NLS-1$
	public static final String WEIGHTS_TYPE = "weights.type"; //$NON-NLS-1$
	public static final String WEIGHTS_PAST = "weights.past"; //$NON-NLS-1$
	public static final String WEIGHTS_NON_CUSTOMER = "weights.nonCustomer"; //$NON-NLS-1$
	public static final String WEIGHTS_MAX_HOPS = "weights.maxHops"; //$NON-NLS-1$
	public static final String ORGANIZATION_PEOPLE = "organization.people"; //$NON-NLS-1$
	public static final String AFFILIATION_PERIOD = "affiliations.period"; //$NON-NLS-1$
	public static final String AFFILIATIONS_EMPTY = "affiliations.empty"; //$NON-NLS-1$
	public static final String AFFILIATION_ADD = "affiliations.add"; //$NON-NLS-1$
	public static final String AFFILIATION_EDIT = "affiliations.edit"; //$NON-NLS-1$
	public static final String AFFILIATION_REMOVE = "affiliations.remove"; //$NON-NLS-1$

	public static final String NEW_FIRST_NAME = "newParty.firstName"; //$NON-NLS-1$
	public static final String NEW_LAST_NAME = "newParty.lastName"; //$NON-NLS-1$
	public static final String NEW_NAME = "newParty.name"; //$NON-NLS-1$
	public static final String NEW_WEBSITE = "newParty.website"; //$NON-NLS-1$
	public static final String NEW_EMAIL = "newParty.email"; //$NON-NLS-1$
	public static final String NEW_PHONE = "newParty.phone"; //$NON-NLS-1$
	public static final String NEW_CITY = "newParty.city"; //$NON-NLS-1$

	public static final String AFFILIATION_ROLE = "affiliation.role"; //$NON-NLS-1$
	public static final String AFFILIATION_TITLE = "affiliation.title"; //$NON-NLS-1$
	public static final String AFFILIATION_SINCE_KNOWN = "affiliation.sinceKnown"; //$NON-NLS-1$
	public static final String AFFILIATION_SINCE = "affiliation.since"; //$NON-NLS-1$
	public static final String AFFILIATION_UNTIL_KNOWN = "affiliation.untilKnown"; //$NON-NLS-1$
	public static final String AFFILIATION_UNTIL = "affiliation.until"; //$NON-NLS-1$
	public static final String AFFILIATION_PRIMARY = "affiliation.primary"; //$NON-NLS-1$
	public static final String AFFILIATION_NOTE = "affiliation.note"; //$NON-NLS-1$

	public static final String PICKER_FILTER = "picker.filter"; //$NON-NLS-1$
	public static final String PICKER_TABLE = "picker.table"; //$NON-NLS-1$
	public static final String PICKER_STATUS = "picker.status"; //$NON-NLS-1$

	public static final String TERMS_TABLE = "terms.table"; //$NON-NLS-1$
	public static final String TERMS_RESET = "terms.reset"; //$NON-NLS-1$
	public static final String TERMS_IMPORT = "terms.import"; //$NON-NLS-1$
	public static final String TERMS_EXPORT = "terms.export"; //$NON-NLS-1$

	public static final String DIALOG_OK = "dialog.ok"; //$NON-NLS-1$
	public static final String DIALOG_CANCEL = "dialog.cancel"; //$NON-NLS-1$

	// --- Preferences > Choice Lists and > Fields, FieldDialog (org.vinculo.ui.internal.fields) ---
	public static final String CHOICE_LISTS = "choiceLists.lists"; //$NON-NLS-1$
	public static final String CHOICE_VALUES = "choiceLists.values"; //$NON-NLS-1$
	public static final String CHOICE_ADD = "choiceLists.add"; //$NON-NLS-1$
	public static final String CHOICE_RENAME = "choiceLists.rename"; //$NON-NLS-1$
	public static final String CHOICE_UP = "choiceLists.up"; //$NON-NLS-1$
	public static final String CHOICE_DOWN = "choiceLists.down"; //$NON-NLS-1$
	public static final String CHOICE_RETIRE = "choiceLists.retire"; //$NON-NLS-1$
	public static final String CHOICE_STATUS = "choiceLists.status"; //$NON-NLS-1$
	public static final String FIELDS_ENTITY_TYPE = "fields.entityType"; //$NON-NLS-1$
	public static final String FIELDS_CUSTOM = "fields.custom"; //$NON-NLS-1$
	public static final String FIELDS_ADD = "fields.add"; //$NON-NLS-1$
	public static final String FIELDS_EDIT = "fields.edit"; //$NON-NLS-1$
	public static final String FIELDS_UP = "fields.up"; //$NON-NLS-1$
	public static final String FIELDS_DOWN = "fields.down"; //$NON-NLS-1$
	public static final String FIELDS_RETIRE = "fields.retire"; //$NON-NLS-1$
	public static final String FIELDS_STATUS = "fields.status"; //$NON-NLS-1$
	public static final String FIELDS_BUILT_IN = "fields.builtIn"; //$NON-NLS-1$
	public static final String FIELD_LABEL = "field.label"; //$NON-NLS-1$
	public static final String FIELD_CODE = "field.code"; //$NON-NLS-1$
	public static final String FIELD_TYPE = "field.type"; //$NON-NLS-1$
	public static final String FIELD_REQUIRED = "field.required"; //$NON-NLS-1$
	public static final String FIELD_DEFAULT = "field.default"; //$NON-NLS-1$
	public static final String FIELD_HELP = "field.help"; //$NON-NLS-1$
	public static final String FIELD_HIDDEN = "field.hidden"; //$NON-NLS-1$
	public static final String FIELD_READ_ONLY = "field.readOnly"; //$NON-NLS-1$
	// --- end of fields block ---

	// ---- activities: timeline section, activity dialog, agenda view, reminders (internal.activities) ----
	public static final String ACTIVITIES_TABLE = "activities.table"; //$NON-NLS-1$
	public static final String ACTIVITIES_KIND = "activities.kind"; //$NON-NLS-1$
	public static final String ACTIVITIES_ADD = "activities.add"; //$NON-NLS-1$
	public static final String ACTIVITIES_EDIT = "activities.edit"; //$NON-NLS-1$
	public static final String ACTIVITIES_DONE = "activities.done"; //$NON-NLS-1$
	public static final String ACTIVITIES_DELETE = "activities.delete"; //$NON-NLS-1$
	public static final String ACTIVITIES_EMPTY = "activities.empty"; //$NON-NLS-1$
	public static final String ACTIVITY_KIND = "activity.kind"; //$NON-NLS-1$
	public static final String ACTIVITY_SUBJECT = "activity.subject"; //$NON-NLS-1$
	public static final String ACTIVITY_DATE = "activity.date"; //$NON-NLS-1$
	public static final String ACTIVITY_TIME = "activity.time"; //$NON-NLS-1$
	public static final String ACTIVITY_DURATION = "activity.duration"; //$NON-NLS-1$
	public static final String ACTIVITY_STATUS = "activity.status"; //$NON-NLS-1$
	public static final String ACTIVITY_OWNER = "activity.owner"; //$NON-NLS-1$
	public static final String ACTIVITY_OUTCOME = "activity.outcome"; //$NON-NLS-1$
	public static final String ACTIVITY_PERSON = "activity.person"; //$NON-NLS-1$
	public static final String ACTIVITY_PERSON_CHOOSE = "activity.person.choose"; //$NON-NLS-1$
	public static final String ACTIVITY_PERSON_CLEAR = "activity.person.clear"; //$NON-NLS-1$
	public static final String ACTIVITY_ORGANIZATION = "activity.organization"; //$NON-NLS-1$
	public static final String ACTIVITY_ORGANIZATION_CHOOSE = "activity.organization.choose"; //$NON-NLS-1$
	public static final String ACTIVITY_ORGANIZATION_CLEAR = "activity.organization.clear"; //$NON-NLS-1$
	public static final String AGENDA_OWNER = "agenda.owner"; //$NON-NLS-1$
	public static final String AGENDA_TABLE = "agenda.table"; //$NON-NLS-1$
	public static final String AGENDA_SUMMARY = "agenda.summary"; //$NON-NLS-1$
	public static final String REMINDER_SHELL = "reminder.shell"; //$NON-NLS-1$
	public static final String REMINDER_SUBJECT = "reminder.subject"; //$NON-NLS-1$
	public static final String REMINDER_TIME = "reminder.time"; //$NON-NLS-1$
	public static final String REMINDER_PARTY = "reminder.party"; //$NON-NLS-1$
	public static final String REMINDER_OPEN_AGENDA = "reminder.openAgenda"; //$NON-NLS-1$
	public static final String REMINDER_DONE = "reminder.done"; //$NON-NLS-1$
	public static final String REMINDER_DISMISS = "reminder.dismiss"; //$NON-NLS-1$
	// ---- end of activities ----

	private WidgetIds() {
	}

	/** Tags {@code widget} with {@code id} and returns it. */
	public static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}
}
