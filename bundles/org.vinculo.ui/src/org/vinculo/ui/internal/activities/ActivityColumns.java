package org.vinculo.ui.internal.activities;

import java.time.LocalDateTime;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.vinculo.core.model.Activity;

/** Text columns of activity tables, every cell coloured by the row's state (overdue, done). */
final class ActivityColumns {

	private ActivityColumns() {
	}

	static TableViewerColumn add(TableViewer viewer, String title, int width, Function<Activity, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String shown = element instanceof Activity activity ? text.apply(activity) : null;
				return shown == null ? "" : shown; //$NON-NLS-1$
			}

			@Override
			public Color getForeground(Object element) {
				// "now" read per cell: a refresh every minute moves rows into overdue without a reload
				return element instanceof Activity activity ? ActivityLabels.foreground(activity, LocalDateTime.now())
						: null;
			}
		});
		return column;
	}
}
