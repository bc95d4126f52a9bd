package org.vinculo.ui.internal.editors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vinculo.core.model.Party;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.Messages;

/**
 * A list of small records (emails and phones, addresses) edited in place in a
 * table: add rows with the buttons, edit a cell by clicking it or pressing F2,
 * remove the selected row.
 *
 * @param <T> the party
 * @param <R> one row
 */
final class ListBinding<T extends Party, R> implements FieldBinding<T> {

	/** Widget data key under which the table's viewer is kept, for tests and automation. */
	static final String VIEWER_KEY = "org.vinculo.viewer"; //$NON-NLS-1$

	/** One column: how a row shows and takes a value; {@code choices} makes it a drop-down. */
	record Column<R>(String title, int width, Function<R, String> get, BiConsumer<R, String> set, String[] choices) {
	}

	/** A button that adds a row. */
	record Adder<R>(String label, String id, Supplier<R> newRow) {
	}

	/** How rows are copied from and to the party and written as canonical text. */
	record Rows<T, R>(Function<T, List<R>> read, BiConsumer<T, List<R>> write, Function<R, String> canonical,
			Function<String, R> parse, Function<R, String> describe) {
	}

	private final String id;
	private final String label;
	private final Rows<T, R> rowsIo;
	private TableViewer viewer;
	private final List<Button> buttons = new ArrayList<>();
	private final Runnable changed;
	private List<R> rows = new ArrayList<>();
	private boolean editable;

	ListBinding(FormToolkit toolkit, Composite parent, String id, String label, List<Column<R>> columns,
			Rows<T, R> rowsIo, List<Adder<R>> adders, Runnable changed) {
		this.id = id;
		this.label = label;
		this.rowsIo = rowsIo;
		this.changed = changed;
		Composite box = toolkit.createComposite(parent);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(box);
		GridLayoutFactory.fillDefaults().numColumns(adders.size() + 2).applyTo(box);
		for (Adder<R> adder : adders) {
			Button add = WidgetIds.tag(toolkit.createButton(box, adder.label(), SWT.PUSH), adder.id());
			add.addListener(SWT.Selection, e -> {
				R row = adder.newRow().get();
				rows.add(row);
				viewer.refresh();
				viewer.editElement(row, columns.size() - 1);
				changed.run();
			});
			buttons.add(add);
		}
		Button remove = WidgetIds.tag(toolkit.createButton(box, Messages.Editor_removeRow, SWT.PUSH), id + ".remove"); //$NON-NLS-1$
		remove.addListener(SWT.Selection, e -> {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (selected != null && rows.remove(selected)) {
				viewer.refresh();
				changed.run();
			}
		});
		buttons.add(remove);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(toolkit.createLabel(box, "")); //$NON-NLS-1$

		viewer = new TableViewer(box, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), id);
		viewer.getTable().setData(VIEWER_KEY, viewer);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).span(adders.size() + 2, 1).hint(200, 90)
				.applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (Column<R> column : columns) {
			TableViewerColumn tableColumn = Columns.add(viewer, column.title(), column.width(), column.get(), null);
			tableColumn.setEditingSupport(new CellEditing(column));
		}
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
						| ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.setInput(rows);
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public Control control() {
		return viewer.getControl();
	}

	@Override
	public String read(T record) {
		return canonical(rowsIo.read().apply(record));
	}

	@Override
	public String current() {
		return canonical(rows);
	}

	private String canonical(List<R> list) {
		return list.stream().map(rowsIo.canonical()).collect(Collectors.joining("\n")); //$NON-NLS-1$
	}

	@Override
	public void show(String canonical) {
		rows = canonical.isEmpty() ? new ArrayList<>()
				: Arrays.stream(canonical.split("\n")).map(rowsIo.parse()).collect(Collectors.toCollection(ArrayList::new)); //$NON-NLS-1$
		viewer.setInput(rows);
	}

	@Override
	public void apply(T target) {
		rowsIo.write().accept(target, rows);
	}

	@Override
	public void setEditable(boolean value) {
		editable = value;
		buttons.forEach(b -> b.setEnabled(value));
	}

	@Override
	public String describe(String canonical) {
		if (canonical.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		return Arrays.stream(canonical.split("\n")).map(rowsIo.parse()).map(rowsIo.describe()) //$NON-NLS-1$
				.collect(Collectors.joining("\n")); //$NON-NLS-1$
	}

	@Override
	public boolean mergeableAsText() {
		return false;
	}

	private final class CellEditing extends EditingSupport {
		private final Column<R> column;
		/** One editor per column, made on first use and disposed with the table. */
		private CellEditor editor;

		CellEditing(Column<R> column) {
			super(viewer);
			this.column = column;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (editor == null) {
				editor = column.choices() == null ? new TextCellEditor(viewer.getTable())
						: new ComboBoxCellEditor(viewer.getTable(), column.choices(), SWT.READ_ONLY);
			}
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return editable && column.set() != null;
		}

		@Override
		protected Object getValue(Object element) {
			@SuppressWarnings("unchecked")
			String value = column.get().apply((R) element);
			if (column.choices() == null) {
				return value == null ? "" : value; //$NON-NLS-1$
			}
			return Math.max(0, Arrays.asList(column.choices()).indexOf(value));
		}

		@Override
		@SuppressWarnings("unchecked")
		protected void setValue(Object element, Object value) {
			String text = column.choices() == null ? (String) value : column.choices()[(Integer) value];
			String before = column.get().apply((R) element);
			if (!text.equals(before == null ? "" : before)) { //$NON-NLS-1$
				column.set().accept((R) element, text);
				viewer.update(element, null);
				changed.run();
			}
		}
	}
}
