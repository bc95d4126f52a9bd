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

	public static final String PARTY_FORM = "party.form"; //$NON-NLS-1$
	public static final String PARTY_FIRST_NAME = "party.firstName"; //$NON-NLS-1$
	public static final String PARTY_LAST_NAME = "party.lastName"; //$NON-NLS-1$
	public static final String PARTY_NAME = "party.name"; //$NON-NLS-1$
	public static final String PARTY_WEBSITE = "party.website"; //$NON-NLS-1$
	public static final String PARTY_NOTES = "party.notes"; //$NON-NLS-1$
	public static final String PARTY_TAGS = "party.tags"; //$NON-NLS-1$
	public static final String PARTY_CONTACTS = "party.contacts"; //$NON-NLS-1$
	public static final String PARTY_ADDRESSES = "party.addresses"; //$NON-NLS-1$
	public static final String CONTACTS_ADD_EMAIL = "party.contacts.addEmail"; //$NON-NLS-1$
	public static final String CONTACTS_ADD_PHONE = "party.contacts.addPhone"; //$NON-NLS-1$
	public static final String ADDRESSES_ADD = "party.addresses.add"; //$NON-NLS-1$

	public static final String PERSON_ORGANIZATIONS = "person.organizations"; //$NON-NLS-1$
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

	private WidgetIds() {
	}

	/** Tags {@code widget} with {@code id} and returns it. */
	public static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}
}
