package org.vinculo.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityKind;
import org.vinculo.core.model.ActivityStatus;
import org.vinculo.core.model.Organization;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.RepPerformance;

/** A rep's results over October and November 2026, as the performance table shows them. */
class PerformanceTest extends SalesStoreFixture {

	private Organization acme;
	private long ana;
	private long ben;

	@BeforeEach
	void seed() {
		acme = store.organization("Acme");
		ana = store.user("Ana");
		ben = store.user("Ben");
		store.user("Carla"); // no opportunities: not in the table
		closed("Closed won", "1000", ana, at(2026, 10, 1), at(2026, 10, 11));
		closed("Closed won", "3000", ana, at(2026, 9, 20), at(2026, 10, 10));
		closed("Closed lost", "8000", ana, at(2026, 9, 1), at(2026, 10, 15));
		closed("Closed won", "9000", ana, at(2026, 11, 1), at(2026, 12, 5)); // closed after the range
		store.opportunity("Open", acme.getId(), SalesStore.BUSINESS, "Proposal", "5000", "EUR", null, ana);
		store.opportunity("Open in dollars", acme.getId(), SalesStore.BUSINESS, "Proposal", "700", "USD", null, ana);
		closed("Closed lost", "100", ben, at(2026, 10, 20), at(2026, 11, 3));
		closed("Closed won", "100", ben, at(2026, 9, 1), at(2026, 9, 30)); // closed before the range
		done(ana, at(2026, 10, 5));
		done(ana, at(2026, 11, 20));
		done(ana, at(2026, 9, 30));
		Activity planned = new Activity(ActivityKind.MEETING, "Demo", at(2026, 10, 7));
		planned.setOwnerId(ana);
		planned.attachTo(acme);
		store.activities.save(planned);
	}

	private static LocalDateTime at(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 9, 0);
	}

	/** An opportunity closed in {@code stage}, back-dated to the given creation and close times. */
	private void closed(String stage, String amount, long owner, LocalDateTime created, LocalDateTime closedAt) {
		Opportunity opportunity = store.deal(acme.getId(), stage, amount, "EUR", LocalDate.from(closedAt), owner);
		store.execute("UPDATE OPPORTUNITY SET CREATED_AT = ?, CLOSED_AT = ? WHERE ID = ?", Timestamp.valueOf(created),
				Timestamp.valueOf(closedAt), opportunity.id());
	}

	private void done(long owner, LocalDateTime doneAt) {
		Activity call = new Activity(ActivityKind.CALL, "Follow-up", doneAt.minusDays(1));
		call.setOwnerId(owner);
		call.attachTo(acme);
		call.setStatus(ActivityStatus.DONE);
		Activity saved = store.activities.save(call);
		store.execute("UPDATE ACTIVITY SET DONE_AT = ? WHERE ID = ?", Timestamp.valueOf(doneAt), saved.getId());
	}

	@Test
	void winRateCycleLengthPipelineAndActivities() {
		List<RepPerformance> table = store.forecasts.performance(YearMonth.of(2026, 10), YearMonth.of(2026, 11), "EUR");

		assertEquals(List.of("Ana", "Ben"), table.stream().map(RepPerformance::userName).toList());
		RepPerformance anas = table.get(0);
		assertEquals(ana, anas.userId());
		assertEquals(2, anas.won());
		assertEquals(1, anas.lost());
		assertEquals(2.0 / 3, anas.winRate(), 1e-9);
		assertEquals(15.0, anas.averageCycleDays(), 1e-9, "10 and 20 days from creation to close");
		assertEquals(0, new BigDecimal("4000").compareTo(anas.wonAmount()));
		assertEquals(0, new BigDecimal("5000").compareTo(anas.pipelineValue()), "open pipeline in euros");
		assertEquals(2, anas.openOpportunities(), "open ones in any currency");
		assertEquals(2, anas.activitiesDone(), "done in the range; the planned one does not count");

		RepPerformance bens = table.get(1);
		assertEquals(ben, bens.userId());
		assertEquals(0, bens.won());
		assertEquals(1, bens.lost());
		assertEquals(0.0, bens.winRate(), 1e-9);
		assertNull(bens.averageCycleDays(), "nothing won in the range");
		assertEquals(0, bens.activitiesDone());
	}

	@Test
	void nothingClosedMeansNoWinRate() {
		List<RepPerformance> table = store.forecasts.performance(YearMonth.of(2025, 1), YearMonth.of(2025, 12), "EUR");

		RepPerformance anas = table.get(0);
		assertEquals(0, anas.won() + anas.lost());
		assertNull(anas.winRate());
		assertEquals(0, new BigDecimal("5000").compareTo(anas.pipelineValue()), "the pipeline is today's");
	}
}
