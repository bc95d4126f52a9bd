package org.vinculo.ui.internal.editors;

import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;

/** The columns both sides show for an affiliation after the party's name. */
final class AffiliationColumns {

	private AffiliationColumns() {
	}

	static void addCommon(PartyEditor<?> editor) {
		editor.addAffiliationColumn(Messages.Editor_columnRole, 140, a -> a.getRole().getLabel(), null);
		editor.addAffiliationColumn(Messages.Editor_columnTitle, 160, a -> a.getTitle(), null);
		editor.addAffiliationColumn(Messages.Editor_columnSince, 100, a -> Labels.date(a.getSince()), null);
		editor.addAffiliationColumn(Messages.Editor_columnUntil, 100, a -> Labels.date(a.getUntil()), null);
		editor.addAffiliationColumn(Messages.Editor_columnStatus, 90, Labels::status, null);
		editor.addAffiliationColumn(Messages.Editor_columnPrimary, 70,
				a -> a.isPrimary() ? Messages.Editor_primaryYes : "", null); //$NON-NLS-1$
	}
}
