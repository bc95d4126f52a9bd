package org.vinculo.ui.parts;

import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vinculo.core.model.PartyKind;

/** What a {@link PartySection} knows about the editor hosting it. */
public interface PartySectionSite {

	/** The id of the person or organization the editor shows. */
	long partyId();

	PartyKind partyKind();

	/** The editor's workbench site: shell, page, selection provider, menus. */
	IWorkbenchPartSite workbenchSite();

	/** The editor's forms toolkit, for controls that look like the rest of the editor. */
	FormToolkit toolkit();

	/** Lays the editor out again after the section changed its size (rows added or removed). */
	void reflow();
}
