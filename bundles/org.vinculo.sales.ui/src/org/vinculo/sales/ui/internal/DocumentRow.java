package org.vinculo.sales.ui.internal;

import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.Totals;

/** A quote, order or invoice as lists show it: with its totals and its party's name. */
public record DocumentRow(SalesDocument document, Totals totals, String partyName) {

	/** "Quote Q-2026-0001". */
	public String label() {
		return SalesLabels.type(document.type()) + " " + (document.number() == null ? "" : document.number()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
