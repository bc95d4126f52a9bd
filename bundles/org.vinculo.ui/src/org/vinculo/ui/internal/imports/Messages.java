package org.vinculo.ui.internal.imports;

import java.text.MessageFormat;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of CSV and vCard import and export: the import
 * wizard, the Import Report view and the vCard commands; Spanish in
 * messages_es.properties.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.ui.internal.imports.messages"; //$NON-NLS-1$

	public static String Wizard_title;
	public static String Wizard_back;
	public static String Wizard_next;
	public static String Wizard_finish;
	public static String Wizard_cancel;

	public static String File_title;
	public static String File_description;
	public static String File_path;
	public static String File_browse;
	public static String File_filterCsv;
	public static String File_filterAll;
	public static String File_encoding;
	public static String File_encodingDetect;
	public static String File_encodingDetected;
	public static String File_encodingUtf8;
	public static String File_encodingUtf16;
	public static String File_encodingWindows;
	public static String File_delimiter;
	public static String File_delimiterComma;
	public static String File_delimiterSemicolon;
	public static String File_delimiterTab;
	public static String File_delimiterBar;
	public static String File_quote;
	public static String File_quoteDouble;
	public static String File_quoteSingle;
	public static String File_quoteNone;
	public static String File_header;
	public static String File_preview;
	public static String File_reading;
	public static String File_readJob;
	public static String File_missing;
	public static String File_unreadable;
	public static String File_empty;

	public static String Mapping_title;
	public static String Mapping_description;
	public static String Mapping_reading;
	public static String Mapping_loadJob;
	public static String Mapping_failed;
	public static String Mapping_columnColumn;
	public static String Mapping_columnSamples;
	public static String Mapping_columnTarget;
	public static String Mapping_nothing;
	public static String Mapping_twice;
	public static String Mapping_options;
	public static String Mapping_personMatch;
	public static String Mapping_organizationMatch;
	public static String Mapping_matchLink;
	public static String Mapping_matchCreate;
	public static String Mapping_matchEnrich;
	public static String Mapping_defaultRole;
	public static String Mapping_dates;
	public static String Mapping_dayFirst;
	public static String Mapping_monthFirst;
	public static String Mapping_saved;
	public static String Mapping_save;
	public static String Mapping_delete;
	public static String Mapping_dryRun;
	public static String Mapping_cancelDryRun;
	public static String Mapping_dryRunHint;
	public static String Mapping_dryRunJob;
	public static String Mapping_dryRunning;
	public static String Mapping_dryRunResult;
	public static String Mapping_dryRunStopped;
	public static String Mapping_dryRunCancelled;
	public static String Mapping_dryRunFailed;

	public static String Saved_title;
	public static String Saved_question;
	public static String Saved_nameEmpty;
	public static String Saved_nameSlash;
	public static String Saved_replace;
	public static String Saved_saved;
	public static String Saved_applied;
	public static String Saved_unreadable;
	public static String Saved_otherWidth;
	public static String Saved_unknownFields;
	public static String Saved_deleteTitle;
	public static String Saved_deleteQuestion;

	public static String Target_ignore;
	public static String Target_person;
	public static String Target_organization;
	public static String Target_affiliation;

	public static String Field_firstName;
	public static String Field_lastName;
	public static String Field_fullName;
	public static String Field_name;
	public static String Field_email;
	public static String Field_email2;
	public static String Field_phone;
	public static String Field_mobile;
	public static String Field_website;
	public static String Field_street;
	public static String Field_postalCode;
	public static String Field_city;
	public static String Field_region;
	public static String Field_country;
	public static String Field_notes;
	public static String Field_tags;
	public static String Field_role;
	public static String Field_title;
	public static String Field_since;
	public static String Field_until;

	public static String Job_import;
	public static String Job_resume;
	public static String Job_importCards;
	public static String Job_failed;

	public static String Report_title;
	public static String Report_nothing;
	public static String Report_nothingHint;
	public static String Report_totals;
	public static String Report_details;
	public static String Report_cancelled;
	public static String Report_columnLine;
	public static String Report_columnProblems;
	public static String Report_columnValues;
	public static String Report_saveRejections;
	public static String Report_saveRejectionsHint;
	public static String Report_rejectedFileName;
	public static String Report_saveJob;
	public static String Report_saved;
	public static String Report_saveFailed;
	public static String Report_recent;
	public static String Report_columnFile;
	public static String Report_columnStarted;
	public static String Report_columnStatus;
	public static String Report_columnRead;
	public static String Report_columnImported;
	public static String Report_columnLinked;
	public static String Report_columnRejected;
	public static String Report_resume;
	public static String Report_rollBack;
	public static String Report_refresh;
	public static String Report_readJob;
	public static String Report_readFailed;
	public static String Report_banner;
	public static String Report_bannerCards;
	public static String Report_bannerMore;
	public static String Report_rollBackTitle;
	public static String Report_rollBackQuestion;
	public static String Report_rollBackButton;
	public static String Report_cancel;
	public static String Report_rollBackJob;
	public static String Report_rolledBack;
	public static String Report_rollBackFailed;

	public static String Status_running;
	public static String Status_interrupted;
	public static String Status_cancelled;
	public static String Status_finished;
	public static String Status_rolledBack;

	public static String VCard_importTitle;
	public static String VCard_exportTitle;
	public static String VCard_filter;
	public static String VCard_selectPersons;
	public static String VCard_versionQuestion;
	public static String VCard_version4;
	public static String VCard_version3;
	public static String VCard_cancel;
	public static String VCard_defaultFileName;
	public static String VCard_exportJob;
	public static String VCard_exported;
	public static String VCard_exportFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** For patterns with numbers and plurals ({@code {0,choice,...}}), which {@link NLS#bind} does not read. */
	public static String format(String pattern, Object... arguments) {
		return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
	}
}
