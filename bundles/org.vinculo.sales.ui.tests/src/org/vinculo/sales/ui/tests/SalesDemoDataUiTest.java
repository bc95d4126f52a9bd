package org.vinculo.sales.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vinculo.core.model.PartyKind;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Forecast;
import org.vinculo.sales.ForecastGrouping;
import org.vinculo.sales.ForecastPeriod;
import org.vinculo.sales.OpportunityQuery;
import org.vinculo.sales.OpportunityRow;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.RepPerformance;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.StageKind;
import org.eclipse.ui.IEditorPart;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.Open;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.sales.ui.internal.board.PipelineBoardView;
import org.vinculo.sales.ui.internal.forecast.ForecastView;

/**
 * The product started with -demo shows a lived-in sales plug-in: both
 * pipelines in use, deals won and lost over past months, a team with quotas,
 * and a quote followed to an invoice that is half paid. (The demo loader is the
 * sales plug-in's contribution to org.vinculo.ui.demoData.)
 */
class SalesDemoDataUiTest extends SalesUiTest {

	@Test
	void theDemoHasRealisticPipelinesForecastAndDocuments() {
		ui.waitUntil("the sales demo data", () -> SalesServices.documents().documents(DocumentType.INVOICE, null).stream()
				.anyMatch(i -> !SalesServices.documents().payments(i.id()).isEmpty()), Duration.ofMinutes(4));
		List<OpportunityRow> all = SalesServices.sales().opportunities(OpportunityQuery.all());
		assertTrue(all.size() >= 40, "dozens of opportunities: " + all.size());
		for (Pipeline pipeline : SalesServices.sales().pipelines(false)) {
			if (pipeline.partyKind() != null) {
				assertTrue(all.stream().anyMatch(o -> o.pipelineId() == pipeline.id()), "in use: " + pipeline.name());
			}
		}
		assertTrue(all.stream().anyMatch(o -> o.stageKind() == StageKind.WON));
		assertTrue(all.stream().anyMatch(o -> o.stageKind() == StageKind.LOST));
		assertTrue(all.stream().anyMatch(o -> o.partyIsOrganization()) && all.stream().anyMatch(o -> !o.partyIsOrganization()),
				"sold to organizations and to persons");
		assertFalse(SalesServices.teams().teams().isEmpty(), "a sales team");

		// the half-paid invoice keeps its chain back to the quote
		SalesDocument invoice = SalesServices.documents().documents(DocumentType.INVOICE, null).stream()
				.filter(i -> !SalesServices.documents().payments(i.id()).isEmpty()).findFirst().orElseThrow();
		BigDecimal total = SalesServices.documents().totals(invoice).total();
		BigDecimal due = SalesServices.documents().balanceDue(invoice.id());
		assertTrue(due.signum() > 0 && due.compareTo(total) < 0, due + " of " + total + " still due");

		YearMonth now = YearMonth.now();
		Forecast forecast = SalesServices.forecasts().forecast(ForecastGrouping.REP, ForecastPeriod.QUARTER,
				now.minusMonths(6), now.plusMonths(6), "EUR");
		assertTrue(forecast.rows().stream().anyMatch(r -> r.quota().signum() > 0), "quotas set");
		assertTrue(forecast.rows().stream().anyMatch(r -> r.won().signum() > 0), "deals won");
		assertTrue(forecast.rows().stream().anyMatch(r -> r.weighted().signum() > 0), "an open pipeline");
		List<RepPerformance> reps = SalesServices.forecasts().performance(now.minusMonths(12), now, "EUR");
		assertTrue(reps.stream().anyMatch(r -> r.averageCycleDays() != null && r.averageCycleDays() > 10),
				"won deals took weeks, not seconds: " + reps);

		PipelineBoardView board = (PipelineBoardView) ui.showView(SalesIds.BOARD_VIEW);
		ui.run(() -> ui.page().setPartState(ui.page().getReference(board), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
		Pipeline b2b = SalesServices.sales().pipelines(false).stream().filter(p -> p.partyKind() == PartyKind.ORGANIZATION)
				.findFirst().orElseThrow();
		ui.combo(SalesIds.BOARD_PIPELINE).select(b2b.name());
		ui.waitUntil("cards on the board", () -> ui.onUi(() -> b2b.stages().stream()
				.mapToInt(s -> board.cardCount(s.id())).sum()) > 10);
		ui.screenshot("sales-demo-board");
		ui.run(() -> ui.page().setPartState(ui.page().getReference(board), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));

		ForecastView view = (ForecastView) ui.showView(SalesIds.FORECAST_VIEW);
		ui.run(() -> ui.page().setPartState(ui.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
		ui.run(view::load);
		ui.waitUntil("forecast rows", () -> !ui.onUi(view::rows).isEmpty());
		ui.screenshot("sales-demo-forecast");
		ui.run(() -> ui.page().setPartState(ui.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));

		// an opened opportunity and its quote are clean until the user changes something
		OpportunityRow proposal = all.stream().filter(o -> o.stageKind() == StageKind.OPEN && o.partyIsOrganization())
				.findFirst().orElseThrow();
		IEditorPart opportunityEditor = ui.onUi(() -> Open.opportunity(ui.page(), proposal.id(), proposal.title()));
		ui.waitForJobs(Background.FAMILY);
		ui.flush();
		ui.waitForJobs(Background.FAMILY);
		assertFalse(ui.onUi(opportunityEditor::isDirty), "a freshly opened opportunity is not dirty");
		ui.run(() -> ui.page().setPartState(ui.page().getReference(opportunityEditor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
		ui.screenshot("sales-demo-opportunity");
		IEditorPart quoteEditor = ui.onUi(() -> Open.document(ui.page(), invoice));
		ui.waitForJobs(Background.FAMILY);
		ui.flush();
		ui.waitForJobs(Background.FAMILY);
		assertFalse(ui.onUi(quoteEditor::isDirty), "a freshly opened invoice is not dirty");
		ui.screenshot("sales-demo-invoice");
		ui.run(() -> ui.page().setPartState(ui.page().getReference(quoteEditor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
	}
}
