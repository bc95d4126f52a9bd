package org.vinculo.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * The mouse wheel over a drop-down in a scrolled form scrolls the form. GTK would change the
 * drop-down's value instead: an edit nobody meant, made while scrolling down a long record, and
 * saved with the next change. A drop-down that has the keyboard focus keeps the wheel, as the
 * user chose to work with it.
 * <p>
 * The party editors use it; a plug-in's editor calls {@link #install} on its own form.
 */
public final class FormWheel {

	/** Pixels a notch of the wheel scrolls, as GTK scrolls a scrolled window by about three lines. */
	private static final int PIXELS_PER_NOTCH = 16;

	private FormWheel() {
	}

	/** Until {@code form} is disposed, the wheel over its drop-downs scrolls it. */
	public static void install(ScrolledComposite form) {
		Display display = form.getDisplay();
		Listener filter = event -> redirect(form, event);
		display.addFilter(SWT.MouseVerticalWheel, filter);
		form.addDisposeListener(e -> display.removeFilter(SWT.MouseVerticalWheel, filter));
	}

	private static void redirect(ScrolledComposite form, Event event) {
		if (!(event.widget instanceof Combo combo) || combo.isDisposed() || form.isDisposed() || combo.isFocusControl()
				|| !inside(combo, form)) {
			return;
		}
		event.doit = false;
		Point origin = form.getOrigin();
		// count is positive for the wheel turned up (towards the top of the record)
		form.setOrigin(origin.x, Math.max(0, origin.y - event.count * PIXELS_PER_NOTCH));
	}

	private static boolean inside(Control control, ScrolledComposite form) {
		for (Control c = control.getParent(); c != null; c = c.getParent()) {
			if (c == form) {
				return true;
			}
		}
		return false;
	}
}
