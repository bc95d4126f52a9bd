package org.vinculo.sales.ui.internal;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.vinculo.ui.WidgetIds;

/**
 * The tables of the sales UI: a header and grid lines over a list given as
 * input, and an id the UI tests find them by.
 */
public final class Tables {

	private Tables() {
	}

	public static TableViewer create(Composite parent, int style, String id) {
		TableViewer viewer = new TableViewer(parent, style);
		WidgetIds.tag(viewer.getTable(), id);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	/** As {@link #create}, for a table edited in place: the UI tests edit its cells through its viewer. */
	public static TableViewer editable(Composite parent, int style, String id) {
		TableViewer viewer = create(parent, style, id);
		viewer.getTable().setData(SalesIds.VIEWER_KEY, viewer);
		return viewer;
	}
}
