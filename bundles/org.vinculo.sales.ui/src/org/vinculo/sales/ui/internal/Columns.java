package org.vinculo.sales.ui.internal;

import java.util.Comparator;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Adds text columns to a table viewer; columns given a sort key sort the table
 * when their header is clicked, a second click reversing the order.
 */
public final class Columns<T> {

	private final TableViewer viewer;
	private final Class<T> type;
	private final Sorter sorter = new Sorter();

	public Columns(TableViewer viewer, Class<T> type) {
		this.viewer = viewer;
		this.type = type;
	}

	/** A column showing {@code text}, not sortable. */
	public TableViewerColumn add(String header, int width, Function<T, String> text) {
		return add(header, width, SWT.LEFT, text);
	}

	/** A column showing {@code text} aligned by {@code style} ({@code SWT.RIGHT} for amounts), not sortable. */
	public TableViewerColumn add(String header, int width, int style, Function<T, String> text) {
		return column(header, width, style, text, null);
	}

	/** A column showing {@code text}, sorted by {@code key} when its header is clicked. */
	public <K extends Comparable<? super K>> TableViewerColumn add(String header, int width, int style,
			Function<T, String> text, Function<T, K> key) {
		return column(header, width, style, text,
				key == null ? null : Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	private TableViewerColumn column(String header, int width, int style, Function<T, String> text,
			Comparator<T> order) {
		TableViewerColumn column = new TableViewerColumn(viewer, style);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (!type.isInstance(element)) {
					return ""; //$NON-NLS-1$
				}
				String value = text.apply(type.cast(element));
				return value == null ? "" : value; //$NON-NLS-1$
			}
		});
		if (order != null) {
			column.getColumn().addListener(SWT.Selection, e -> sorter.sortBy(column.getColumn(), order));
		}
		return column;
	}

	/** Sorts by the column's key on the first click, in reverse on the next. */
	private final class Sorter extends ViewerComparator {
		private Comparator<T> order;
		private boolean descending;

		void sortBy(TableColumn column, Comparator<T> newOrder) {
			Table table = viewer.getTable();
			descending = table.getSortColumn() == column && table.getSortDirection() == SWT.UP;
			order = newOrder;
			table.setSortColumn(column);
			table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
			if (viewer.getComparator() == this) {
				viewer.refresh();
			} else {
				viewer.setComparator(this);
			}
		}

		@Override
		public int compare(Viewer v, Object a, Object b) {
			if (order == null || !type.isInstance(a) || !type.isInstance(b)) {
				return 0;
			}
			int result = order.compare(type.cast(a), type.cast(b));
			return descending ? -result : result;
		}
	}
}
