package org.vinculo.ui.internal.fields;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.ChoiceListService;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.CoreServices;

/**
 * Window &gt; Preferences &gt; Choice Lists: the values of the segmentation
 * categories and of every active custom choice field. Values are added,
 * renamed, reordered and retired, never deleted, because records point at them;
 * how many records use a category's value is counted in the background and
 * shown before it is retired. Like the other admin pages, changes are kept
 * until Apply or OK and then saved list by list.
 */
public final class ChoiceListsPreferencePage extends ListEditingPage {

	public static final String ID = "org.vinculo.ui.preferences.choiceLists"; //$NON-NLS-1$

	/** One list the admin edits: a segmentation category or a custom choice field's values. */
	record ChoiceList(String code, String label) {
		boolean counted() {
			return Segment.ofList(code) != null; // the service counts uses of category values only
		}
	}

	/** Working copies per list code, in display order, retired values included. */
	private final Map<String, List<ChoiceValue>> values = new HashMap<>();
	private final Set<ChoiceValue> changed = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<String> reordered = new HashSet<>();
	private final Set<String> reading = new HashSet<>();
	/** Records using each saved value, by value id. */
	private final Map<Long, Long> uses = new HashMap<>();
	private final Map<String, String> readFailures = new HashMap<>();
	private ListViewer lists;
	private TableViewer table;
	private Label status;
	private Button add;
	private Button rename;
	private Button up;
	private Button down;
	private Button retire;
	private boolean shownBefore;

	@Override
	public void init(IWorkbench workbench) {
		noDefaultButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
		Label intro = new Label(page, SWT.WRAP);
		intro.setText(Messages.ChoiceLists_intro);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(460, SWT.DEFAULT).applyTo(intro);

		new Label(page, SWT.NONE).setText(Messages.ChoiceLists_lists);
		Label valuesLabel = new Label(page, SWT.NONE);
		valuesLabel.setText(Messages.ChoiceLists_values);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(valuesLabel);

		lists = new ListViewer(page, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		WidgetIds.tag(lists.getControl(), WidgetIds.CHOICE_LISTS);
		GridDataFactory.fillDefaults().grab(false, true).hint(170, 240).applyTo(lists.getControl());
		lists.setContentProvider(ArrayContentProvider.getInstance());
		lists.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((ChoiceList) element).label();
			}
		});
		lists.addSelectionChangedListener(e -> showList());

		table = new TableViewer(page, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(table.getTable(), WidgetIds.CHOICE_VALUES);
		table.setComparer(SameRow.INSTANCE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(280, 240).applyTo(table.getControl());
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.ChoiceLists_columnValue, 140, ChoiceValue::getLabel);
		column(Messages.ChoiceLists_columnStatus, 70, v -> v.isRetired() ? Messages.ChoiceLists_retired : ""); //$NON-NLS-1$
		column(Messages.ChoiceLists_columnUses, 90, this::usesText);
		table.addSelectionChangedListener(e -> updateButtons());
		table.addDoubleClickListener(e -> renameValue());

		Composite buttons = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		add = button(buttons, Messages.ChoiceLists_add, WidgetIds.CHOICE_ADD, this::addValue);
		rename = button(buttons, Messages.ChoiceLists_rename, WidgetIds.CHOICE_RENAME, this::renameValue);
		up = button(buttons, Messages.ChoiceLists_up, WidgetIds.CHOICE_UP, () -> move(-1));
		down = button(buttons, Messages.ChoiceLists_down, WidgetIds.CHOICE_DOWN, () -> move(1));
		retire = button(buttons, longer(Messages.ChoiceLists_retire, Messages.ChoiceLists_restore),
				WidgetIds.CHOICE_RETIRE, this::retireOrRestore);

		new Label(page, SWT.NONE);
		status = WidgetIds.tag(new Label(page, SWT.WRAP), WidgetIds.CHOICE_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);

		showLists(List.of());
		readLists();
		updateButtons();
		return page;
	}

	/** Sized for the longer text, so that switching between retire and restore does not clip it. */
	private static String longer(String a, String b) {
		return a.length() >= b.length() ? a : b;
	}

	private void column(String title, int width, Function<ChoiceValue, String> text) {
		// retired values stay listed, greyed, so that they can be restored
		Columns.<ChoiceValue>coloured(table, title, width, text,
				v -> v.isRetired() ? table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && shownBefore) {
			readLists(); // a choice field may have been added on the Fields page meanwhile
		}
		shownBefore |= visible;
	}

	// --- reading -----------------------------------------------------------

	/** The categories at once, then the custom choice fields' lists when they are read. */
	private void readLists() {
		BackgroundRead.start(Messages.ChoiceLists_listsJob, lists.getControl(), () -> {
			Map<String, List<FieldDefinition>> fields = new LinkedHashMap<>();
			for (String entityType : EntityTypes.all()) {
				fields.put(entityType, CoreServices.fields().fields(entityType, false).stream()
						.filter(f -> !f.isBuiltIn() && f.getType() != null && f.getType().hasChoices()).toList());
			}
			return fields;
		}, fields -> {
			List<ChoiceList> found = new ArrayList<>();
			fields.forEach((entityType, choiceFields) -> choiceFields.forEach(field -> found.add(new ChoiceList(
					field.choiceListCode(), NLS.bind(Messages.ChoiceLists_fieldList, EntityTypes.label(entityType),
							field.getLabel())))));
			readFailures.clear(); // coming back to the page tries failed lists again
			showLists(found);
		}, e -> setErrorMessage(NLS.bind(Messages.ChoiceLists_loadFailed, e.getMessage())));
	}

	private void showLists(List<ChoiceList> fieldLists) {
		ChoiceList selected = selectedList();
		List<ChoiceList> all = new ArrayList<>();
		for (Segment segment : Segment.values()) {
			all.add(new ChoiceList(segment.listCode(), segment.label()));
		}
		all.addAll(fieldLists);
		lists.setInput(all);
		ChoiceList keep = all.stream().filter(l -> selected != null && l.code().equals(selected.code())).findFirst()
				.orElse(all.get(0));
		lists.setSelection(new StructuredSelection(keep), true);
		showList();
	}

	private ChoiceList selectedList() {
		return lists == null ? null : (ChoiceList) lists.getStructuredSelection().getFirstElement();
	}

	private ChoiceValue selectedValue() {
		return (ChoiceValue) table.getStructuredSelection().getFirstElement();
	}

	private void showList() {
		ChoiceList list = selectedList();
		List<ChoiceValue> shown = list == null ? null : values.get(list.code());
		if (list != null && shown == null && !readFailures.containsKey(list.code())) {
			readValues(list);
		}
		if (table.getInput() != shown || shown == null) {
			table.setInput(shown == null ? List.of() : shown);
		}
		updateButtons();
	}

	/** Reads a list's values, then counts the records that use them. */
	private void readValues(ChoiceList list) {
		if (!reading.add(list.code())) {
			return;
		}
		BackgroundRead.start(NLS.bind(Messages.ChoiceLists_valuesJob, list.label()), table.getControl(),
				() -> CoreServices.choices().values(list.code(), true).stream().map(ChoiceValue::copy).toList(),
				read -> {
					reading.remove(list.code());
					values.put(list.code(), new ArrayList<>(read));
					showList();
					countUses(list, read);
				}, e -> {
					reading.remove(list.code());
					readFailures.put(list.code(), NLS.bind(Messages.ChoiceLists_loadFailed, e.getMessage()));
					showList();
				});
	}

	private void countUses(ChoiceList list, List<ChoiceValue> read) {
		List<ChoiceValue> saved = read.stream().filter(v -> v.getId() != null).toList();
		if (!list.counted() || saved.isEmpty()) {
			return;
		}
		BackgroundRead.start(NLS.bind(Messages.ChoiceLists_countJob, list.label()), table.getControl(), () -> {
			ChoiceListService service = CoreServices.choices();
			Map<Long, Long> counts = new HashMap<>();
			saved.forEach(value -> counts.put(value.getId(), service.countUses(value)));
			return counts;
		}, counts -> {
			uses.putAll(counts);
			table.refresh();
		}, e -> status.setText(NLS.bind(Messages.ChoiceLists_loadFailed, e.getMessage())));
	}

	/** Hands {@code value}'s use count to {@code then}, counting it in the background if not known yet. */
	private void withUses(ChoiceValue value, LongConsumer then) {
		Long known = value.getId() == null ? Long.valueOf(0) : uses.get(value.getId());
		if (known != null) {
			then.accept(known);
			return;
		}
		BackgroundRead.start(NLS.bind(Messages.ChoiceLists_countJob, value.getLabel()), table.getControl(),
				() -> CoreServices.choices().countUses(value), count -> {
					uses.put(value.getId(), count);
					table.refresh();
					then.accept(count);
				}, e -> setErrorMessage(e.getMessage()));
	}

	private String usesText(ChoiceValue value) {
		if (Segment.ofList(value.getListCode()) == null) {
			return ""; //$NON-NLS-1$ // the service counts uses of category values only
		}
		Long count = value.getId() == null ? Long.valueOf(0) : uses.get(value.getId());
		return count == null ? Messages.ChoiceLists_counting : MessageFormat.format(Messages.ChoiceLists_uses, count);
	}

	private void updateButtons() {
		ChoiceList list = selectedList();
		List<ChoiceValue> shown = list == null ? null : values.get(list.code());
		ChoiceValue value = selectedValue();
		int index = shown == null || value == null ? -1 : SameRow.indexOf(shown, value);
		add.setEnabled(shown != null);
		rename.setEnabled(index >= 0);
		up.setEnabled(index > 0);
		down.setEnabled(index >= 0 && index < shown.size() - 1);
		retire.setEnabled(index >= 0);
		retire.setText(value != null && value.isRetired() ? Messages.ChoiceLists_restore : Messages.ChoiceLists_retire);
		String failure = list == null ? null : readFailures.get(list.code());
		status.setText(failure != null ? failure
				: list != null && shown == null ? Messages.ChoiceLists_loading
						: shown != null && shown.isEmpty() ? Messages.ChoiceLists_empty : ""); //$NON-NLS-1$
		status.getParent().layout(true);
	}

	// --- editing -----------------------------------------------------------

	private void addValue() {
		ChoiceList list = selectedList();
		List<ChoiceValue> shown = list == null ? null : values.get(list.code());
		if (shown == null) {
			return;
		}
		InputDialog dialog = new InputDialog(getShell(), Messages.ChoiceLists_addTitle,
				NLS.bind(Messages.ChoiceLists_addMessage, list.label()), "", nameValidator(shown, null)); //$NON-NLS-1$
		if (dialog.open() != Window.OK) {
			return;
		}
		ChoiceValue value = new ChoiceValue(list.code(), dialog.getValue());
		shown.add(value);
		changed.add(value);
		table.refresh();
		table.setSelection(new StructuredSelection(value), true);
		updateButtons();
	}

	private void renameValue() {
		ChoiceList list = selectedList();
		ChoiceValue value = selectedValue();
		if (list == null || value == null) {
			return;
		}
		InputDialog dialog = new InputDialog(getShell(), Messages.ChoiceLists_renameTitle,
				NLS.bind(Messages.ChoiceLists_renameMessage, value.getLabel()), value.getLabel(),
				nameValidator(values.get(list.code()), value));
		if (dialog.open() != Window.OK || dialog.getValue().strip().equals(value.getLabel())) {
			return;
		}
		value.setName(dialog.getValue());
		changed.add(value);
		table.update(value, null);
	}

	/** The checks the service makes, up front: a name, not already in the list (retired or not, any case). */
	private static IInputValidator nameValidator(List<ChoiceValue> list, ChoiceValue self) {
		return text -> {
			String name = text.strip();
			if (name.isEmpty()) {
				return Messages.ChoiceLists_nameRequired;
			}
			boolean taken = list.stream().anyMatch(other -> other != self && other.getLabel().equalsIgnoreCase(name));
			return taken ? NLS.bind(Messages.ChoiceLists_nameTaken, name) : null;
		};
	}

	private void move(int step) {
		ChoiceList list = selectedList();
		ChoiceValue value = selectedValue();
		List<ChoiceValue> shown = list == null ? null : values.get(list.code());
		int index = shown == null || value == null ? -1 : SameRow.indexOf(shown, value);
		int target = index + step;
		if (index < 0 || target < 0 || target >= shown.size()) {
			return;
		}
		Collections.swap(shown, index, target);
		reordered.add(list.code());
		table.refresh();
		table.setSelection(new StructuredSelection(value), true);
		updateButtons();
	}

	private void retireOrRestore() {
		ChoiceList list = selectedList();
		ChoiceValue value = selectedValue();
		if (list == null || value == null) {
			return;
		}
		if (value.isRetired()) {
			setRetired(value, false);
		} else if (list.counted()) {
			withUses(value, count -> confirmRetire(list, value,
					MessageFormat.format(Messages.ChoiceLists_retireQuestion, value.getLabel(), list.label(), count)));
		} else {
			confirmRetire(list, value, NLS.bind(Messages.ChoiceLists_retireQuestionUncounted, value.getLabel(),
					list.label()));
		}
	}

	private void confirmRetire(ChoiceList list, ChoiceValue value, String question) {
		MessageDialog dialog = new MessageDialog(getShell(), Messages.ChoiceLists_retireTitle, null, question,
				MessageDialog.QUESTION, 0, Messages.ChoiceLists_retireButton,
				org.vinculo.ui.internal.Messages.Dialog_cancel);
		if (dialog.open() != 0) {
			return;
		}
		List<ChoiceValue> shown = values.get(list.code());
		if (shown != null && SameRow.indexOf(shown, value) >= 0) { // not re-read meanwhile
			setRetired(value, true);
		}
	}

	private void setRetired(ChoiceValue value, boolean retired) {
		value.setRetired(retired);
		changed.add(value);
		table.update(value, null);
		updateButtons();
	}

	// --- saving ------------------------------------------------------------

	@Override
	public boolean performOk() {
		if (lists == null) {
			return true; // never shown: nothing changed
		}
		ChoiceListService service = null;
		for (Map.Entry<String, List<ChoiceValue>> entry : values.entrySet()) {
			String code = entry.getKey();
			List<ChoiceValue> list = entry.getValue();
			if (!reordered.contains(code) && list.stream().noneMatch(changed::contains)) {
				continue;
			}
			if (service == null) {
				service = CoreServices.choices();
			}
			try {
				save(service, code, list);
			} catch (ValidationException e) {
				setErrorMessage(NLS.bind(Messages.ChoiceLists_saveFailed, labelOf(code), e.getMessage()));
				select(code);
				return false; // the user can fix the name and press OK again
			} catch (StaleRecordException e) {
				setErrorMessage(NLS.bind(Messages.ChoiceLists_stale, labelOf(code), e.getMessage()));
				reread(code);
				return false;
			} catch (RuntimeException e) {
				setErrorMessage(NLS.bind(Messages.ChoiceLists_saveFailed, labelOf(code), e.getMessage()));
				return false;
			}
		}
		setErrorMessage(null);
		table.refresh();
		return true;
	}

	/**
	 * Saves the changed values of one list, replacing each working copy with a
	 * copy of what was stored (new id and version), then the order if it changed:
	 * a failure midway leaves what was saved saved and the rest pending.
	 */
	private void save(ChoiceListService service, String code, List<ChoiceValue> list) {
		for (int i = 0; i < list.size(); i++) {
			ChoiceValue value = list.get(i);
			if (changed.contains(value)) {
				ChoiceValue saved = service.save(value).copy();
				changed.remove(value);
				list.set(i, saved);
			}
		}
		if (reordered.contains(code)) {
			List<ChoiceValue> saved = service.reorder(list).stream().map(ChoiceValue::copy).toList();
			list.clear();
			list.addAll(saved);
			reordered.remove(code);
		}
	}

	/** Drops a list's pending changes and reads it again, after someone else changed it. */
	private void reread(String code) {
		List<ChoiceValue> dropped = values.remove(code);
		if (dropped != null) {
			dropped.forEach(changed::remove);
		}
		reordered.remove(code);
		readFailures.remove(code);
		select(code);
		showList();
	}

	private void select(String code) {
		@SuppressWarnings("unchecked")
		List<ChoiceList> all = (List<ChoiceList>) lists.getInput();
		all.stream().filter(l -> l.code().equals(code)).findFirst()
				.ifPresent(l -> lists.setSelection(new StructuredSelection(l), true));
	}

	private String labelOf(String code) {
		@SuppressWarnings("unchecked")
		List<ChoiceList> all = (List<ChoiceList>) lists.getInput();
		return all.stream().filter(l -> l.code().equals(code)).map(ChoiceList::label).findFirst().orElse(code);
	}
}
