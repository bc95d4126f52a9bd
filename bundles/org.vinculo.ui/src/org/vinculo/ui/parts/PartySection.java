package org.vinculo.ui.parts;

import org.eclipse.swt.widgets.Composite;
import org.vinculo.core.model.Party;

/**
 * A section a plug-in contributes to the person and organization editors
 * through the {@code org.vinculo.ui.partySections} extension point. The editor
 * creates one instance per open editor, gives it a titled, collapsible forms
 * section and calls it on the UI thread. Every call is guarded: a section that
 * throws is replaced by a short error note, logged with its bundle's name, and
 * the editor and the other sections go on working.
 */
public interface PartySection {

	/** Creates the section's controls in {@code parent} (no layout set; use your own). */
	void createContent(Composite parent, PartySectionSite site);

	/**
	 * The editor's record was loaded, saved or reverted; called after {@link #createContent}, first when
	 * the record is first loaded: the place to read what the section shows.
	 */
	void partyChanged(Party party);

	/** The editor is closing; release what you hold (listeners, images). */
	default void dispose() {
	}
}
