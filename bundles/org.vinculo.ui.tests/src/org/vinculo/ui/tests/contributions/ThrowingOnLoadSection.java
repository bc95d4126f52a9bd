package org.vinculo.ui.tests.contributions;

import org.eclipse.swt.widgets.Composite;
import org.vinculo.core.model.Party;
import org.vinculo.ui.parts.PartySection;
import org.vinculo.ui.parts.PartySectionSite;

/** A faulty plug-in's section that draws itself but fails when a record is shown (a broken linkage, say). */
public final class ThrowingOnLoadSection implements PartySection {

	@Override
	public void createContent(Composite parent, PartySectionSite site) {
		site.toolkit().createLabel(parent, "about to fail");
	}

	@Override
	public void partyChanged(Party party) {
		throw new NoClassDefFoundError("org/example/Missing (deliberate)");
	}
}
