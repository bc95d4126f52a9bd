package org.vinculo.ui.internal.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.vinculo.core.exchange.CsvPreview;
import org.vinculo.core.exchange.ImportReport;
import org.vinculo.core.exchange.ImportSettings;
import org.vinculo.core.exchange.ImportSettings.Match;
import org.vinculo.core.exchange.ImportTarget;
import org.vinculo.core.imports.ImportRejection;
import org.vinculo.core.imports.ImportRun.Counts;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Terms;

/**
 * The second page: where each column goes, guessed from the headers and
 * corrected in the table; what to do with rows whose records are on file
 * already; the default role and how to read dates. Mappings can be saved for
 * the next file of the same kind, and a dry run tells what the import would do
 * before anything is written.
 */
final class MappingPage extends WizardPage {

	private static final String VIEWER_KEY = "org.vinculo.viewer"; //$NON-NLS-1$
	private static final int SAMPLE_VALUES = 3;
	private static final int DRY_RUN_REJECTIONS = 20;
	private static final Match[] PERSON_MATCHES = { Match.LINK, Match.CREATE, Match.ENRICH };
	private static final Match[] ORGANIZATION_MATCHES = { Match.LINK, Match.CREATE };

	/** One column of the file and where it goes; {@code target} is {@code null} for an ignored column. */
	static final class ColumnRow {
		final int index;
		final String header;
		final String samples;
		ImportTarget target;

		ColumnRow(int index, String header, String samples, ImportTarget target) {
			this.index = index;
			this.header = header;
			this.samples = samples;
			this.target = target;
		}
	}

	/** What the page reads before it can show the mapping. */
	private record Loaded(ImportSettings guess, CustomFields custom, List<AffiliationRole> roles) {
	}

	private TableViewer mapping;
	private ComboBoxCellEditor targetEditor;
	private Combo personMatch;
	private Combo organizationMatch;
	private Combo defaultRole;
	private Combo dates;
	private Combo saved;
	private Button deleteMapping;
	private Button dryRun;
	private ProgressBar dryRunProgress;
	private Label dryRunResult;
	private TableViewer dryRunRejections;

	private List<ColumnRow> rows = List.of();
	private TargetChoices choices = TargetChoices.of(List.of(), CustomFields.NONE);
	private CustomFields custom = CustomFields.NONE;
	private List<AffiliationRole> roles = List.of();
	/** The file and columns the mapping is for; {@code null} until one is shown. */
	private String loadedFor;
	private int loads;
	private Job load;
	private Job dryRunJob;

	MappingPage() {
		super("mapping"); //$NON-NLS-1$
		setTitle(Messages.Mapping_title);
		setDescription(Messages.Mapping_description);
		setPageComplete(false);
	}

	private ImportWizard wizard() {
		return (ImportWizard) getWizard();
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).spacing(8, 6).applyTo(page);
		createMapping(page);
		createOptions(page);
		createSaved(page);
		createDryRun(page);
		setControl(page);
	}

	private void createMapping(Composite page) {
		mapping = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		WidgetIds.tag(mapping.getTable(), ImportIds.MAPPING);
		mapping.getTable().setData(VIEWER_KEY, mapping); // tests edit cells through it
		mapping.getTable().setHeaderVisible(true);
		mapping.getTable().setLinesVisible(true);
		mapping.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(600, 150).applyTo(mapping.getControl());
		// in the order of ImportWizard.COLUMN, SAMPLES and TARGET
		Columns.<ColumnRow>add(mapping, Messages.Mapping_columnColumn, 160, r -> Values.oneLine(r.header), null);
		Columns.<ColumnRow>add(mapping, Messages.Mapping_columnSamples, 240, r -> r.samples, null);
		Columns.<ColumnRow>add(mapping, Messages.Mapping_columnTarget, 220, r -> choices.label(r.target), null)
				.setEditingSupport(new TargetEditing());
	}

	/** The target column: a drop-down of every target. */
	private final class TargetEditing extends EditingSupport {
		TargetEditing() {
			super(mapping);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (targetEditor == null) {
				targetEditor = new ComboBoxCellEditor(mapping.getTable(), choices.labels(), SWT.READ_ONLY);
			}
			return targetEditor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return Math.max(0, choices.indexOf(((ColumnRow) element).target));
		}

		@Override
		protected void setValue(Object element, Object value) {
			ColumnRow row = (ColumnRow) element;
			ImportTarget target = value instanceof Integer index ? choices.at(index) : row.target;
			if (!Objects.equals(target, row.target)) {
				row.target = target;
				mapping.update(row, null);
				mappingChanged();
			}
		}
	}

	private void createOptions(Composite page) {
		Group options = new Group(page, SWT.NONE);
		options.setText(Messages.Mapping_options);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(options);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 4).applyTo(options);
		personMatch = option(options, Terms.format(Messages.Mapping_personMatch), ImportIds.PERSON_MATCH,
				Messages.Mapping_matchLink, Messages.Mapping_matchCreate, Messages.Mapping_matchEnrich);
		organizationMatch = option(options, Terms.format(Messages.Mapping_organizationMatch),
				ImportIds.ORGANIZATION_MATCH, Messages.Mapping_matchLink, Messages.Mapping_matchCreate);
		defaultRole = option(options, Terms.format(Messages.Mapping_defaultRole), ImportIds.DEFAULT_ROLE);
		dates = option(options, Messages.Mapping_dates, ImportIds.DATES, Messages.Mapping_dayFirst,
				Messages.Mapping_monthFirst);
	}

	private Combo option(Composite parent, String label, String id, String... items) {
		Label text = new Label(parent, SWT.NONE);
		text.setText(label);
		Combo combo = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), id);
		combo.setItems(items);
		if (items.length > 0) {
			combo.select(0);
		}
		combo.addListener(SWT.Selection, e -> optionsChanged());
		GridDataFactory.swtDefaults().hint(190, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	private void createSaved(Composite page) {
		Label label = new Label(page, SWT.NONE);
		label.setText(Messages.Mapping_saved);
		saved = WidgetIds.tag(new Combo(page, SWT.READ_ONLY), ImportIds.SAVED_MAPPINGS);
		GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(saved);
		saved.addListener(SWT.Selection, e -> applySaved());
		Button save = WidgetIds.tag(new Button(page, SWT.PUSH), ImportIds.SAVE_MAPPING);
		save.setText(Messages.Mapping_save);
		save.addListener(SWT.Selection, e -> saveMapping());
		deleteMapping = WidgetIds.tag(new Button(page, SWT.PUSH), ImportIds.DELETE_MAPPING);
		deleteMapping.setText(Messages.Mapping_delete);
		deleteMapping.addListener(SWT.Selection, e -> deleteMapping());
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(deleteMapping);
		fillSaved(null);
	}

	private void createDryRun(Composite page) {
		dryRun = WidgetIds.tag(new Button(page, SWT.PUSH), ImportIds.DRY_RUN);
		dryRun.setText(Messages.Mapping_dryRun);
		dryRun.setToolTipText(Messages.Mapping_dryRunHint);
		dryRun.addListener(SWT.Selection, e -> dryRunOrCancel());
		dryRunProgress = new ProgressBar(page, SWT.HORIZONTAL | SWT.SMOOTH);
		GridDataFactory.swtDefaults().hint(120, SWT.DEFAULT).applyTo(dryRunProgress);
		dryRunProgress.setVisible(false);
		dryRunResult = WidgetIds.tag(new Label(page, SWT.WRAP), ImportIds.DRY_RUN_RESULT);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).align(SWT.FILL, SWT.CENTER).hint(300, SWT.DEFAULT)
				.applyTo(dryRunResult);
		dryRunRejections = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		WidgetIds.tag(dryRunRejections.getTable(), ImportIds.DRY_RUN_REJECTIONS);
		dryRunRejections.getTable().setHeaderVisible(true);
		dryRunRejections.getTable().setLinesVisible(true);
		dryRunRejections.setContentProvider(ArrayContentProvider.getInstance());
		Columns.<ImportRejection>add(dryRunRejections, Messages.Report_columnLine, 60, r -> Long.toString(r.line()),
				null);
		Columns.<ImportRejection>add(dryRunRejections, Messages.Report_columnProblems, 520, ImportRejection::describe,
				null);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(600, 80).applyTo(dryRunRejections.getControl());
		setDryRunShown(false);
	}

	private void setDryRunShown(boolean shown) {
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(600, 80).exclude(!shown)
				.applyTo(dryRunRejections.getControl());
		dryRunRejections.getControl().setVisible(shown);
		dryRunRejections.getControl().getParent().layout(true);
	}

	// ---- loading -------------------------------------------------------------------------------

	/** What the mapping is for: the file and its columns; a different key needs a new mapping. */
	private static String keyOf(Path file, CsvPreview preview) {
		return file + "\n" + preview.header() + "\n" + String.join("\n", preview.headers()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The file page shows another file or other columns, or is reading: the mapping may no longer fit. */
	void previewChanged() {
		CsvPreview preview = wizard().preview();
		boolean fits = preview != null && keyOf(wizard().file(), preview).equals(loadedFor);
		setPageComplete(fits && validate(false));
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (!visible) {
			return;
		}
		CsvPreview preview = wizard().preview();
		if (preview == null) {
			return; // cannot happen: the file page is complete before Next
		}
		String key = keyOf(wizard().file(), preview);
		if (!key.equals(loadedFor)) {
			load(key, preview);
		}
		mapping.getControl().setFocus();
	}

	/** Guesses the mapping of a newly chosen file, with the custom fields and roles it can go into. */
	private void load(String key, CsvPreview preview) {
		int sequence = ++loads;
		if (load != null) {
			load.cancel();
		}
		cancelDryRun();
		setPageComplete(false);
		setErrorMessage(null);
		setMessage(Messages.Mapping_reading);
		load = Background.start(Messages.Mapping_loadJob, ImportIds.READ_JOBS, mapping.getControl(),
				monitor -> new Loaded(CoreServices.imports().guessMapping(preview),
						CustomFields.read(CoreServices.fields()), CoreServices.affiliations().roles(false)),
				loaded -> show(sequence, key, preview, loaded), e -> failed(sequence, e));
	}

	private void failed(int sequence, Exception e) {
		if (sequence == loads) {
			load = null;
			setMessage(null);
			setErrorMessage(NLS.bind(Messages.Mapping_failed, Background.message(e)));
		}
	}

	private void show(int sequence, String key, CsvPreview preview, Loaded loaded) {
		if (sequence != loads) {
			return;
		}
		load = null;
		setMessage(null);
		custom = loaded.custom();
		roles = loaded.roles().stream().filter(r -> r.getCode() != null).toList();
		List<ImportTarget> guessed = loaded.guess().getTargets();
		List<ColumnRow> columns = new ArrayList<>();
		for (int i = 0; i < preview.headers().size(); i++) {
			ImportTarget target = i < guessed.size() ? guessed.get(i) : null;
			columns.add(new ColumnRow(i, preview.headers().get(i), Values.samples(preview.rows(), i, SAMPLE_VALUES),
					target));
		}
		rows = columns;
		useChoices(TargetChoices.of(guessed, custom));
		for (ColumnRow row : rows) {
			if (choices.indexOf(row.target) < 0) {
				row.target = null; // a guess the choices do not offer cannot be shown, so is not made
			}
		}
		mapping.setInput(rows);
		String[] roleLabels = roles.stream().map(AffiliationRole::getLabel).toArray(String[]::new);
		defaultRole.setItems(roleLabels);
		showOptions(loaded.guess());
		loadedFor = key;
		clearDryRun();
		setPageComplete(validate(true));
	}

	private void useChoices(TargetChoices newChoices) {
		choices = newChoices;
		if (targetEditor != null) {
			targetEditor.setItems(choices.labels());
		}
	}

	private void showOptions(ImportSettings settings) {
		personMatch.select(Math.max(0, List.of(PERSON_MATCHES).indexOf(settings.getPersonMatch())));
		// Merge is taken as Link for organizations
		organizationMatch.select(settings.getOrganizationMatch() == Match.CREATE ? 1 : 0);
		int role = 0;
		for (int i = 0; i < roles.size(); i++) {
			if (roles.get(i).getCode().equals(settings.getDefaultRole())) {
				role = i;
			}
		}
		if (!roles.isEmpty()) {
			defaultRole.select(role);
		}
		dates.select(settings.isMonthFirst() ? 1 : 0);
	}

	// ---- the mapping as chosen -----------------------------------------------------------------

	/** Everything the import needs: the file page's format, then this page's mapping and options. */
	ImportSettings settings() {
		ImportSettings settings = wizard().format();
		List<ImportTarget> targets = new ArrayList<>();
		rows.forEach(row -> targets.add(row.target));
		settings.setTargets(targets);
		settings.setPersonMatch(PERSON_MATCHES[Math.max(0, personMatch.getSelectionIndex())]);
		settings.setOrganizationMatch(ORGANIZATION_MATCHES[Math.max(0, organizationMatch.getSelectionIndex())]);
		int role = defaultRole.getSelectionIndex();
		if (role >= 0 && role < roles.size()) {
			settings.setDefaultRole(roles.get(role).getCode());
		}
		settings.setMonthFirst(dates.getSelectionIndex() == 1);
		return settings;
	}

	private void mappingChanged() {
		clearDryRun();
		setPageComplete(validate(true));
	}

	private void optionsChanged() {
		clearDryRun();
	}

	/**
	 * Whether the mapping can be imported: some column mapped, no target taken
	 * by two columns. With {@code report}, the reason shows in the title area.
	 */
	private boolean validate(boolean report) {
		if (loadedFor == null) {
			return false;
		}
		String problem = null;
		Map<ImportTarget, ColumnRow> taken = new HashMap<>();
		for (ColumnRow row : rows) {
			if (row.target == null) {
				continue;
			}
			ColumnRow other = taken.putIfAbsent(row.target, row);
			if (other != null && problem == null) {
				problem = NLS.bind(Messages.Mapping_twice,
						new Object[] { other.header, row.header, choices.label(row.target) });
			}
		}
		if (taken.isEmpty()) {
			problem = Messages.Mapping_nothing;
		}
		if (report) {
			setErrorMessage(problem);
		}
		return problem == null;
	}

	// ---- saved mappings ------------------------------------------------------------------------

	private void fillSaved(String selected) {
		List<String> names = SavedMappings.names();
		saved.setItems(names.toArray(String[]::new));
		int index = selected == null ? -1 : names.indexOf(selected);
		if (index >= 0) {
			saved.select(index);
		} else {
			saved.deselectAll();
		}
		saved.setEnabled(!names.isEmpty());
		deleteMapping.setEnabled(index >= 0);
	}

	private Optional<String> selectedSaved() {
		int index = saved.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(saved.getItem(index));
	}

	/**
	 * Uses a saved mapping: its targets column by column, and its options. The
	 * format stays the file page's, which was read from this file.
	 */
	private void applySaved() {
		Optional<String> name = selectedSaved();
		deleteMapping.setEnabled(name.isPresent());
		if (name.isEmpty() || loadedFor == null) {
			return;
		}
		Optional<ImportSettings> settings = SavedMappings.load(name.get());
		if (settings.isEmpty()) {
			setErrorMessage(NLS.bind(Messages.Saved_unreadable, name.get()));
			return;
		}
		List<ImportTarget> targets = settings.get().getTargets();
		if (TargetChoices.maxSlot(targets) > choices.slots()) {
			useChoices(TargetChoices.of(targets, custom));
		}
		int unknown = 0;
		for (ColumnRow row : rows) {
			ImportTarget target = row.index < targets.size() ? targets.get(row.index) : null;
			if (target != null && choices.indexOf(target) < 0) {
				target = null; // a custom field since retired or hidden
				unknown++;
			}
			row.target = target;
		}
		mapping.refresh();
		showOptions(settings.get());
		clearDryRun();
		setPageComplete(validate(true));
		if (getErrorMessage() == null) {
			if (targets.size() != rows.size()) {
				setMessage(NLS.bind(Messages.Saved_otherWidth, targets.size(), rows.size()), IMessageProvider.WARNING);
			} else if (unknown > 0) {
				setMessage(NLS.bind(Messages.Saved_unknownFields, unknown), IMessageProvider.WARNING);
			} else {
				setMessage(NLS.bind(Messages.Saved_applied, name.get()));
			}
		}
	}

	private void saveMapping() {
		String initial = selectedSaved().orElseGet(() -> {
			Path file = wizard().file();
			String name = file == null ? "" : file.getFileName().toString(); //$NON-NLS-1$
			int dot = name.lastIndexOf('.');
			return dot > 0 ? name.substring(0, dot) : name;
		});
		InputDialog ask = new InputDialog(getShell(), Messages.Saved_title, Messages.Saved_question, initial,
				text -> SavedMappings.problem(text == null ? null : text.strip()));
		if (ask.open() != Window.OK) {
			return;
		}
		String name = ask.getValue().strip();
		if (SavedMappings.exists(name) && !MessageDialog.openQuestion(getShell(), Messages.Saved_title,
				NLS.bind(Messages.Saved_replace, name))) {
			return;
		}
		SavedMappings.save(name, settings());
		fillSaved(name);
		setMessage(NLS.bind(Messages.Saved_saved, name));
	}

	private void deleteMapping() {
		Optional<String> name = selectedSaved();
		if (name.isEmpty() || !MessageDialog.openQuestion(getShell(), Messages.Saved_deleteTitle,
				NLS.bind(Messages.Saved_deleteQuestion, name.get()))) {
			return;
		}
		SavedMappings.delete(name.get());
		fillSaved(null);
	}

	// ---- dry run -------------------------------------------------------------------------------

	/** Dry Run checks every row without writing; while it runs, the same button cancels it. */
	private void dryRunOrCancel() {
		if (dryRunJob != null) {
			dryRunJob.cancel();
			return;
		}
		Path file = wizard().file();
		if (file == null || !isPageComplete()) {
			return;
		}
		ImportSettings settings = settings();
		dryRun.setText(Messages.Mapping_cancelDryRun);
		dryRunProgress.setSelection(0);
		dryRunProgress.setVisible(true);
		dryRunResult.setText(Messages.Mapping_dryRunning);
		setDryRunShown(false);
		Display display = dryRun.getDisplay();
		Job[] job = new Job[1];
		job[0] = Background.start(Messages.Mapping_dryRunJob, ImportIds.READ_JOBS, dryRun,
				monitor -> CoreServices.imports().dryRun(file, settings, new BarMonitor(monitor, dryRunProgress)),
				report -> dryRunDone(job[0], report, null), e -> dryRunDone(job[0], null, e));
		job[0].addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				// cancelled before it ran reports nothing: tidy up here
				Background.later(display, () -> dryRunDone(job[0], null, null));
			}
		});
		dryRunJob = job[0];
	}

	/** A dry run ended with a report, a failure, or (both {@code null}) cancelled; the first word of a job wins. */
	private void dryRunDone(Job job, ImportReport report, Exception failure) {
		if (dryRun.isDisposed() || job != dryRunJob) {
			return;
		}
		dryRunJob = null;
		dryRun.setText(Messages.Mapping_dryRun);
		dryRunProgress.setVisible(false);
		if (report == null) {
			dryRunResult.setText(failure == null ? Messages.Mapping_dryRunCancelled
					: NLS.bind(Messages.Mapping_dryRunFailed, Background.message(failure)));
		} else {
			Counts counts = report.counts();
			dryRunResult.setText(Messages.format(report.cancelled() ? Messages.Mapping_dryRunStopped
					: Messages.Mapping_dryRunResult, counts.read(), counts.imported(), counts.linked(),
					counts.rejected()));
			List<ImportRejection> first = report.rejections().subList(0,
					Math.min(DRY_RUN_REJECTIONS, report.rejections().size()));
			dryRunRejections.setInput(first);
			setDryRunShown(!first.isEmpty());
		}
		dryRunResult.getParent().layout(true);
	}

	/** The mapping or options changed: the last dry run no longer tells what the import would do. */
	private void clearDryRun() {
		cancelDryRun();
		if (dryRunResult != null && !dryRunResult.isDisposed()) {
			dryRunResult.setText(""); //$NON-NLS-1$
			dryRunRejections.setInput(List.of());
			setDryRunShown(false);
		}
	}

	void cancelDryRun() {
		if (dryRunJob != null) {
			Job job = dryRunJob;
			dryRunJob = null;
			job.cancel();
			if (!dryRun.isDisposed()) {
				dryRun.setText(Messages.Mapping_dryRun);
				dryRunProgress.setVisible(false);
			}
		}
	}

	@Override
	public void dispose() {
		if (load != null) {
			load.cancel();
		}
		cancelDryRun();
		super.dispose();
	}
}
