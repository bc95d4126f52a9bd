package org.vinculo.ui.internal.editors;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;

/**
 * The record's tags as coloured chips under the tag field, following what is
 * typed. Clicking a chip chooses the tag's colour, which is the same for every
 * record and every user of the database.
 */
final class TagChips {

	private final Composite chips;
	private final Text tags;
	private Map<String, String> colours = Map.of();

	TagChips(FormToolkit toolkit, Composite client, Text tags) {
		this.tags = tags;
		toolkit.createLabel(client, ""); //$NON-NLS-1$
		chips = toolkit.createComposite(client);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.marginLeft = 0;
		row.marginTop = 0;
		row.spacing = 4;
		chips.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(chips);
		WidgetIds.tag(chips, WidgetIds.PARTY_TAG_CHIPS);
		tags.addModifyListener(e -> refresh());
	}

	/** The colours of every tag in use; called with each full load of the editor. */
	void setColours(Map<String, String> tagColours) {
		colours = Map.copyOf(tagColours);
		refresh();
	}

	private void refresh() {
		if (chips.isDisposed()) {
			return;
		}
		for (Control child : chips.getChildren()) {
			child.dispose();
		}
		Set<String> typed = new LinkedHashSet<>();
		Arrays.stream(tags.getText().split(",")).map(t -> t.strip().toLowerCase(Locale.ROOT)) //$NON-NLS-1$
				.filter(t -> !t.isEmpty()).forEach(typed::add);
		for (String tag : typed) {
			Label chip = new Label(chips, SWT.NONE);
			chip.setText(" " + tag + " "); //$NON-NLS-1$ //$NON-NLS-2$
			String colour = colours.get(tag);
			if (colour != null) {
				RGB rgb = rgb(colour);
				chip.setBackground(new Color(rgb));
				boolean dark = rgb.red * 0.299 + rgb.green * 0.587 + rgb.blue * 0.114 < 150;
				chip.setForeground(chip.getDisplay().getSystemColor(dark ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
			} else {
				chip.setBackground(chip.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
			}
			chip.setToolTipText(NLS.bind(Messages.Editor_tagColourHint, tag));
			chip.addListener(SWT.MouseUp, e -> chooseColour(tag));
		}
		chips.getParent().layout(true, true);
	}

	private void chooseColour(String tag) {
		ColorDialog dialog = new ColorDialog(chips.getShell());
		dialog.setText(NLS.bind(Messages.Editor_tagColourTitle, tag));
		String current = colours.get(tag);
		if (current != null) {
			dialog.setRGB(rgb(current));
		}
		RGB chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		String colour = String.format(Locale.ROOT, "#%02x%02x%02x", chosen.red, chosen.green, chosen.blue); //$NON-NLS-1$
		// the change comes back as a list event, and every open editor reloads its colours
		Job.create(Messages.Editor_tagColourJob, monitor -> {
			CoreServices.choices().setTagColour(tag, colour);
		}).schedule();
	}

	private static RGB rgb(String colour) {
		int value = Integer.parseInt(colour.substring(1), 16);
		return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}
}
