package org.vinculo.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the workbench bundle; Spanish in messages_es.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.ui.internal.messages"; //$NON-NLS-1$

	public static String Window_title;
	public static String Menu_file;
	public static String Menu_window;
	public static String Menu_help;
	public static String DemoJob_name;
	public static String Application_workspaceInUseTitle;
	public static String Application_workspaceInUse;
	public static String CoreServices_missing;
	public static String CoreServices_failed;

	public static String PartiesView_filterHint;
	public static String PartiesView_kindAll;
	public static String PartiesView_kindPersons;
	public static String PartiesView_kindOrganizations;
	public static String PartiesView_columnName;
	public static String PartiesView_columnKind;
	public static String PartiesView_columnEmail;
	public static String PartiesView_columnPhone;
	public static String PartiesView_columnCity;
	public static String PartiesView_searching;
	public static String PartiesView_status;
	public static String PartiesView_statusLimited;
	public static String PartiesView_indexing;
	public static String RebuildIndex_job;
	public static String RebuildIndex_done;
	public static String PartiesView_empty;
	public static String PartiesView_searchJob;
	public static String PartiesView_searchFailed;

	public static String Kind_person;
	public static String Kind_organization;

	public static String Editor_loadJob;
	public static String Editor_loading;
	public static String Editor_missing;
	public static String Editor_sectionDetails;
	public static String Editor_firstName;
	public static String Editor_lastName;
	public static String Editor_organizationName;
	public static String Editor_website;
	public static String Editor_email;
	public static String Editor_phone;
	public static String Editor_city;
	public static String Editor_notes;
	public static String Editor_sectionOrganizations;
	public static String Editor_sectionOrganizationsHint;
	public static String Editor_sectionPeople;
	public static String Editor_sectionPeopleHint;
	public static String Editor_period;
	public static String Editor_periodCurrent;
	public static String Editor_periodPast;
	public static String Editor_periodAll;
	public static String Editor_columnOrganization;
	public static String Editor_columnPerson;
	public static String Editor_columnRole;
	public static String Editor_columnTitle;
	public static String Editor_columnSince;
	public static String Editor_columnUntil;
	public static String Editor_columnStatus;
	public static String Editor_columnPrimary;
	public static String Editor_statusCurrent;
	public static String Editor_statusPast;
	public static String Editor_statusFuture;
	public static String Editor_primaryYes;
	public static String Editor_noPeople;
	public static String Editor_noOrganizations;
	public static String Editor_saveFailedTitle;
	public static String Editor_fixErrors;

	public static String Menu_edit;
	public static String Menu_navigate;
	public static String NewParty_personTitle;
	public static String NewParty_organizationTitle;
	public static String NewParty_personMessage;
	public static String NewParty_organizationMessage;
	public static String Affiliation_newTitle;
	public static String Affiliation_editTitle;
	public static String Affiliation_message;
	public static String Affiliation_role;
	public static String Affiliation_primary;
	public static String Affiliation_primaryHint;
	public static String Affiliation_dateKnown;
	public static String Affiliation_sameKind;
	public static String Affiliation_removeTitle;
	public static String Affiliation_removeQuestion;
	public static String Picker_personTitle;
	public static String Picker_organizationTitle;
	public static String Picker_personFor;
	public static String Picker_organizationFor;
	public static String Picker_deleted;
	public static String Delete_title;
	public static String Delete_question;
	public static String Delete_questionWithLinks;
	public static String Delete_affiliationLine;
	public static String Delete_andMore;
	public static String Delete_button;
	public static String Delete_cancel;
	public static String Editor_linkPerson;
	public static String Editor_linkOrganization;
	public static String Editor_editAffiliation;
	public static String Editor_removeAffiliation;
	public static String Editor_openCounterpart;

	public static String Conflict_title;
	public static String Conflict_message;
	public static String Conflict_field;
	public static String Conflict_original;
	public static String Conflict_yours;
	public static String Conflict_theirs;
	public static String Conflict_result;
	public static String Conflict_empty;
	public static String Conflict_save;
	public static String Conflict_deleted;

	public static String Editor_sectionContact;
	public static String Editor_contactPoints;
	public static String Editor_addresses;
	public static String Editor_tags;
	public static String Editor_columnChannel;
	public static String Editor_columnType;
	public static String Editor_columnValue;
	public static String Editor_columnStreet;
	public static String Editor_columnPostalCode;
	public static String Editor_columnCity;
	public static String Editor_columnRegion;
	public static String Editor_columnCountry;
	public static String Editor_addEmail;
	public static String Editor_addPhone;
	public static String Editor_addAddress;
	public static String Editor_removeRow;
	public static String Contact_email;
	public static String Contact_phone;
	public static String Contact_work;
	public static String Contact_home;
	public static String Contact_mobile;
	public static String Contact_other;

	public static String PartiesView_title;
	public static String Editor_heading;
	public static String Command_newPerson;
	public static String Command_newOrganization;
	public static String Command_newPersonName;
	public static String Command_newOrganizationName;
	public static String Command_newPersonTooltip;
	public static String Command_newOrganizationTooltip;
	public static String Command_link;
	public static String Terms_intro;
	public static String Terms_plugin;
	public static String Terms_term;
	public static String Terms_englishSingular;
	public static String Terms_englishPlural;
	public static String Terms_spanishSingular;
	public static String Terms_spanishPlural;
	public static String Terms_spanishGender;
	public static String Terms_tableHint;
	public static String Terms_reset;
	public static String Terms_import;
	public static String Terms_export;
	public static String Terms_formRequired;
	public static String Terms_masculine;
	public static String Terms_feminine;
	public static String Terms_neuter;
	public static String Terms_ioFailed;

	public static String Action_save;
	public static String Action_saveAll;
	public static String Action_close;
	public static String Action_exit;
	public static String Action_resetPerspective;
	public static String Action_about;
	public static String Action_preferences;
	public static String Action_back;
	public static String Action_forward;

	public static String Dialog_ok;
	public static String Dialog_cancel;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
