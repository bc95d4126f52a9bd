package org.vinculo.sales.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Organization;
import org.vinculo.core.users.User;
import org.vinculo.sales.ForecastRow;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.forecast.ForecastView;
import org.vinculo.tests.harness.TableDriver;

/**
 * The forecast a sales manager reads: a rep with an opportunity closing this
 * quarter has rows with a weighted amount, the bar chart is drawn, and the
 * rep's results are on the second tab.
 */
class ForecastUiTest extends SalesUiTest {

	private static final int GROUP = 0;

	@Test
	void aRepWithAnOpportunityHasForecastRowsAndTheChartShows() {
		User rep = SalesFixtures.rep(SalesFixtures.unique("Rita Forecast"));
		Pipeline pipeline = SalesFixtures.b2b();
		Organization customer = SalesFixtures.organization(SalesFixtures.unique("Forecast Customer"));
		SalesFixtures.opportunity(SalesFixtures.unique("Forecast deal"), customer.getId(), pipeline, 40_000,
				LocalDate.now(), rep.id());

		ForecastView view = (ForecastView) ui.showView(SalesIds.FORECAST_VIEW);
		ui.combo(SalesIds.FORECAST_GROUPING).select(Messages.Forecast_rep);
		ui.run(view::load); // read after the opportunity exists, whatever the view read when it opened
		TableDriver table = ui.table(SalesIds.FORECAST_TABLE);
		table.waitForRow(GROUP, rep.name());
		ui.waitUntil("a weighted amount for the rep", () -> ui.onUi(() -> view.rows().stream()
				.filter(r -> r.groupId() == rep.id()).map(ForecastRow::weighted)
				.anyMatch(w -> w != null && w.compareTo(BigDecimal.ZERO) > 0)));

		Canvas chart = ui.byId(Canvas.class, SalesIds.FORECAST_CHART);
		assertTrue(ui.onUi(() -> chart.isVisible() && chart.getSize().x > 100 && chart.getSize().y > 50),
				"the chart is on screen: " + ui.onUi(chart::getSize));
		table.select(table.indexOf(GROUP, rep.name())); // the chart shows the selected rep
		ui.screenshot("sales-forecast");

		CTabFolder tabs = ui.byId(CTabFolder.class, SalesIds.FORECAST_TABS);
		ui.run(() -> tabs.setSelection(1));
		ui.table(SalesIds.FORECAST_PERFORMANCE).waitForRow(GROUP, rep.name());
		ui.screenshot("sales-rep-performance");
		ui.run(() -> tabs.setSelection(0));
	}
}
