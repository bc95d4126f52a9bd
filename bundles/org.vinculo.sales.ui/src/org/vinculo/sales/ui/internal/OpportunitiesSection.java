package org.vinculo.sales.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vinculo.core.model.Party;
import org.vinculo.sales.CrossSellSuggestion;
import org.vinculo.sales.DocumentService;
import org.vinculo.sales.OpportunityQuery;
import org.vinculo.sales.OpportunityRow;
import org.vinculo.sales.SalesService;
import org.vinculo.sales.StageKind;
import org.vinculo.sales.ui.internal.opportunities.NewOpportunityWizard;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.PartySection;
import org.vinculo.ui.parts.PartySectionSite;
import org.vinculo.ui.parts.TermLabels;

/**
 * The "Opportunities" section of the person and organization editors: the
 * party's opportunities with what is open and what was won, a button to start
 * a new one, and what similar customers bought that this one has not.
 */
public final class OpportunitiesSection implements PartySection {

	private static final int SUGGESTIONS = 5;

	private final TermLabels terms = new TermLabels();
	private final Formats formats = Formats.user();
	private PartySectionSite site;
	private Composite client;
	private Label summary;
	private Label empty;
	private TableViewer viewer;
	private Label suggestionsTitle;
	private Table suggestions;
	private RecordChanges changes;
	private PartyRef party;
	private int loads;

	/** What the section shows, read in one job. */
	private record Loaded(List<OpportunityRow> rows, List<CrossSellSuggestion> suggestions) {
	}

	@Override
	public void createContent(Composite parent, PartySectionSite sectionSite) {
		this.site = sectionSite;
		FormToolkit toolkit = site.toolkit();
		GridLayoutFactory.fillDefaults().applyTo(parent);
		client = toolkit.createComposite(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(client);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(10, 6).applyTo(client);

		Button create = WidgetIds.tag(toolkit.createButton(client, "", SWT.PUSH), SalesIds.SECTION_NEW); //$NON-NLS-1$
		terms.bind(() -> create.setText(TermLabels.format(Messages.Section_new)));
		create.addListener(SWT.Selection, e -> NewOpportunityWizard.open(site.workbenchSite().getShell(),
				party != null ? party : new PartyRef(site.partyId(), site.partyKind(), ""))); //$NON-NLS-1$
		summary = WidgetIds.tag(toolkit.createLabel(client, ""), SalesIds.SECTION_SUMMARY); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);

		empty = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		terms.bind(() -> empty.setText(TermLabels.format(Messages.Section_empty)));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(empty);

		viewer = Tables.create(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER, SalesIds.SECTION_TABLE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, 120).applyTo(viewer.getControl());
		Columns<OpportunityRow> columns = new Columns<>(viewer, OpportunityRow.class);
		columns.add(Messages.Column_title, 220, SWT.LEFT, OpportunityRow::title, OpportunityRow::title);
		columns.add(Messages.Column_stage, 140, SWT.LEFT, OpportunityRow::stageName, OpportunityRow::stageName);
		columns.add(Messages.Column_amount, 120, SWT.RIGHT, r -> formats.money(r.amount(), r.currency()),
				r -> r.amount() == null ? BigDecimal.ZERO : r.amount());
		columns.add(Messages.Column_closeDate, 100, SWT.LEFT, r -> formats.date(r.closeDate()),
				OpportunityRow::closeDate);
		columns.add(Messages.Column_owner, 130, OpportunityRow::ownerName);
		viewer.addOpenListener(e -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof OpportunityRow row) {
				Open.opportunity(site.workbenchSite().getPage(), row.id(), row.title());
			}
		});

		suggestionsTitle = toolkit.createLabel(client, Messages.Section_suggestions);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(suggestionsTitle);
		suggestions = WidgetIds.tag(toolkit.createTable(client, SWT.FULL_SELECTION | SWT.SINGLE),
				SalesIds.SECTION_SUGGESTIONS);
		suggestions.setLinesVisible(false);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(suggestions);
		showSuggestions(List.of());
		toolkit.paintBordersFor(client);

		terms.listen(site.workbenchSite().getService(IEventBroker.class));
		// invoices change what to suggest
		changes = RecordChanges.follow(site.workbenchSite(), event -> load(), SalesService.TOPIC,
				DocumentService.TOPIC);
		showRows(List.of());
		// the rows are read when the editor tells the record was loaded (partyChanged), not twice
	}

	@Override
	public void partyChanged(Party changed) {
		if (changed != null && changed.getId() != null) {
			party = PartyRef.of(changed);
		}
		load();
	}

	private void load() {
		if (client == null || client.isDisposed()) {
			return;
		}
		long partyId = site.partyId();
		int sequence = ++loads;
		Background.read(TermLabels.format(Messages.Section_loadJob), client, () -> {
			List<OpportunityRow> rows = SalesServices.sales().opportunities(OpportunityQuery.ofParty(partyId));
			List<CrossSellSuggestion> found;
			try {
				found = SalesServices.crossSell().suggestions(partyId, SUGGESTIONS);
			} catch (RuntimeException e) {
				found = List.of(); // suggestions are a bonus: the opportunities still show
			}
			return new Loaded(rows, found);
		}, loaded -> {
			if (sequence == loads) {
				showRows(loaded.rows());
				showSuggestions(loaded.suggestions());
				site.reflow();
			}
		}, e -> summary.setText(Failures.describe(e)));
	}

	private void showRows(List<OpportunityRow> rows) {
		viewer.setInput(rows);
		boolean none = rows.isEmpty();
		setShown(empty, none);
		setShown(viewer.getControl(), !none);
		Map<String, BigDecimal> open = new LinkedHashMap<>();
		Map<String, BigDecimal> won = new LinkedHashMap<>();
		int openCount = 0;
		int wonCount = 0;
		for (OpportunityRow row : rows) {
			String currency = row.currency() == null ? "" : row.currency(); //$NON-NLS-1$
			BigDecimal amount = row.amount() == null ? BigDecimal.ZERO : row.amount();
			if (row.stageKind() == StageKind.OPEN) {
				openCount++;
				open.merge(currency, amount, BigDecimal::add);
			} else if (row.stageKind() == StageKind.WON) {
				wonCount++;
				won.merge(currency, amount, BigDecimal::add);
			}
		}
		summary.setText(Messages.format(Messages.Section_summary, openCount, formats.sums(open), wonCount,
				formats.sums(won)));
		client.layout(true, true);
	}

	private void showSuggestions(List<CrossSellSuggestion> found) {
		suggestions.removeAll();
		for (CrossSellSuggestion suggestion : found) {
			TableItem item = new TableItem(suggestions, SWT.NONE);
			String name = suggestion.product() == null ? "" : suggestion.product().name(); //$NON-NLS-1$
			item.setText(name + " \u2013 " + suggestion.reason()); //$NON-NLS-1$
		}
		setShown(suggestionsTitle, !found.isEmpty());
		setShown(suggestions, !found.isEmpty());
	}

	private static void setShown(org.eclipse.swt.widgets.Control control, boolean shown) {
		control.setVisible(shown);
		((GridData) control.getLayoutData()).exclude = !shown;
	}

	/** The rows shown now, for tests (UI thread). */
	public List<OpportunityRow> rows() {
		return viewer.getInput() instanceof List<?> list ? new ArrayList<>(list.stream()
				.map(OpportunityRow.class::cast).toList()) : List.of();
	}

	@Override
	public void dispose() {
		if (changes != null) {
			changes.dispose();
		}
		terms.dispose();
	}
}
