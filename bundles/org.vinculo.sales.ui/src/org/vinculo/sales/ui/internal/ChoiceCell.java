package org.vinculo.sales.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;

/**
 * A drop-down cell whose options depend on the row: they are read again each
 * time the cell opens (a retired option stays offered to the row that holds
 * it), and the option chosen is handed to the row.
 *
 * @param <T> the rows of the table
 * @param <O> the options
 */
public abstract class ChoiceCell<T, O> extends EditingSupport {

	private final TableViewer viewer;
	private final Class<T> type;
	private final Runnable changed;
	private List<O> offered = List.of();
	private ComboBoxCellEditor editor;

	/** A cell of {@code viewer}'s rows of {@code type}; {@code changed} runs after a row took another option. */
	protected ChoiceCell(TableViewer viewer, Class<T> type, Runnable changed) {
		super(viewer);
		this.viewer = viewer;
		this.type = type;
		this.changed = changed;
	}

	/** What {@code row} may choose from, in the order shown. */
	protected abstract List<O> options(T row);

	protected abstract String label(O option);

	/** Whether {@code row} holds {@code option} now. */
	protected abstract boolean holds(T row, O option);

	/** Stores {@code option} in {@code row}; whether that changed the row. */
	protected abstract boolean choose(T row, O option);

	@Override
	protected CellEditor getCellEditor(Object element) {
		offered = options(type.cast(element));
		String[] items = offered.stream().map(this::label).toArray(String[]::new);
		if (editor == null) {
			editor = new ComboBoxCellEditor(viewer.getTable(), items, SWT.READ_ONLY);
		} else {
			editor.setItems(items);
		}
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return type.isInstance(element);
	}

	@Override
	protected Object getValue(Object element) {
		T row = type.cast(element);
		for (int i = 0; i < offered.size(); i++) {
			if (holds(row, offered.get(i))) {
				return i;
			}
		}
		return 0;
	}

	@Override
	protected void setValue(Object element, Object value) {
		int index = value instanceof Integer i ? i : -1;
		if (index >= 0 && index < offered.size() && choose(type.cast(element), offered.get(index))) {
			viewer.update(element, null);
			changed.run();
		}
	}
}
