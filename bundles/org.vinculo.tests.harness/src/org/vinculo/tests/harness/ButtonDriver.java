package org.vinculo.tests.harness;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;

/** Drives a push button or check box. */
public final class ButtonDriver {

	private final UiDriver driver;
	private final Button button;

	ButtonDriver(UiDriver driver, Button button) {
		this.driver = driver;
		this.button = button;
	}

	public boolean isEnabled() {
		return driver.onUi(button::isEnabled);
	}

	/**
	 * Clicks without waiting for what the click does: a click may open a modal
	 * dialog. Fails if the button is disabled, as a user's click would do nothing.
	 */
	public void click() {
		driver.waitUntil("the button \"" + driver.onUi(button::getText) + "\" to be enabled", this::isEnabled);
		driver.async(() -> button.notifyListeners(SWT.Selection, new Event()));
	}

	/** Sets a check box and fires its selection listeners; waits for them. */
	public void check(boolean selected) {
		driver.run(() -> {
			button.setSelection(selected);
			button.notifyListeners(SWT.Selection, new Event());
		});
	}

	public boolean isChecked() {
		return driver.onUi(button::getSelection);
	}
}
