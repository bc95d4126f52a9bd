package org.vinculo.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vinculo.core.users.Team;
import org.vinculo.sales.Forecast;
import org.vinculo.sales.ForecastGrouping;
import org.vinculo.sales.ForecastPeriod;
import org.vinculo.sales.ForecastRow;
import org.vinculo.sales.internal.ForecastMath;

/**
 * The forecast a sales manager reads: per rep, team or manager and per month
 * or quarter, what was won, what the open pipeline is worth weighted by stage
 * probability, and the quota it is measured against.
 */
class ForecastTest extends SalesStoreFixture {

	private long ana;
	private long ben;
	private long carla;
	private long dora;
	private long north;
	private long south;

	@BeforeEach
	void seed() {
		ana = store.user("Ana");
		ben = store.user("Ben");
		carla = store.user("Carla");
		dora = store.user("Dora");
		// Dora manages Ana and Ben; Ben also manages Carla
		north = store.teams.save(new Team(null, "North", dora, List.of(ana, ben), 0)).id();
		south = store.teams.save(new Team(null, "South", ben, List.of(carla), 0)).id();
		long acme = store.organization("Acme").getId();
		store.deal(acme, "Proposal", "10000", "EUR", LocalDate.of(2027, 1, 15), ana);
		store.deal(acme, "Qualification", "5000", "EUR", LocalDate.of(2027, 2, 10), ana);
		store.deal(acme, "Closed won", "4000", "EUR", LocalDate.of(2027, 1, 20), ana);
		store.deal(acme, "Prospecting", "1000", "EUR", LocalDate.of(2027, 5, 1), ana); // after the range
		store.deal(acme, "Negotiation", "2000", "EUR", LocalDate.of(2027, 1, 31), ben);
		store.deal(acme, "Closed lost", "9999", "EUR", LocalDate.of(2027, 1, 5), ben);
		store.deal(acme, "Prospecting", "3000", "EUR", LocalDate.of(2027, 3, 1), carla);
		store.deal(acme, "Proposal", "7000", "USD", LocalDate.of(2027, 1, 10), carla);
		store.deal(acme, "Proposal", "500", "EUR", LocalDate.of(2027, 1, 10), null); // nobody's
		for (int month = 1; month <= 3; month++) {
			store.teams.setQuota(ana, YearMonth.of(2027, month), new BigDecimal("5000"));
		}
		store.teams.setQuota(ben, YearMonth.of(2027, 1), new BigDecimal("3000"));
	}

	private static ForecastRow row(Forecast forecast, long groupId, YearMonth start) {
		return forecast.rows().stream().filter(r -> r.groupId() == groupId && r.periodStart().equals(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + groupId + " in " + start));
	}

	/** quota, won, weighted, open, as the forecast table shows them. */
	private static void assertFigures(String expected, ForecastRow row) {
		assertEquals(expected, row.quota().toPlainString() + " / " + row.won().toPlainString() + " / "
				+ row.weighted().toPlainString() + " / " + row.open().toPlainString(), row.groupName() + " " + row.periodStart());
	}

	@Test
	void periodsAndWeightsOnTheirOwn() {
		assertEquals(List.of(YearMonth.of(2026, 10), YearMonth.of(2027, 1), YearMonth.of(2027, 4)),
				ForecastMath.periods(YearMonth.of(2026, 12), YearMonth.of(2027, 4), ForecastPeriod.QUARTER));
		assertEquals(List.of(YearMonth.of(2026, 12), YearMonth.of(2027, 1)),
				ForecastMath.periods(YearMonth.of(2026, 12), YearMonth.of(2027, 1), ForecastPeriod.MONTH));
		assertEquals(YearMonth.of(2027, 7), ForecastMath.periodStart(YearMonth.of(2027, 9), ForecastPeriod.QUARTER));
		assertEquals(0, new BigDecimal("3703.5").compareTo(ForecastMath.weighted(new BigDecimal("12345"), 30)));
	}

	@Test
	void weightedPipelinePerRepAndMonth() {
		Forecast forecast = store.forecasts.forecast(ForecastGrouping.REP, ForecastPeriod.MONTH, YearMonth.of(2027, 1),
				YearMonth.of(2027, 3), "eur");

		assertEquals("EUR", forecast.currency());
		assertEquals(List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2027, 3)), forecast.periods());
		assertEquals(List.of("Ana", "Ben", "Carla"), forecast.rows().stream().map(ForecastRow::groupName).distinct().toList(),
				"reps with a deal or a quota, by name");
		assertFigures("5000.00 / 4000.00 / 6000.00 / 10000.00", row(forecast, ana, YearMonth.of(2027, 1)));
		assertEquals(0, new BigDecimal("10000").compareTo(row(forecast, ana, YearMonth.of(2027, 1)).expected()),
				"won plus weighted");
		assertFigures("5000.00 / 0.00 / 1000.00 / 5000.00", row(forecast, ana, YearMonth.of(2027, 2)));
		assertFigures("5000.00 / 0.00 / 0.00 / 0.00", row(forecast, ana, YearMonth.of(2027, 3)));
		assertFigures("3000.00 / 0.00 / 1600.00 / 2000.00", row(forecast, ben, YearMonth.of(2027, 1)));
		assertFigures("0.00 / 0.00 / 300.00 / 3000.00", row(forecast, carla, YearMonth.of(2027, 3)));
		assertEquals(1, forecast.skippedOtherCurrency(), "Carla's dollar deal is counted apart");
	}

	@Test
	void quartersSumTheirMonths() {
		Forecast forecast = store.forecasts.forecast(ForecastGrouping.REP, ForecastPeriod.QUARTER, YearMonth.of(2027, 2),
				YearMonth.of(2027, 3), "EUR");

		assertEquals(List.of(YearMonth.of(2027, 1)), forecast.periods(), "the quarter containing the range");
		assertFigures("15000.00 / 4000.00 / 7000.00 / 15000.00", row(forecast, ana, YearMonth.of(2027, 1)));
		assertFigures("3000.00 / 0.00 / 1600.00 / 2000.00", row(forecast, ben, YearMonth.of(2027, 1)));
		ForecastRow anaQ1 = row(forecast, ana, YearMonth.of(2027, 1));
		assertTrue(anaQ1.won().compareTo(anaQ1.quota()) < 0, "Ana has won less than her quarter's quota");
	}

	@Test
	void teamsSumTheirMembersAndManagersEveryoneTheyManage() {
		Forecast teams = store.forecasts.forecast(ForecastGrouping.TEAM, ForecastPeriod.QUARTER, YearMonth.of(2027, 1),
				YearMonth.of(2027, 3), "EUR");
		assertFigures("18000.00 / 4000.00 / 8600.00 / 17000.00", row(teams, north, YearMonth.of(2027, 1)));
		assertFigures("0.00 / 0.00 / 300.00 / 3000.00", row(teams, south, YearMonth.of(2027, 1)));

		Forecast managers = store.forecasts.forecast(ForecastGrouping.MANAGER, ForecastPeriod.QUARTER,
				YearMonth.of(2027, 1), YearMonth.of(2027, 3), "EUR");
		assertEquals(List.of("Ben", "Dora"), managers.rows().stream().map(ForecastRow::groupName).toList());
		assertFigures("18000.00 / 4000.00 / 8600.00 / 17000.00", row(managers, dora, YearMonth.of(2027, 1)));
		assertFigures("3000.00 / 0.00 / 1900.00 / 5000.00", row(managers, ben, YearMonth.of(2027, 1)),
				"Ben's own numbers and Carla's");
	}

	private static void assertFigures(String expected, ForecastRow row, String message) {
		assertEquals(expected, row.quota().toPlainString() + " / " + row.won().toPlainString() + " / "
				+ row.weighted().toPlainString() + " / " + row.open().toPlainString(), message);
	}

	@Test
	void anotherCurrencyHasItsOwnForecast() {
		Forecast dollars = store.forecasts.forecast(ForecastGrouping.REP, ForecastPeriod.MONTH, YearMonth.of(2027, 1),
				YearMonth.of(2027, 1), "USD");
		assertFigures("0.00 / 0.00 / 4200.00 / 7000.00", row(dollars, carla, YearMonth.of(2027, 1)));
		assertEquals(3, dollars.skippedOtherCurrency(), "the euro deals of January are counted apart");
	}
}
