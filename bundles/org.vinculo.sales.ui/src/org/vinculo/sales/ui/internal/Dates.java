package org.vinculo.sales.ui.internal;

import java.time.LocalDate;

import org.eclipse.swt.widgets.DateTime;

/** Reads and sets the date of a {@link DateTime}, whose months count from zero. */
public final class Dates {

	private Dates() {
	}

	public static LocalDate get(DateTime widget) {
		return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
	}

	public static void set(DateTime widget, LocalDate date) {
		LocalDate value = date == null ? LocalDate.now() : date;
		widget.setDate(value.getYear(), value.getMonthValue() - 1, value.getDayOfMonth());
	}
}
