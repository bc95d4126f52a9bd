package org.vinculo.sales.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vinculo.core.search.PartySummary;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.PartyRef;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.opportunities.NewOpportunityWizard;

/**
 * New Opportunity, from the Sales menu or a party's context menu: with one
 * party selected in the Parties view, the opportunity is for that party.
 */
public final class NewOpportunityHandler extends TermLabelledHandler {

	public NewOpportunityHandler() {
		super(SalesIds.NEW_OPPORTUNITY_COMMAND, Messages.Menu_newOpportunity);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		PartyRef party = null;
		if (selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof PartySummary summary) {
			party = PartyRef.of(summary);
		}
		NewOpportunityWizard.open(shell, party);
		return null;
	}
}
