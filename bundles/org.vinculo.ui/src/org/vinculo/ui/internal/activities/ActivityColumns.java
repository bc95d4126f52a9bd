package org.vinculo.ui.internal.activities;

import java.time.LocalDateTime;
import java.util.function.Function;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.vinculo.core.model.Activity;
import org.vinculo.ui.internal.Columns;

/** Text columns of activity tables, every cell coloured by the row's state (overdue, done). */
final class ActivityColumns {

	private ActivityColumns() {
	}

	static TableViewerColumn add(TableViewer viewer, String title, int width, Function<Activity, String> text) {
		// "now" read per cell: a refresh every minute moves rows into overdue without a reload
		return Columns.<Activity>coloured(viewer, title, width, text,
				activity -> ActivityLabels.foreground(activity, LocalDateTime.now()));
	}
}
