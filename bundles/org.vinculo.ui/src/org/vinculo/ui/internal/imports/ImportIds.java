package org.vinculo.ui.internal.imports;

/**
 * Stable ids of CSV and vCard import and export: the commands, the widgets of
 * the import wizard and of the Import Report view (stored under
 * {@link org.vinculo.ui.WidgetIds#KEY} like every other id), and the job
 * families, so that UI tests find widgets and wait for work.
 */
public final class ImportIds {

	// ---- commands ----
	public static final String IMPORT_CSV_COMMAND = "org.vinculo.ui.commands.importCsv"; //$NON-NLS-1$
	public static final String IMPORT_VCARD_COMMAND = "org.vinculo.ui.commands.importVCard"; //$NON-NLS-1$
	public static final String EXPORT_VCARD_COMMAND = "org.vinculo.ui.commands.exportVCard"; //$NON-NLS-1$
	/** The export command's optional parameter: {@code 3.0} or {@code 4.0}; without it the user is asked. */
	public static final String VCARD_VERSION_PARAMETER = "org.vinculo.ui.commands.exportVCard.version"; //$NON-NLS-1$

	// ---- import wizard, file page ----
	public static final String FILE_PATH = "importWizard.file"; //$NON-NLS-1$
	public static final String FILE_BROWSE = "importWizard.browse"; //$NON-NLS-1$
	public static final String ENCODING = "importWizard.encoding"; //$NON-NLS-1$
	public static final String DELIMITER = "importWizard.delimiter"; //$NON-NLS-1$
	public static final String QUOTE = "importWizard.quote"; //$NON-NLS-1$
	public static final String HEADER = "importWizard.header"; //$NON-NLS-1$
	public static final String PREVIEW = "importWizard.preview"; //$NON-NLS-1$

	// ---- import wizard, mapping page ----
	public static final String MAPPING = "importWizard.mapping"; //$NON-NLS-1$
	public static final String PERSON_MATCH = "importWizard.personMatch"; //$NON-NLS-1$
	public static final String ORGANIZATION_MATCH = "importWizard.organizationMatch"; //$NON-NLS-1$
	public static final String DEFAULT_ROLE = "importWizard.defaultRole"; //$NON-NLS-1$
	public static final String DATES = "importWizard.dates"; //$NON-NLS-1$
	public static final String SAVED_MAPPINGS = "importWizard.savedMappings"; //$NON-NLS-1$
	public static final String SAVE_MAPPING = "importWizard.saveMapping"; //$NON-NLS-1$
	public static final String DELETE_MAPPING = "importWizard.deleteMapping"; //$NON-NLS-1$
	public static final String DRY_RUN = "importWizard.dryRun"; //$NON-NLS-1$
	public static final String DRY_RUN_RESULT = "importWizard.dryRunResult"; //$NON-NLS-1$
	public static final String DRY_RUN_REJECTIONS = "importWizard.dryRunRejections"; //$NON-NLS-1$

	// ---- import wizard, buttons ----
	public static final String BACK = "importWizard.back"; //$NON-NLS-1$
	public static final String NEXT = "importWizard.next"; //$NON-NLS-1$
	public static final String FINISH = "importWizard.finish"; //$NON-NLS-1$
	public static final String CANCEL = "importWizard.cancel"; //$NON-NLS-1$

	// ---- Import Report view ----
	public static final String BANNER = "importReport.banner"; //$NON-NLS-1$
	public static final String TOTALS = "importReport.totals"; //$NON-NLS-1$
	public static final String DETAILS = "importReport.details"; //$NON-NLS-1$
	public static final String REJECTIONS = "importReport.rejections"; //$NON-NLS-1$
	public static final String SAVE_REJECTIONS = "importReport.saveRejections"; //$NON-NLS-1$
	public static final String RECENT = "importReport.recent"; //$NON-NLS-1$
	public static final String RESUME = "importReport.resume"; //$NON-NLS-1$
	public static final String ROLL_BACK = "importReport.rollBack"; //$NON-NLS-1$
	public static final String REFRESH = "importReport.refresh"; //$NON-NLS-1$

	// ---- job families ----
	/** Imports, resumed imports, vCard imports and roll-backs: everything that writes records. */
	public static final Object IMPORT_JOBS = new Object();
	/** Reads: sniffing and previewing files, guessing mappings, dry runs, the report view's lists. */
	public static final Object READ_JOBS = new Object();
	/** vCard exports. */
	public static final Object EXPORT_JOBS = new Object();

	private ImportIds() {
	}
}
