package org.vinculo.sales.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.SalesIds;

/** Shows one of the sales views; the Sales menu names them in the customer's words. */
public abstract class ShowViewHandler extends TermLabelledHandler {

	private final String viewId;

	ShowViewHandler(String commandId, String viewId, String pattern) {
		super(commandId, pattern);
		this.viewId = viewId;
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			window.getActivePage().showView(viewId);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	/** Sales > Pipeline Board. */
	public static final class Board extends ShowViewHandler {
		public Board() {
			super("org.vinculo.sales.ui.commands.showBoard", SalesIds.BOARD_VIEW, Messages.Menu_board); //$NON-NLS-1$
		}
	}

	/** Sales > Opportunities. */
	public static final class Opportunities extends ShowViewHandler {
		public Opportunities() {
			super("org.vinculo.sales.ui.commands.showOpportunities", SalesIds.OPPORTUNITIES_VIEW, //$NON-NLS-1$
					Messages.Menu_opportunities);
		}
	}

	/** Sales > Forecast. */
	public static final class Forecast extends ShowViewHandler {
		public Forecast() {
			super("org.vinculo.sales.ui.commands.showForecast", SalesIds.FORECAST_VIEW, Messages.Menu_forecast); //$NON-NLS-1$
		}
	}

	/** Sales > Quotes. */
	public static final class Documents extends ShowViewHandler {
		public Documents() {
			super("org.vinculo.sales.ui.commands.showDocuments", SalesIds.DOCUMENTS_VIEW, Messages.Menu_documents); //$NON-NLS-1$
		}
	}
}
