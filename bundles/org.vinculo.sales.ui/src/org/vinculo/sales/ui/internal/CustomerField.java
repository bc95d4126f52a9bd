package org.vinculo.sales.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.vinculo.ui.WidgetIds;

/**
 * The customer of a record in a sales editor: the party as a link that opens
 * its own editor, and a button to choose another party instead.
 */
public final class CustomerField {

	private final Hyperlink link;
	private final Button change;
	private PartyRef party;

	/**
	 * Adds the label and, three columns wide, the link and the button to
	 * {@code client}'s four-column grid; the button runs {@code choose}.
	 */
	public CustomerField(FormToolkit toolkit, Composite client, IWorkbenchPartSite site, String linkId,
			String changeId, Runnable choose) {
		toolkit.createLabel(client, Messages.Field_customer);
		Composite row = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 0).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(row);
		link = WidgetIds.tag(toolkit.createHyperlink(row, "", SWT.NONE), linkId); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(link);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				if (party != null) {
					Open.party(site.getPage(), party.id());
				}
			}
		});
		change = WidgetIds.tag(toolkit.createButton(row, Messages.Button_change, SWT.PUSH), changeId);
		change.addListener(SWT.Selection, e -> choose.run());
	}

	/** The party shown; {@code null} until one is. */
	public PartyRef party() {
		return party;
	}

	public void show(PartyRef shown) {
		party = shown;
		link.setText(party == null ? "" : party.name()); //$NON-NLS-1$
		link.getParent().layout();
	}

	public Hyperlink link() {
		return link;
	}

	public Button changeButton() {
		return change;
	}
}
