package org.vinculo.ui.internal.handlers;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.dialogs.RelationshipDialog;
import org.vinculo.ui.internal.network.IntroductionsView;
import org.vinculo.ui.internal.network.NetworkView;
import org.vinculo.ui.internal.network.OrgChartView;

/** The network commands on the selected party (list row or active editor). */
public final class NetworkHandlers {

	private NetworkHandlers() {
	}

	private abstract static class OnParty extends AbstractHandler implements IElementUpdater {
		private final String label;

		OnParty(String label) {
			this.label = label;
		}

		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
			SelectedParty.of(event).ifPresentOrElse(party -> run(event, page, party), () -> runWithout(page));
			return null;
		}

		abstract void run(ExecutionEvent event, IWorkbenchPage page, Party party);

		/** Without a selected party: open the view empty, where one can be chosen. */
		void runWithout(IWorkbenchPage page) {
			// nothing by default
		}

		/** Menu labels follow the terminology. */
		@Override
		public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
			element.setText(Terms.format(label));
		}
	}

	/** "Add Relationship…": the relationship dialog for the selected party. */
	public static final class Relate extends OnParty {
		public Relate() {
			super(Messages.Command_relate);
		}

		@Override
		void run(ExecutionEvent event, IWorkbenchPage page, Party party) {
			new RelationshipDialog(HandlerUtil.getActiveShell(event), party, null, null).open();
		}
	}

	/** "Show Network": the network view centred on the selected party. */
	public static final class ShowNetwork extends OnParty {
		public ShowNetwork() {
			super(Messages.Command_showNetwork);
		}

		@Override
		void run(ExecutionEvent event, IWorkbenchPage page, Party party) {
			NetworkView.showFor(page, party);
		}

		@Override
		void runWithout(IWorkbenchPage page) {
			show(page, NetworkView.ID);
		}
	}

	/** "Find Introductions…": the best paths from our organization to the selected party. */
	public static final class FindIntroductions extends OnParty {
		public FindIntroductions() {
			super(Messages.Command_findIntroductions);
		}

		@Override
		void run(ExecutionEvent event, IWorkbenchPage page, Party party) {
			IntroductionsView.showFor(page, party);
		}

		@Override
		void runWithout(IWorkbenchPage page) {
			show(page, IntroductionsView.ID);
		}
	}

	/** "Show Org Chart": the chart of the selected organization. */
	public static final class ShowOrgChart extends OnParty {
		public ShowOrgChart() {
			super(Messages.Command_showOrgChart);
		}

		@Override
		void run(ExecutionEvent event, IWorkbenchPage page, Party party) {
			if (party instanceof Organization) {
				OrgChartView.showFor(page, party);
			} else {
				show(page, OrgChartView.ID);
			}
		}

		@Override
		void runWithout(IWorkbenchPage page) {
			show(page, OrgChartView.ID);
		}
	}

	private static void show(IWorkbenchPage page, String viewId) {
		try {
			page.showView(viewId);
		} catch (org.eclipse.ui.PartInitException e) {
			org.eclipse.core.runtime.ILog.of(NetworkHandlers.class).error("Cannot open " + viewId, e); //$NON-NLS-1$
		}
	}
}
