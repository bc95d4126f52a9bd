package org.vinculo.sales.ui.internal.opportunities;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.vinculo.sales.OpportunityQuery;
import org.vinculo.sales.OpportunityRow;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.SalesService;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.Columns;
import org.vinculo.sales.ui.internal.Failures;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.Open;
import org.vinculo.sales.ui.internal.RecordsView;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.TermLabels;

/**
 * Every opportunity in a sortable table: title, party, pipeline and stage,
 * amount, weighted amount, close date, owner. Typing filters the rows at once;
 * double-click opens one; the tool bar starts a new one.
 */
public final class OpportunitiesView extends RecordsView {

	public static final String ID = SalesIds.OPPORTUNITIES_VIEW;

	private Text filter;
	private Map<Long, String> pipelineNames = Map.of();
	private String needle = ""; //$NON-NLS-1$

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).spacing(8, 6).applyTo(parent);
		terms.listen(getSite().getService(IEventBroker.class));
		terms.bind(() -> setPartName(TermLabels.format(Messages.Term_opportunities)));

		filter = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER),
				SalesIds.OPPORTUNITIES_FILTER);
		terms.bind(() -> filter.setMessage(TermLabels.format(Messages.Opportunities_filterHint)));
		GridDataFactory.swtDefaults().hint(260, SWT.DEFAULT).applyTo(filter);
		filter.addListener(SWT.Modify, e -> {
			needle = filter.getText().strip().toLowerCase(Locale.ROOT);
			viewer.refresh();
			showStatus();
		});
		WidgetIds.tag(createStatus(parent), SalesIds.OPPORTUNITIES_STATUS);

		createTable(parent, SWT.MULTI, SalesIds.OPPORTUNITIES_TABLE, 2);
		Columns<OpportunityRow> columns = new Columns<>(viewer, OpportunityRow.class);
		columns.add(Messages.Column_title, 220, SWT.LEFT, OpportunityRow::title,
				r -> r.title().toLowerCase(Locale.ROOT));
		columns.add(Messages.Column_party, 180, SWT.LEFT, OpportunityRow::partyName,
				r -> r.partyName() == null ? "" : r.partyName().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
		columns.add(Messages.Column_pipelineStage, 180, SWT.LEFT, this::stageLabel, this::stageLabel);
		columns.add(Messages.Column_amount, 120, SWT.RIGHT, r -> formats.money(r.amount(), r.currency()),
				r -> r.amount() == null ? BigDecimal.ZERO : r.amount());
		columns.add(Messages.Column_weighted, 120, SWT.RIGHT, r -> formats.money(r.weighted(), r.currency()),
				r -> r.weighted() == null ? BigDecimal.ZERO : r.weighted());
		columns.add(Messages.Column_closeDate, 100, SWT.LEFT, r -> formats.date(r.closeDate()),
				OpportunityRow::closeDate);
		columns.add(Messages.Column_owner, 130, SWT.LEFT, OpportunityRow::ownerName,
				r -> r.ownerName() == null ? "" : r.ownerName()); //$NON-NLS-1$
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches((OpportunityRow) element);
			}
		});
		viewer.addOpenListener(e -> openSelected());
		createActions();

		follow(SalesService.TOPIC);
		load();
	}

	private String stageLabel(OpportunityRow row) {
		String pipeline = pipelineNames.get(row.pipelineId());
		return pipeline == null ? row.stageName() : pipeline + " \u00b7 " + row.stageName(); //$NON-NLS-1$
	}

	private boolean matches(OpportunityRow row) {
		if (needle.isEmpty()) {
			return true;
		}
		for (String text : new String[] { row.title(), row.partyName(), row.stageName(), row.ownerName(),
				pipelineNames.get(row.pipelineId()) }) {
			if (text != null && text.toLowerCase(Locale.ROOT).contains(needle)) {
				return true;
			}
		}
		return false;
	}

	private void createActions() {
		IAction newAction = new Action() {
			@Override
			public void run() {
				NewOpportunityWizard.open(getSite().getShell(), null);
			}
		};
		terms.bind(() -> {
			newAction.setText(TermLabels.format(Messages.Command_newOpportunity));
			newAction.setToolTipText(TermLabels.format(Messages.Command_newOpportunity));
		});
		newAction.setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_OBJ_ADD));
		getViewSite().getActionBars().getToolBarManager().add(newAction);
		IAction refresh = new Action(Messages.Opportunities_refresh) {
			@Override
			public void run() {
				load();
			}
		};
		getViewSite().getActionBars().getToolBarManager().add(refresh);

		MenuManager menu = new MenuManager();
		menu.add(new Action(Messages.Opportunities_open) {
			@Override
			public void run() {
				openSelected();
			}
		});
		menu.add(new Action(Messages.Opportunities_openParty) {
			@Override
			public void run() {
				selected().ifPresent(r -> Open.party(getSite().getPage(), r.partyId()));
			}
		});
		menu.add(new Separator());
		menu.add(newAction);
		menu.add(new Separator());
		IAction delete = new Action() {
			@Override
			public void run() {
				deleteSelected();
			}
		};
		terms.bind(() -> delete.setText(TermLabels.format(Messages.Opportunities_delete)));
		menu.add(delete);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private Optional<OpportunityRow> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof OpportunityRow r ? Optional.of(r)
				: Optional.empty();
	}

	private void openSelected() {
		for (Object element : viewer.getStructuredSelection().toList()) {
			OpportunityRow row = (OpportunityRow) element;
			Open.opportunity(getSite().getPage(), row.id(), row.title());
		}
	}

	private void deleteSelected() {
		Optional<OpportunityRow> chosen = selected();
		if (chosen.isEmpty()) {
			return;
		}
		OpportunityRow row = chosen.get();
		if (!MessageDialog.openConfirm(getSite().getShell(), TermLabels.format(Messages.Opportunities_delete),
				TermLabels.format(Messages.Opportunities_deleteQuestion, row.title()))) {
			return;
		}
		Background.write(TermLabels.format(Messages.Opportunities_deleteJob, row.title()), viewer.getControl(),
				() -> {
					SalesServices.sales().delete(row.id(), row.version());
					return row;
				}, deleted -> load(),
				e -> {
					load();
					Failures.show(getSite().getShell(), TermLabels.format(Messages.Opportunities_delete), e);
				});
	}

	/** Reads every opportunity again. */
	@Override
	public void load() {
		if (!isShowing()) {
			return;
		}
		loadLatest(Messages.Opportunities_loadJob, () -> {
			Map<Long, String> names = new HashMap<>();
			for (Pipeline pipeline : SalesServices.sales().pipelines(true)) {
				names.put(pipeline.id(), pipeline.name());
			}
			return new Loaded(names, SalesServices.sales().opportunities(OpportunityQuery.all()));
		}, loaded -> {
			pipelineNames = loaded.pipelineNames();
			viewer.setInput(loaded.rows());
			showStatus();
		});
	}

	private record Loaded(Map<Long, String> pipelineNames, List<OpportunityRow> rows) {
	}

	private void showStatus() {
		int total = viewer.getInput() instanceof List<?> list ? list.size() : 0;
		int shown = viewer.getTable().getItemCount();
		status.setText(TermLabels.format(Messages.Opportunities_status, shown, total));
		status.getParent().layout();
	}

	@Override
	public void setFocus() {
		filter.setFocus();
	}
}
