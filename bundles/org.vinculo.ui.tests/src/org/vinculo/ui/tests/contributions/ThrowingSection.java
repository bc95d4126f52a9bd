package org.vinculo.ui.tests.contributions;

import org.eclipse.swt.widgets.Composite;
import org.vinculo.core.model.Party;
import org.vinculo.ui.parts.PartySection;
import org.vinculo.ui.parts.PartySectionSite;

/** A faulty plug-in's section that fails while creating its controls. */
public final class ThrowingSection implements PartySection {

	@Override
	public void createContent(Composite parent, PartySectionSite site) {
		throw new IllegalStateException("deliberate failure creating a section");
	}

	@Override
	public void partyChanged(Party party) {
		throw new AssertionError("never called: the section failed to create");
	}
}
