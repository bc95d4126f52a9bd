package org.vinculo.ui.internal.dedupe;

import java.text.MessageFormat;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of duplicate detection and merging: the Possible
 * Duplicates view, its merge history, the merge dialog and the hint of the
 * create dialogs; Spanish in messages_es.properties.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.ui.internal.dedupe.messages"; //$NON-NLS-1$

	public static String Duplicates_tab;
	public static String Duplicates_historyTab;
	public static String Duplicates_kindPersons;
	public static String Duplicates_kindOrganizations;
	public static String Duplicates_kindPersonsLower;
	public static String Duplicates_kindOrganizationsLower;
	public static String Duplicates_scan;
	public static String Duplicates_cancelScan;
	public static String Duplicates_scanJob;
	public static String Duplicates_ready;
	public static String Duplicates_scanning;
	public static String Duplicates_status;
	public static String Duplicates_mergedSince;
	public static String Duplicates_cancelled;
	public static String Duplicates_failed;
	public static String Duplicates_columnScore;
	public static String Duplicates_columnFirst;
	public static String Duplicates_columnSecond;
	public static String Duplicates_columnWhy;
	public static String Duplicates_merge;
	public static String Duplicates_openBoth;
	public static String Duplicates_help;

	public static String History_columnWhen;
	public static String History_columnKept;
	public static String History_columnMerged;
	public static String History_columnMoved;
	public static String History_columnBy;
	public static String History_columnUndone;
	public static String History_undo;
	public static String History_refresh;
	public static String History_loadJob;
	public static String History_loadFailed;
	public static String History_undoTitle;
	public static String History_undoQuestion;
	public static String History_undoButton;
	public static String History_cancel;
	public static String History_undoJob;
	public static String History_undoFailedTitle;
	public static String History_undone;

	public static String Merge_title;
	public static String Merge_message;
	public static String Merge_keep;
	public static String Merge_recordLabel;
	public static String Merge_reading;
	public static String Merge_moves;
	public static String Merge_movesItem;
	public static String Merge_movesNothing;
	public static String Merge_kept;
	public static String Merge_columnField;
	public static String Merge_columnKept;
	public static String Merge_columnOther;
	public static String Merge_noDifferences;
	public static String Merge_empty;
	public static String Merge_button;
	public static String Merge_merging;
	public static String Merge_job;
	public static String Merge_loadJob;
	public static String Merge_staleTitle;
	public static String Merge_stale;
	public static String Merge_gone;
	public static String Merge_differentKinds;
	public static String Merge_dirtyTitle;
	public static String Merge_dirtyQuestion;
	public static String Merge_selectTwo;

	public static String Hint_match;
	public static String Hint_open;
	public static String Hint_job;

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
