package org.vinculo.sales.ui.internal;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;

/**
 * In-place editing for the sales tables: a text cell or a drop-down cell that
 * reads and writes one property of a row and tells the editor or page that it
 * changed.
 */
public final class Cells {

	private Cells() {
	}

	/** A text cell showing {@code get} and storing the typed text with {@code set}. */
	public static <T> EditingSupport text(TableViewer viewer, Class<T> type, Function<T, String> get,
			BiConsumer<T, String> set, Runnable changed) {
		return new EditingSupport(viewer) {
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
				return type.isInstance(element);
			}

			@Override
			protected Object getValue(Object element) {
				String value = get.apply(type.cast(element));
				return value == null ? "" : value; //$NON-NLS-1$
			}

			@Override
			protected void setValue(Object element, Object value) {
				T row = type.cast(element);
				if (Objects.equals(get.apply(row), value)) {
					return;
				}
				set.accept(row, String.valueOf(value));
				viewer.update(element, null);
				changed.run();
			}
		};
	}

	/** A drop-down cell over {@code items} (read when the cell opens), storing the chosen index. */
	public static <T> EditingSupport choice(TableViewer viewer, Class<T> type, Supplier<String[]> items,
			ToIntFunction<T> get, BiConsumer<T, Integer> set, Runnable changed) {
		return new EditingSupport(viewer) {
			private ComboBoxCellEditor editor;

			@Override
			protected CellEditor getCellEditor(Object element) {
				if (editor == null) {
					editor = new ComboBoxCellEditor(viewer.getTable(), items.get(), SWT.READ_ONLY);
				} else {
					editor.setItems(items.get());
				}
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return type.isInstance(element);
			}

			@Override
			protected Object getValue(Object element) {
				return Math.max(0, get.applyAsInt(type.cast(element)));
			}

			@Override
			protected void setValue(Object element, Object value) {
				T row = type.cast(element);
				int index = value instanceof Integer i ? i : -1;
				if (index < 0 || index == get.applyAsInt(row)) {
					return;
				}
				set.accept(row, index);
				viewer.update(element, null);
				changed.run();
			}
		};
	}
}
