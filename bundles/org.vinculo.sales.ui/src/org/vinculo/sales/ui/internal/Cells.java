package org.vinculo.sales.ui.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

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

	/** A cell of a table's rows of one type, which tells its editor or page when a row took an edit. */
	public abstract static class Cell<T> extends EditingSupport {

		protected final TableViewer viewer;
		protected final Class<T> type;
		private final Runnable changed;

		protected Cell(TableViewer viewer, Class<T> type, Runnable changed) {
			super(viewer);
			this.viewer = viewer;
			this.type = type;
			this.changed = changed;
		}

		@Override
		protected boolean canEdit(Object element) {
			return type.isInstance(element);
		}

		/** {@code row} took an edit: shows it, and says so. */
		protected final void stored(Object row) {
			viewer.update(row, null);
			changed.run();
		}
	}

	/**
	 * A drop-down cell whose options depend on the row: they are read again each
	 * time the cell opens (a retired option stays offered to the row that holds
	 * it), and the option chosen is handed to the row.
	 *
	 * @param <T> the rows of the table
	 * @param <O> the options
	 */
	public abstract static class Choice<T, O> extends Cell<T> {

		private List<O> offered = List.of();
		private ComboBoxCellEditor editor;

		protected Choice(TableViewer viewer, Class<T> type, Runnable changed) {
			super(viewer, type, changed);
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
				stored(element);
			}
		}
	}

	/** A text cell showing {@code get} and storing the typed text with {@code set}. */
	public static <T> EditingSupport text(TableViewer viewer, Class<T> type, Function<T, String> get,
			BiConsumer<T, String> set, Runnable changed) {
		return new Cell<T>(viewer, type, changed) {
			private CellEditor editor;

			@Override
			protected CellEditor getCellEditor(Object element) {
				if (editor == null) {
					editor = new TextCellEditor(viewer.getTable());
				}
				return editor;
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
				stored(element);
			}
		};
	}

	/** A drop-down cell over {@code items} (read when the cell opens), storing the chosen index. */
	public static <T> EditingSupport choice(TableViewer viewer, Class<T> type, Supplier<String[]> items,
			ToIntFunction<T> get, BiConsumer<T, Integer> set, Runnable changed) {
		return new Choice<T, Integer>(viewer, type, changed) {
			private String[] labels = {};

			@Override
			protected List<Integer> options(T row) {
				labels = items.get();
				return IntStream.range(0, labels.length).boxed().toList();
			}

			@Override
			protected String label(Integer option) {
				return labels[option];
			}

			@Override
			protected boolean holds(T row, Integer option) {
				return get.applyAsInt(row) == option;
			}

			@Override
			protected boolean choose(T row, Integer option) {
				if (get.applyAsInt(row) == option) {
					return false;
				}
				set.accept(row, option);
				return true;
			}
		};
	}
}
