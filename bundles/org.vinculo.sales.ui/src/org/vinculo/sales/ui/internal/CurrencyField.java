package org.vinculo.sales.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** A currency code: the common ones to choose from, any other ISO 4217 code to type. */
public final class CurrencyField {

	private CurrencyField() {
	}

	public static Combo create(Composite parent, String selected) {
		Combo combo = new Combo(parent, SWT.DROP_DOWN | SWT.BORDER);
		combo.setItems(Formats.CURRENCIES.toArray(String[]::new));
		combo.setText(selected == null ? Formats.DEFAULT_CURRENCY : selected);
		combo.setTextLimit(3);
		return combo;
	}

	/** The code as typed, upper case; blank for none. */
	public static String read(Combo combo) {
		return combo.getText().strip().toUpperCase(Locale.ROOT);
	}
}
