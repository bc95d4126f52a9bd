package org.vinculo.ui.internal.preferences;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.vinculo.core.terms.TermDefinition;
import org.vinculo.core.terms.TermForms;
import org.vinculo.core.terms.TermForms.Gender;
import org.vinculo.core.terms.Terminology;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;

/**
 * Window &gt; Preferences &gt; Terminology: every term of every installed plug-in,
 * grouped by plug-in, with its English and Spanish forms editable in place.
 * Apply renames at once, everywhere; Restore Defaults and Reset drop overrides;
 * Import and Export move a whole set as a file an admin ships with a product.
 */
public final class TerminologyPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.vinculo.ui.preferences.terminology"; //$NON-NLS-1$
	static final Locale ENGLISH = Locale.ENGLISH;
	static final Locale SPANISH = Locale.forLanguageTag("es"); //$NON-NLS-1$
	private static final Locale[] LANGUAGES = { ENGLISH, SPANISH };

	/** One term being edited: its definition and the forms shown per language. */
	static final class Row {
		final TermDefinition definition;
		final Map<Locale, TermForms> forms = new LinkedHashMap<>();

		Row(TermDefinition definition) {
			this.definition = definition;
		}
	}

	private Terminology terminology;
	private TableViewer viewer;
	private final List<Row> rows = new ArrayList<>();

	@Override
	public void init(IWorkbench workbench) {
		terminology = CoreServices.terminology();
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		Label intro = new Label(page, SWT.WRAP);
		intro.setText(Messages.Terms_intro);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(500, SWT.DEFAULT).applyTo(intro);

		viewer = new TableViewer(page, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), WidgetIds.TERMS_TABLE);
		viewer.getTable().setData("org.vinculo.viewer", viewer); //$NON-NLS-1$
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 300).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(viewer, Messages.Terms_plugin, 140, (Row r) -> r.definition.contributor(), null);
		Columns.add(viewer, Messages.Terms_term, 130, (Row r) -> r.definition.id(), null);
		formColumn(Messages.Terms_englishSingular, ENGLISH, TermForms::singular,
				(f, v) -> new TermForms(v, f.plural(), f.gender()));
		formColumn(Messages.Terms_englishPlural, ENGLISH, TermForms::plural,
				(f, v) -> new TermForms(f.singular(), v, f.gender()));
		formColumn(Messages.Terms_spanishSingular, SPANISH, TermForms::singular,
				(f, v) -> new TermForms(v, f.plural(), f.gender()));
		formColumn(Messages.Terms_spanishPlural, SPANISH, TermForms::plural,
				(f, v) -> new TermForms(f.singular(), v, f.gender()));
		genderColumn();
		viewer.getTable().setToolTipText(Messages.Terms_tableHint);

		Composite buttons = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		button(buttons, Messages.Terms_reset, WidgetIds.TERMS_RESET, this::resetSelected);
		button(buttons, Messages.Terms_import, WidgetIds.TERMS_IMPORT, this::importFile);
		button(buttons, Messages.Terms_export, WidgetIds.TERMS_EXPORT, this::exportFile);
		load();
		return page;
	}

	private void button(Composite parent, String text, String id, Runnable action) {
		Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Reads every term in force, grouped by contributing plug-in. */
	private void load() {
		rows.clear();
		terminology.definitions().stream().sorted(Comparator.comparing(TermDefinition::contributor))
				.forEach(definition -> {
					Row row = new Row(definition);
					for (Locale language : LANGUAGES) {
						row.forms.put(language, terminology.forms(definition.id(), language));
					}
					rows.add(row);
				});
		viewer.setInput(rows);
	}

	private void formColumn(String title, Locale language, Function<TermForms, String> get,
			BiFunction<TermForms, String, TermForms> set) {
		TableViewerColumn column = Columns.add(viewer, title, 110, (Row r) -> get.apply(r.forms.get(language)),
				null);
		column.setEditingSupport(new EditingSupport(viewer) {
			private CellEditor editor;

			@Override
			protected CellEditor getCellEditor(Object element) {
				if (editor == null) {
					editor = new TextCellEditor(viewer.getTable());
				}
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return Objects.toString(get.apply(((Row) element).forms.get(language)), ""); //$NON-NLS-1$
			}

			@Override
			protected void setValue(Object element, Object value) {
				String text = ((String) value).strip();
				if (text.isEmpty()) {
					setErrorMessage(Messages.Terms_formRequired);
					return;
				}
				setErrorMessage(null);
				Row row = (Row) element;
				row.forms.put(language, set.apply(row.forms.get(language), text));
				viewer.update(row, null);
			}
		});
	}

	private void genderColumn() {
		String[] genders = { Messages.Terms_masculine, Messages.Terms_feminine, Messages.Terms_neuter };
		Gender[] values = { Gender.MASCULINE, Gender.FEMININE, Gender.NEUTER };
		TableViewerColumn column = Columns.add(viewer, Messages.Terms_spanishGender, 90,
				(Row r) -> genders[List.of(values).indexOf(r.forms.get(SPANISH).gender())], null);
		column.setEditingSupport(new EditingSupport(viewer) {
			private CellEditor editor;

			@Override
			protected CellEditor getCellEditor(Object element) {
				if (editor == null) {
					editor = new ComboBoxCellEditor(viewer.getTable(), genders, SWT.READ_ONLY);
				}
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return List.of(values).indexOf(((Row) element).forms.get(SPANISH).gender());
			}

			@Override
			protected void setValue(Object element, Object value) {
				Row row = (Row) element;
				TermForms forms = row.forms.get(SPANISH);
				row.forms.put(SPANISH, new TermForms(forms.singular(), forms.plural(), values[(Integer) value]));
				viewer.update(row, null);
			}
		});
	}

	private void resetSelected() {
		if (viewer.getStructuredSelection().getFirstElement() instanceof Row row) {
			for (Locale language : LANGUAGES) {
				row.forms.put(language, defaults(row.definition, language));
			}
			viewer.update(row, null);
		}
	}

	private static TermForms defaults(TermDefinition definition, Locale language) {
		TermForms forms = definition.defaults().get(language.getLanguage());
		return forms != null ? forms : definition.defaults().get("en"); //$NON-NLS-1$
	}

	@Override
	protected void performDefaults() {
		for (Row row : rows) {
			for (Locale language : LANGUAGES) {
				row.forms.put(language, defaults(row.definition, language));
			}
		}
		viewer.refresh();
		super.performDefaults();
	}

	/** Saves what differs from the defaults as overrides and drops the rest; renames apply at once. */
	@Override
	public boolean performOk() {
		for (Row row : rows) {
			for (Locale language : LANGUAGES) {
				TermForms shown = row.forms.get(language);
				TermForms wanted = shown.equals(defaults(row.definition, language)) ? null : shown;
				if (!Objects.equals(wanted, terminology.override(row.definition.id(), language).orElse(null))) {
					terminology.setOverride(row.definition.id(), language, wanted);
				}
			}
		}
		return true;
	}

	private void importFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.properties", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String file = dialog.open();
		if (file != null) {
			try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
				terminology.importOverrides(in);
				load();
			} catch (IOException | RuntimeException e) {
				MessageDialog.openError(getShell(), Messages.Terms_import, NLS.bind(Messages.Terms_ioFailed, file,
						e.getMessage()));
			}
		}
	}

	private void exportFile() {
		performOk();
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFileName("terminology.properties"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
				terminology.exportOverrides(out);
			} catch (IOException e) {
				MessageDialog.openError(getShell(), Messages.Terms_export, NLS.bind(Messages.Terms_ioFailed, file,
						e.getMessage()));
			}
		}
	}
}
