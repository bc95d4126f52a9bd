package org.vinculo.core.exchange.internal;

import org.eclipse.osgi.util.NLS;

/** Translated strings of imports and exports: problems of rejected rows, progress. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.core.exchange.internal.messages"; //$NON-NLS-1$

	public static String Import_column;
	public static String Import_task;
	public static String Import_progress;
	public static String Import_notResumable;
	public static String Import_fileGone;
	public static String Import_lineHeader;
	public static String Import_problemsHeader;
	public static String Import_organizationNameMissing;
	public static String Import_unknownRole;
	public static String Import_tooLong;
	public static String Import_untilBeforeSince;
	public static String Import_linkWithoutPerson;
	public static String Import_nothingMapped;
	public static String Import_unknownField;
	public static String Import_badDate;
	public static String VCard_task;
	public static String VCard_exportTask;
	public static String VCard_noName;
	public static String VCard_unreadable;
	public static String VCard_card;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
