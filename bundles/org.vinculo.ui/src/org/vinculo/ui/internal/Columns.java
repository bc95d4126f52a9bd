package org.vinculo.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;

/** Adds a text column (with an optional image or colour) to a table viewer whose rows are of one type. */
public final class Columns {

	private Columns() {
	}

	public static <E> TableViewerColumn add(TableViewer viewer, String title, int width, Function<E, String> text,
			Function<E, Image> image) {
		return column(viewer, title, width, text, image, null);
	}

	/** A text column whose cells take their row's colour ({@code null} for the default). */
	public static <E> TableViewerColumn coloured(TableViewer viewer, String title, int width, Function<E, String> text,
			Function<E, Color> foreground) {
		return column(viewer, title, width, text, null, foreground);
	}

	@SuppressWarnings("unchecked")
	private static <E> TableViewerColumn column(TableViewer viewer, String title, int width, Function<E, String> text,
			Function<E, Image> image, Function<E, Color> foreground) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Labels.nullToEmpty(text.apply((E) element));
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply((E) element);
			}

			@Override
			public Color getForeground(Object element) {
				return foreground == null ? null : foreground.apply((E) element);
			}
		});
		return column;
	}
}
