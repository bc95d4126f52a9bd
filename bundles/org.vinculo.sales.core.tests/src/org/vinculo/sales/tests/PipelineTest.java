package org.vinculo.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.core.storage.ModuleSchema;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.Stage;
import org.vinculo.sales.StageKind;

/** The pipelines a database starts with, and what an admin may and may not change in them. */
class PipelineTest extends SalesStoreFixture {

	private static String describe(Pipeline pipeline) {
		return pipeline.stages().stream().map(s -> s.name() + " " + s.probability() + " " + s.kind()).toList().toString();
	}

	@Test
	void theSeededPipelinesExistAfterMigration() {
		ModuleSchema sales = store.data.modules().stream().filter(m -> m.module().equals("sales")).findFirst().orElseThrow();
		assertTrue(sales.isReady(), String.valueOf(sales.problem()));
		assertEquals("org.vinculo.sales.core", sales.bundle());

		List<Pipeline> pipelines = store.sales.pipelines(false);
		assertEquals(List.of(SalesStore.CONSUMER, SalesStore.BUSINESS), pipelines.stream().map(Pipeline::name).toList());
		Pipeline consumer = pipelines.get(0);
		assertEquals(PartyKind.PERSON, consumer.partyKind());
		assertEquals("[New 10 OPEN, Qualified 30 OPEN, Proposal 60 OPEN, Won 100 WON, Lost 0 LOST]", describe(consumer));
		Pipeline business = pipelines.get(1);
		assertEquals(PartyKind.ORGANIZATION, business.partyKind());
		assertEquals("[Prospecting 10 OPEN, Qualification 20 OPEN, Needs analysis 40 OPEN, Proposal 60 OPEN, "
				+ "Negotiation 80 OPEN, Closed won 100 WON, Closed lost 0 LOST]", describe(business));
		assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), business.stages().stream().map(Stage::position).toList());
		assertEquals(6, store.sales.contactRoles().size());
		assertTrue(store.sales.contactRoles().stream().allMatch(role -> role.getId() >= 1000),
				"seeded entries take ids from the shared id table");
	}

	@Test
	void aStageInUseCannotBeRemoved() {
		Pipeline consumer = store.pipeline(SalesStore.CONSUMER);
		long jose = store.person("José", "Minds").getId();
		Opportunity kitchen = store.sales.save(Opportunity.draft("New kitchen", jose, consumer, new BigDecimal("12000"),
				"EUR", LocalDate.of(2027, 1, 31), null));
		store.sales.move(kitchen.id(), SalesStore.stage(consumer, "Proposal").id(), kitchen.version(), null);
		List<Stage> withoutProposal = consumer.stages().stream().filter(s -> !s.name().equals("Proposal")).toList();

		ValidationException refused = assertThrows(ValidationException.class, () -> store.sales.savePipeline(
				new Pipeline(consumer.id(), consumer.name(), consumer.partyKind(), withoutProposal, false, consumer.version())));

		assertTrue(refused.getMessage().contains("\"Proposal\""), refused.getMessage());
		assertEquals(describe(consumer), describe(store.pipeline(SalesStore.CONSUMER)), "nothing changed");
		List<Stage> withoutQualified = consumer.stages().stream().filter(s -> !s.name().equals("Qualified")).toList();
		Pipeline saved = store.sales.savePipeline(
				new Pipeline(consumer.id(), consumer.name(), consumer.partyKind(), withoutQualified, false, consumer.version()));
		assertEquals("[New 10 OPEN, Proposal 60 OPEN, Won 100 WON, Lost 0 LOST]", describe(saved), "an unused stage goes");
		assertEquals(List.of(1, 2, 3, 4), saved.stages().stream().map(Stage::position).toList());
		assertEquals(consumer.version() + 1, saved.version());
	}

	@Test
	void aPipelineNeedsAnOpenAndAWonStage() {
		ValidationException refused = assertThrows(ValidationException.class, () -> store.sales.savePipeline(
				new Pipeline(null, "Renewals", null, List.of(new Stage(null, "Lost", 0, StageKind.LOST, 1)), false, 0)));
		assertEquals(2, refused.getProblems().size(), refused.getMessage());

		ValidationException badStages = assertThrows(ValidationException.class,
				() -> store.sales.savePipeline(new Pipeline(null, "Renewals", null,
						List.of(new Stage(null, "Due", 120, StageKind.OPEN, 1), new Stage(null, "due", 50, StageKind.OPEN, 2),
								new Stage(null, "Renewed", 100, StageKind.WON, 3)), false, 0)));
		assertEquals(2, badStages.getProblems().size(), "probability out of range, and a name used twice");

		Pipeline renewals = store.sales.savePipeline(new Pipeline(null, "Renewals", null,
				List.of(new Stage(null, "Renewed", 100, StageKind.WON, 2), new Stage(null, "Due", 50, StageKind.OPEN, 1)),
				false, 0));
		assertNotNull(renewals.id());
		assertNull(renewals.partyKind(), "for persons and organizations alike");
		assertTrue(renewals.accepts(PartyKind.PERSON) && renewals.accepts(PartyKind.ORGANIZATION));
		assertEquals("[Due 50 OPEN, Renewed 100 WON]", describe(renewals), "stages in the order of their positions");
		assertEquals(3, store.sales.pipelines(false).size());
		assertThrows(ValidationException.class, () -> store.sales.savePipeline(
				new Pipeline(null, "renewals", null, renewals.stages().stream()
						.map(s -> new Stage(null, s.name(), s.probability(), s.kind(), s.position())).toList(), false, 0)),
				"pipeline names are unique");
	}

	@Test
	void renamingChecksTheVersionAndRetiringHidesThePipeline() {
		Pipeline business = store.pipeline(SalesStore.BUSINESS);
		List<Stage> stages = new ArrayList<>(business.stages());
		stages.set(0, new Stage(stages.get(0).id(), "Lead", 5, StageKind.OPEN, 1));
		Pipeline renamed = store.sales.savePipeline(
				new Pipeline(business.id(), "B2B", business.partyKind(), stages, false, business.version()));
		assertEquals("Lead", renamed.stages().get(0).name());
		assertEquals(business.stages().get(0).id(), renamed.stages().get(0).id(), "a renamed stage keeps its id");

		assertThrows(StaleRecordException.class, () -> store.sales.savePipeline(
				new Pipeline(business.id(), "Business", business.partyKind(), business.stages(), false, business.version())));

		store.sales.savePipeline(new Pipeline(renamed.id(), renamed.name(), renamed.partyKind(), renamed.stages(), true,
				renamed.version()));
		assertFalse(store.sales.pipelines(false).stream().anyMatch(p -> p.id().equals(business.id())));
		assertTrue(store.sales.pipelines(true).stream().anyMatch(p -> p.id().equals(business.id())));
	}

	@Test
	void aPipelineWithPersonsCannotBeLimitedToOrganizations() {
		Pipeline consumer = store.pipeline(SalesStore.CONSUMER);
		Pipeline both = store.sales.savePipeline(
				new Pipeline(consumer.id(), consumer.name(), null, consumer.stages(), false, consumer.version()));
		long acme = store.organization("Acme").getId();
		store.sales.save(Opportunity.draft("Staff discount", acme, both, BigDecimal.ONE, "EUR", null, null));

		ValidationException refused = assertThrows(ValidationException.class, () -> store.sales.savePipeline(
				new Pipeline(both.id(), both.name(), PartyKind.PERSON, both.stages(), false, both.version())));
		assertTrue(refused.concerns("partyKind"));
	}
}
