package org.vinculo.ui.tests.contributions;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vinculo.core.model.Party;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.PartySection;
import org.vinculo.ui.parts.PartySectionSite;

/** A well-behaved contributed section: shows the loaded record's name, as a plug-in's section would. */
public final class EchoSection implements PartySection {

	public static final String LABEL_ID = "test.echo";

	private Label label;

	@Override
	public void createContent(Composite parent, PartySectionSite site) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		label = site.toolkit().createLabel(parent, "waiting for " + site.partyKind() + " " + site.partyId(), SWT.NONE);
		label.setData(WidgetIds.KEY, LABEL_ID);
	}

	@Override
	public void partyChanged(Party party) {
		label.setText("Echo: " + party.getDisplayName());
		label.getParent().layout();
	}
}
