package org.vinculo.ui.internal.fields;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.FieldType;
import org.vinculo.core.service.FieldService;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.fields.BuiltInFields.BuiltInField;

/**
 * Window &gt; Preferences &gt; Fields: per entity type, the admin's custom
 * fields (added, edited, reordered, retired, never deleted, so stored values
 * keep their meaning) and which of Vinculo's own fields are hidden or
 * read-only. Changes are kept until Apply or OK, then saved entity type by
 * entity type; the field service announces them and open editors rebuild.
 */
public final class FieldsPreferencePage extends ListEditingPage {

	public static final String ID = "org.vinculo.ui.preferences.fields"; //$NON-NLS-1$

	private static final String CHECKED = "\u2611"; //$NON-NLS-1$
	private static final String UNCHECKED = "\u2610"; //$NON-NLS-1$
	private static final String NOT_APPLICABLE = "\u2014"; //$NON-NLS-1$

	/** A built-in field and its settings; the settings are replaced by what was stored after a save. */
	static final class BuiltInRow {
		final BuiltInField field;
		FieldDefinition settings;

		BuiltInRow(BuiltInField field, FieldDefinition settings) {
			this.field = field;
			this.settings = settings;
		}
	}

	/** What one entity type's fields look like on the page, unsaved changes included. */
	private static final class EntityFields {
		final String entityType;
		final List<FieldDefinition> custom = new ArrayList<>();
		final List<BuiltInRow> builtIn = new ArrayList<>();
		final Set<FieldDefinition> changed = Collections.newSetFromMap(new IdentityHashMap<>());
		boolean moved;

		EntityFields(String entityType) {
			this.entityType = entityType;
		}

		boolean hasChanges() {
			return moved || !changed.isEmpty();
		}
	}

	private record Read(List<FieldDefinition> custom, Map<String, FieldDefinition> builtIn) {
	}

	private final Map<String, EntityFields> loaded = new HashMap<>();
	private final Set<String> reading = new HashSet<>();
	private final Map<String, String> readFailures = new HashMap<>();
	private Combo entityType;
	/** The entity types offered, the core's and the plug-ins', as read when the page opened. */
	private List<String> types = EntityTypes.CORE;
	private TableViewer custom;
	private TableViewer builtIn;
	private Label status;
	private Button add;
	private Button edit;
	private Button up;
	private Button down;
	private Button retire;
	/** The field being saved, to name it when the save is refused. */
	private String saving;

	@Override
	public void init(IWorkbench workbench) {
		noDefaultButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		Label intro = new Label(page, SWT.WRAP);
		intro.setText(Messages.Fields_intro);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(460, SWT.DEFAULT).applyTo(intro);

		Composite typeRow = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(typeRow);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(typeRow);
		new Label(typeRow, SWT.NONE).setText(Messages.Fields_entityType);
		entityType = WidgetIds.tag(new Combo(typeRow, SWT.READ_ONLY), WidgetIds.FIELDS_ENTITY_TYPE);
		types = EntityTypes.all();
		types.forEach(type -> entityType.add(EntityTypes.label(type)));
		entityType.select(0);
		entityType.addListener(SWT.Selection, e -> {
			readFailures.remove(selectedType()); // choosing it again tries again
			showEntity();
		});

		caption(page, Messages.Fields_custom);
		custom = new TableViewer(page, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(custom.getTable(), WidgetIds.FIELDS_CUSTOM);
		custom.setComparer(SameRow.INSTANCE);
		custom.getTable().setHeaderVisible(true);
		custom.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(380, 140).applyTo(custom.getControl());
		custom.setContentProvider(ArrayContentProvider.getInstance());
		customColumn(Messages.Fields_columnLabel, 110, FieldDefinition::getLabel);
		customColumn(Messages.Fields_columnCode, 80, FieldDefinition::getCode);
		customColumn(Messages.Fields_columnType, 80, f -> f.getType() == null ? "" : f.getType().label()); //$NON-NLS-1$
		customColumn(Messages.Fields_columnRequired, 60, f -> yes(f.isRequired()));
		customColumn(Messages.Fields_columnHidden, 55, f -> yes(f.isHidden()));
		customColumn(Messages.Fields_columnReadOnly, 65, f -> yes(f.isReadOnly()));
		customColumn(Messages.Fields_columnStatus, 60, f -> f.isRetired() ? Messages.Fields_retired : ""); //$NON-NLS-1$
		custom.addSelectionChangedListener(e -> updateButtons());
		custom.addDoubleClickListener(e -> editField());

		Composite buttons = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		add = button(buttons, Messages.Fields_add, WidgetIds.FIELDS_ADD, this::addField);
		edit = button(buttons, Messages.Fields_edit, WidgetIds.FIELDS_EDIT, this::editField);
		up = button(buttons, Messages.Fields_up, WidgetIds.FIELDS_UP, () -> move(-1));
		down = button(buttons, Messages.Fields_down, WidgetIds.FIELDS_DOWN, () -> move(1));
		retire = button(buttons, Messages.Fields_retire.length() >= Messages.Fields_restore.length()
				? Messages.Fields_retire : Messages.Fields_restore, WidgetIds.FIELDS_RETIRE, this::retireOrRestore);

		status = WidgetIds.tag(new Label(page, SWT.WRAP), WidgetIds.FIELDS_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);

		caption(page, Messages.Fields_builtIn);
		builtIn = new TableViewer(page, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(builtIn.getTable(), WidgetIds.FIELDS_BUILT_IN);
		builtIn.setComparer(SameRow.INSTANCE);
		builtIn.getTable().setHeaderVisible(true);
		builtIn.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(380, 180).applyTo(builtIn.getControl());
		builtIn.setContentProvider(ArrayContentProvider.getInstance());
		builtInColumn(Messages.Fields_columnField, 200, SWT.LEFT, row -> row.field.label(), null);
		builtInColumn(Messages.Fields_columnHidden, 80, SWT.CENTER,
				row -> row.field.hideable() ? box(row.settings.isHidden()) : NOT_APPLICABLE, new FlagEditing(true));
		builtInColumn(Messages.Fields_columnReadOnly, 80, SWT.CENTER, row -> box(row.settings.isReadOnly()),
				new FlagEditing(false));
		new Label(page, SWT.NONE);
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.Fields_builtInHint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(460, SWT.DEFAULT).applyTo(hint);

		showEntity();
		return page;
	}

	private static void caption(Composite page, String text) {
		Label label = new Label(page, SWT.NONE);
		label.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(label);
	}

	private static String yes(boolean flag) {
		return flag ? Messages.Fields_yes : ""; //$NON-NLS-1$
	}

	private static String box(boolean flag) {
		return flag ? CHECKED : UNCHECKED;
	}

	private Color grey() {
		return custom.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
	}

	private void customColumn(String title, int width, Function<FieldDefinition, String> text) {
		Columns.<FieldDefinition>coloured(custom, title, width, text, f -> f.isRetired() ? grey() : null);
	}

	private void builtInColumn(String title, int width, int align, Function<BuiltInRow, String> text,
			EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(builtIn, align);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((BuiltInRow) element);
			}
		});
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	/** Switches "hidden" or "read-only" of a built-in field with one click on its box. */
	private final class FlagEditing extends EditingSupport {
		private final boolean hiddenFlag;
		private CheckboxCellEditor editor;

		FlagEditing(boolean hiddenFlag) {
			super(builtIn);
			this.hiddenFlag = hiddenFlag;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (editor == null) {
				editor = new CheckboxCellEditor(builtIn.getTable());
			}
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return !hiddenFlag || ((BuiltInRow) element).field.hideable();
		}

		@Override
		protected Object getValue(Object element) {
			FieldDefinition settings = ((BuiltInRow) element).settings;
			return hiddenFlag ? settings.isHidden() : settings.isReadOnly();
		}

		@Override
		protected void setValue(Object element, Object value) {
			BuiltInRow row = (BuiltInRow) element;
			boolean flag = Boolean.TRUE.equals(value);
			if (flag == (hiddenFlag ? row.settings.isHidden() : row.settings.isReadOnly())) {
				return;
			}
			if (hiddenFlag) {
				row.settings.setHidden(flag);
			} else {
				row.settings.setReadOnly(flag);
			}
			EntityFields state = current();
			if (state != null) {
				state.changed.add(row.settings);
			}
			builtIn.update(row, null);
		}
	}

	// --- reading -----------------------------------------------------------

	private String selectedType() {
		return types.get(Math.max(0, entityType.getSelectionIndex()));
	}

	private EntityFields current() {
		return loaded.get(selectedType());
	}

	private void showEntity() {
		String type = selectedType();
		EntityFields state = loaded.get(type);
		if (state == null && !readFailures.containsKey(type)) {
			read(type);
		}
		custom.setInput(state == null ? List.of() : state.custom);
		builtIn.setInput(state == null ? List.of() : state.builtIn);
		updateButtons();
	}

	private void read(String type) {
		if (!reading.add(type)) {
			return;
		}
		BackgroundRead.start(NLS.bind(Messages.Fields_loadJob, EntityTypes.label(type)), custom.getControl(), () -> {
			FieldService service = CoreServices.fields();
			List<FieldDefinition> customFields = service.fields(type, true).stream().filter(f -> !f.isBuiltIn())
					.map(FieldDefinition::copy).toList();
			Map<String, FieldDefinition> settings = new HashMap<>();
			for (BuiltInField field : BuiltInFields.of(type)) {
				settings.put(field.code(), service.builtIn(type, field.code()).copy());
			}
			return new Read(customFields, settings);
		}, read -> {
			reading.remove(type);
			EntityFields state = new EntityFields(type);
			state.custom.addAll(read.custom());
			for (BuiltInField field : BuiltInFields.of(type)) {
				state.builtIn.add(new BuiltInRow(field, read.builtIn().get(field.code())));
			}
			loaded.put(type, state);
			if (type.equals(selectedType())) {
				showEntity();
			}
		}, e -> {
			reading.remove(type);
			readFailures.put(type, NLS.bind(Messages.Fields_loadFailed, e.getMessage()));
			if (type.equals(selectedType())) {
				showEntity();
			}
		});
	}

	private FieldDefinition selectedField() {
		return (FieldDefinition) custom.getStructuredSelection().getFirstElement();
	}

	private void updateButtons() {
		EntityFields state = current();
		FieldDefinition field = selectedField();
		int index = state == null || field == null ? -1 : SameRow.indexOf(state.custom, field);
		add.setEnabled(state != null);
		edit.setEnabled(index >= 0);
		up.setEnabled(index > 0);
		down.setEnabled(index >= 0 && index < state.custom.size() - 1);
		retire.setEnabled(index >= 0);
		retire.setText(field != null && field.isRetired() ? Messages.Fields_restore : Messages.Fields_retire);
		String failure = readFailures.get(selectedType());
		status.setText(failure != null ? failure
				: state == null ? Messages.Fields_loading
						: state.custom.isEmpty() ? Messages.Fields_noCustom : ""); //$NON-NLS-1$
		status.getParent().layout(true);
	}

	// --- editing -----------------------------------------------------------

	private void addField() {
		EntityFields state = current();
		if (state == null) {
			return;
		}
		FieldDialog dialog = new FieldDialog(getShell(),
				new FieldDefinition(state.entityType, null, null, FieldType.TEXT), state.custom);
		if (dialog.open() != Window.OK) {
			return;
		}
		FieldDefinition field = dialog.field();
		field.setPosition(state.custom.stream().mapToInt(FieldDefinition::getPosition).max().orElse(0) + 10);
		state.custom.add(field);
		state.changed.add(field);
		custom.refresh();
		custom.setSelection(new StructuredSelection(field), true);
		updateButtons();
	}

	private void editField() {
		EntityFields state = current();
		FieldDefinition field = selectedField();
		int index = state == null || field == null ? -1 : SameRow.indexOf(state.custom, field);
		if (index < 0) {
			return;
		}
		List<FieldDefinition> others = new ArrayList<>(state.custom);
		others.remove(index);
		FieldDialog dialog = new FieldDialog(getShell(), field, others);
		if (dialog.open() != Window.OK) {
			return;
		}
		FieldDefinition edited = dialog.field();
		state.custom.set(index, edited);
		state.changed.remove(field);
		state.changed.add(edited);
		custom.refresh();
		custom.setSelection(new StructuredSelection(edited), true);
		updateButtons();
	}

	private void move(int step) {
		EntityFields state = current();
		FieldDefinition field = selectedField();
		int index = state == null || field == null ? -1 : SameRow.indexOf(state.custom, field);
		int target = index + step;
		if (index < 0 || target < 0 || target >= state.custom.size()) {
			return;
		}
		Collections.swap(state.custom, index, target);
		state.moved = true;
		custom.refresh();
		custom.setSelection(new StructuredSelection(field), true);
		updateButtons();
	}

	private void retireOrRestore() {
		EntityFields state = current();
		FieldDefinition field = selectedField();
		if (state == null || field == null) {
			return;
		}
		field.setRetired(!field.isRetired());
		state.changed.add(field);
		custom.update(field, null);
		updateButtons();
	}

	// --- saving ------------------------------------------------------------

	@Override
	public boolean performOk() {
		if (custom == null) {
			return true; // never shown: nothing changed
		}
		FieldService service = null;
		for (EntityFields state : loaded.values()) {
			if (!state.hasChanges()) {
				continue;
			}
			if (service == null) {
				service = CoreServices.fields();
			}
			try {
				save(service, state);
			} catch (ValidationException e) {
				setErrorMessage(NLS.bind(Messages.Fields_saveFailed, saving, e.getMessage()));
				select(state.entityType);
				return false; // kept as it was: the user can correct the field and press OK again
			} catch (StaleRecordException e) {
				setErrorMessage(NLS.bind(Messages.Fields_stale, EntityTypes.label(state.entityType), e.getMessage()));
				reread(state.entityType);
				return false;
			} catch (RuntimeException e) {
				setErrorMessage(NLS.bind(Messages.Fields_saveFailed, saving, e.getMessage()));
				return false;
			}
		}
		setErrorMessage(null);
		custom.refresh();
		builtIn.refresh();
		return true;
	}

	/**
	 * Saves one entity type's changes, each working copy replaced by a copy of
	 * what was stored: custom fields first, with positions renumbered if they
	 * were moved, then the built-in settings. A failure midway leaves what was
	 * saved saved and the rest pending.
	 */
	private void save(FieldService service, EntityFields state) {
		if (state.moved) {
			for (int i = 0; i < state.custom.size(); i++) {
				FieldDefinition field = state.custom.get(i);
				int position = (i + 1) * 10;
				if (field.getPosition() != position) {
					field.setPosition(position);
					state.changed.add(field);
				}
			}
			state.moved = false;
		}
		for (int i = 0; i < state.custom.size(); i++) {
			FieldDefinition field = state.custom.get(i);
			if (state.changed.contains(field)) {
				saving = field.getLabel() != null ? field.getLabel() : field.getCode();
				FieldDefinition saved = service.save(field).copy();
				state.changed.remove(field);
				state.custom.set(i, saved);
			}
		}
		for (BuiltInRow row : state.builtIn) {
			if (state.changed.contains(row.settings)) {
				saving = row.field.label();
				FieldDefinition saved = service.save(row.settings).copy();
				state.changed.remove(row.settings);
				row.settings = saved;
			}
		}
	}

	/** Drops an entity type's pending changes and reads it again, after someone else changed it. */
	private void reread(String type) {
		loaded.remove(type);
		readFailures.remove(type);
		select(type);
	}

	private void select(String type) {
		entityType.select(Math.max(0, types.indexOf(type)));
		showEntity();
	}
}
