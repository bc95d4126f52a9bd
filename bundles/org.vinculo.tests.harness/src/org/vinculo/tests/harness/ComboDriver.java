package org.vinculo.tests.harness;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;

/** Drives a read-only combo box. */
public final class ComboDriver {

	private final UiDriver driver;
	private final Combo combo;

	ComboDriver(UiDriver driver, Combo combo) {
		this.driver = driver;
		this.combo = combo;
	}

	public List<String> items() {
		return driver.onUi(() -> Arrays.asList(combo.getItems()));
	}

	public String selection() {
		return driver.onUi(combo::getText);
	}

	/**
	 * Selects the item reading {@code text} and fires the listeners a user's choice fires, after the
	 * pointer's arrival a user's click starts with (a drop-down may list its entries then).
	 */
	public ComboDriver select(String text) {
		driver.run(() -> {
			combo.notifyListeners(SWT.MouseEnter, new Event());
			int index = combo.indexOf(text);
			if (index < 0) {
				throw new AssertionError("No item \"" + text + "\" in " + Arrays.toString(combo.getItems()));
			}
			combo.select(index);
			combo.notifyListeners(SWT.Modify, null);
			combo.notifyListeners(SWT.Selection, null);
		});
		return this;
	}
}
