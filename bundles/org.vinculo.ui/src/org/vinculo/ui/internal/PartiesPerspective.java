package org.vinculo.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.vinculo.ui.internal.activities.AgendaView;
import org.vinculo.ui.internal.network.IntroductionsView;
import org.vinculo.ui.internal.network.NetworkView;
import org.vinculo.ui.internal.network.OrgChartView;
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
		// the current user's agenda under the list: overdue, today, this week
		layout.addView(AgendaView.ID, IPageLayout.BOTTOM, 0.68f, PartiesView.ID);
		layout.addShowViewShortcut(AgendaView.ID);
		// the network views open below the records when asked for (Navigate menu, list's context menu)
		IPlaceholderFolderLayout below = layout.createPlaceholderFolder("org.vinculo.ui.folders.network", //$NON-NLS-1$
				IPageLayout.BOTTOM, 0.35f, layout.getEditorArea());
		for (String view : new String[] { NetworkView.ID, IntroductionsView.ID, OrgChartView.ID }) {
			below.addPlaceholder(view);
			layout.addShowViewShortcut(view);
		}
	}
}
