package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.Test;
import org.vinculo.ui.WidgetIds;

/**
 * Turning the mouse wheel over a drop-down while scrolling down a record scrolls the record: GTK
 * would change the drop-down's value, an edit the user never meant. A drop-down with the keyboard
 * focus keeps the wheel. (SWT hands GTK the event only if no listener or filter refused it, so the
 * refusal seen here is what keeps the value; the display cannot post a wheel event on GTK.)
 */
class FormWheelUiTest extends WorkbenchTest {

	private static final String INDUSTRY = WidgetIds.PARTY_SEGMENT_PREFIX + "industry";

	@Test
	void theWheelOverADropDownScrollsTheRecordInsteadOfChangingIt() {
		Workbench.openFromPartiesView(ui, "Empresa XYZ", "Empresa XYZ");
		ui.waitUntil("the contact details made", () -> ui.isShown(WidgetIds.PARTY_CONTACTS));
		ScrolledForm form = ui.byId(ScrolledForm.class, WidgetIds.PARTY_FORM);
		Combo industry = ui.byId(Combo.class, INDUSTRY);
		String before = ui.combo(INDUSTRY).selection();
		ui.run(() -> form.setOrigin(0, 0));

		Event down = wheel(industry, -3);
		assertFalse(down.doit, "the drop-down does not get the wheel");
		int scrolled = ui.onUi(() -> form.getOrigin().y);
		assertTrue(scrolled > 0, "the record scrolled down: " + scrolled);
		assertEquals(before, ui.combo(INDUSTRY).selection(), "the value is unchanged");
		assertFalse(ui.onUi(() -> ui.activeEditor().isDirty()), "nothing to save");

		wheel(industry, 3);
		assertTrue(ui.onUi(() -> form.getOrigin().y) < scrolled, "and back up");

		ui.run(industry::setFocus);
		assertTrue(wheel(industry, -3).doit, "a drop-down the user is working with keeps the wheel");
	}

	/** Sends the wheel event SWT makes of a GTK scroll over {@code combo}; returns it as the filters left it. */
	private Event wheel(Combo combo, int count) {
		return ui.onUi(() -> {
			Event event = new Event();
			event.detail = SWT.SCROLL_LINE;
			event.count = count;
			event.doit = true;
			combo.notifyListeners(SWT.MouseVerticalWheel, event);
			return event;
		});
	}
}
