package org.vinculo.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.vinculo.ui.internal.views.PartiesView;

/** Where power users live: the parties list on the left, records open on the right. */
public final class PartiesPerspective implements IPerspectiveFactory {

	public static final String ID = "org.vinculo.ui.perspectives.parties"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(PartiesView.ID, IPageLayout.LEFT, 0.38f, layout.getEditorArea());
		layout.getViewLayout(PartiesView.ID).setCloseable(false);
		layout.addShowViewShortcut(PartiesView.ID);
	}
}
