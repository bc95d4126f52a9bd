package org.vinculo.ui.internal.dedupe;

/**
 * Stable widget ids of duplicate detection and merging, stored under
 * {@link org.vinculo.ui.WidgetIds#KEY} like every other id, and the job
 * families, so that UI tests find widgets and wait for work.
 */
public final class DedupeIds {

	// ---- Possible Duplicates view ----
	public static final String TABS = "duplicates.tabs"; //$NON-NLS-1$
	public static final String KIND = "duplicates.kind"; //$NON-NLS-1$
	public static final String SCAN = "duplicates.scan"; //$NON-NLS-1$
	public static final String STATUS = "duplicates.status"; //$NON-NLS-1$
	public static final String TABLE = "duplicates.table"; //$NON-NLS-1$
	public static final String MERGE = "duplicates.merge"; //$NON-NLS-1$
	public static final String OPEN_BOTH = "duplicates.openBoth"; //$NON-NLS-1$
	public static final String HISTORY_TABLE = "mergeHistory.table"; //$NON-NLS-1$
	public static final String HISTORY_UNDO = "mergeHistory.undo"; //$NON-NLS-1$
	public static final String HISTORY_REFRESH = "mergeHistory.refresh"; //$NON-NLS-1$

	// ---- merge dialog ----
	/** The radio keeping the pair's first record (the older, lower id), and the second's. */
	public static final String KEEP_FIRST = "merge.keepFirst"; //$NON-NLS-1$
	public static final String KEEP_SECOND = "merge.keepSecond"; //$NON-NLS-1$
	public static final String MOVES = "merge.moves"; //$NON-NLS-1$
	/**
	 * A differing field's radios: this prefix, the field code and {@code .survivor}
	 * or {@code .loser} ("merge.field.firstName.loser"), see {@link #fieldChoice}.
	 */
	public static final String FIELD_PREFIX = "merge.field."; //$NON-NLS-1$
	public static final String SURVIVOR = "survivor"; //$NON-NLS-1$
	public static final String LOSER = "loser"; //$NON-NLS-1$

	// ---- hint of the create dialogs ----
	public static final String HINT = "newParty.duplicateHint"; //$NON-NLS-1$
	/** Per similar record, its warning: this prefix and its rank, from 0 ("newParty.duplicateHint.text.0"). */
	public static final String HINT_TEXT_PREFIX = "newParty.duplicateHint.text."; //$NON-NLS-1$
	/** Per similar record, the link opening it: this prefix and its rank, from 0. */
	public static final String HINT_OPEN_PREFIX = "newParty.duplicateHint.open."; //$NON-NLS-1$

	// ---- job families ----
	/** Scans of the Possible Duplicates view. */
	public static final Object SCAN_JOBS = new Object();
	/** Reads: the merge history, and the records the merge dialog shows. */
	public static final Object READ_JOBS = new Object();
	/** Writes: merges and undos. */
	public static final Object WRITE_JOBS = new Object();
	/** The create dialogs' look-ups of similar records. */
	public static final Object HINT_JOBS = new Object();

	private DedupeIds() {
	}

	/** The id of a differing field's radio in the merge dialog; {@code side} is {@link #SURVIVOR} or {@link #LOSER}. */
	public static String fieldChoice(String fieldCode, String side) {
		return FIELD_PREFIX + fieldCode + '.' + side;
	}
}
