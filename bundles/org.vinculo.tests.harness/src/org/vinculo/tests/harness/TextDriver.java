package org.vinculo.tests.harness;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/** Drives a text field: real key strokes or a direct value. */
public final class TextDriver {

	private final UiDriver driver;
	private final Text text;

	TextDriver(UiDriver driver, Text text) {
		this.driver = driver;
		this.text = text;
	}

	public Text widget() {
		return text;
	}

	/**
	 * Focuses the field, clears it and types {@code value} as key strokes posted to
	 * the display, as a user would; waits until the field shows the value.
	 */
	public TextDriver typeText(String value) {
		driver.run(() -> {
			text.setFocus();
			text.setText("");
		});
		for (char c : value.toCharArray()) {
			driver.run(() -> {
				postKey(SWT.KeyDown, c);
				postKey(SWT.KeyUp, c);
			});
		}
		driver.waitUntil("the field to read \"" + value + "\"", () -> value.equals(getText()),
				() -> "it reads \"" + getText() + "\"; focus is on " + driver.onUi(() -> text.getDisplay().getFocusControl())
						+ " in " + driver.onUi(() -> String.valueOf(text.getDisplay().getActiveShell())));
		return this;
	}

	private void postKey(int type, char c) {
		Event event = new Event();
		event.type = type;
		event.character = c;
		event.keyCode = Character.isLetter(c) ? Character.toLowerCase(c) : c;
		if (Character.isUpperCase(c)) {
			event.stateMask = SWT.SHIFT;
		}
		text.getDisplay().post(event);
	}

	/** Sets the value directly, firing the modify listeners; for values the keyboard cannot post. */
	public TextDriver setText(String value) {
		driver.run(() -> text.setText(value));
		return this;
	}

	public String getText() {
		return driver.onUi(text::getText);
	}

	public boolean isEditable() {
		return driver.onUi(text::getEditable);
	}
}
