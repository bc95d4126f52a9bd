package org.vinculo.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.sales.ContactRole;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.OpportunityQuery;
import org.vinculo.sales.OpportunityRow;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.StageChange;
import org.vinculo.sales.StageKind;
import org.vinculo.sales.internal.Messages;

/**
 * What a rep does with one opportunity: create it, drag it across the board,
 * win it, reopen it — with every move in its history, and every mistake or
 * concurrent edit refused before anything is written.
 */
class OpportunityTest extends SalesStoreFixture {

	private static final LocalDate CLOSE = LocalDate.of(2027, 3, 31);

	private Person jose;
	private Organization baMinds;
	private Pipeline consumer;
	private Pipeline business;
	private long ana;

	@BeforeEach
	void seed() {
		jose = store.person("José", "Minds");
		baMinds = store.organization("BA Minds");
		consumer = store.pipeline(SalesStore.CONSUMER);
		business = store.pipeline(SalesStore.BUSINESS);
		ana = store.user("Ana Rep");
	}

	private Opportunity kitchen() {
		return store.sales.save(Opportunity.draft("New kitchen", jose.getId(), consumer, new BigDecimal("12000"), "EUR",
				CLOSE, ana));
	}

	@Test
	void everyMoveIsRecordedAndClosingStampsTheCloseTime() {
		Opportunity created = kitchen();
		assertEquals(SalesStore.stage(consumer, "New").id(), created.stageId(), "a new opportunity starts at the first open stage");
		assertEquals(1, created.version());
		assertNotNull(created.createdAt());
		assertNull(created.closedAt());

		Opportunity qualified = store.sales.move(created.id(), SalesStore.stage(consumer, "Qualified").id(), 1, ana);
		Opportunity won = store.sales.move(created.id(), SalesStore.stage(consumer, "Won").id(), qualified.version(), ana);
		assertEquals(3, won.version());
		assertNotNull(won.closedAt(), "entering a won stage closes it");
		OpportunityRow row = store.sales.opportunities(OpportunityQuery.ofParty(jose.getId())).get(0);
		assertEquals(StageKind.WON, row.stageKind());
		assertEquals(0, new BigDecimal("12000").compareTo(row.weighted()), "won at 100 %");

		Opportunity reopened = store.sales.move(created.id(), SalesStore.stage(consumer, "Proposal").id(), won.version(), null);
		assertNull(reopened.closedAt(), "back to an open stage clears the close time");

		List<StageChange> history = store.sales.history(created.id());
		assertEquals(List.of("New", "Qualified", "Won", "Proposal"),
				history.stream().map(c -> consumer.stage(c.toStageId()).orElseThrow().name()).toList());
		assertNull(history.get(0).fromStageId(), "the first entry is the stage it was created in");
		assertEquals(SalesStore.stage(consumer, "Qualified").id(), history.get(2).fromStageId());
		assertEquals(ana, history.get(1).userId());
		assertNull(history.get(3).userId());
	}

	@Test
	void aStageOfAnotherPipelineIsRefused() {
		Opportunity created = kitchen();
		long negotiation = SalesStore.stage(business, "Negotiation").id();

		ValidationException refused = assertThrows(ValidationException.class,
				() -> store.sales.move(created.id(), negotiation, created.version(), ana));

		assertTrue(refused.concerns("stageId"));
		assertTrue(refused.getMessage().contains(SalesStore.CONSUMER), refused.getMessage());
		Opportunity unchanged = store.sales.find(created.id()).orElseThrow();
		assertEquals(created.version(), unchanged.version());
		assertEquals(1, store.sales.history(created.id()).size());
		assertThrows(ValidationException.class, () -> store.sales.save(unchanged.withStage(negotiation)));
	}

	@Test
	void aStaleVersionIsRefused() {
		Opportunity created = kitchen();
		store.sales.move(created.id(), SalesStore.stage(consumer, "Qualified").id(), created.version(), ana);

		assertThrows(StaleRecordException.class,
				() -> store.sales.move(created.id(), SalesStore.stage(consumer, "Proposal").id(), created.version(), ana));
		Opportunity mine = new Opportunity(created.id(), "Kitchen and bathroom", created.partyId(), created.pipelineId(),
				created.stageId(), created.amount(), created.currency(), created.closeDate(), created.ownerId(), null,
				List.of(), null, created.createdAt(), null, created.version());
		StaleRecordException stale = assertThrows(StaleRecordException.class, () -> store.sales.save(mine));
		assertEquals(created.id(), stale.getRecordId());
		assertThrows(StaleRecordException.class, () -> store.sales.delete(created.id(), created.version()));

		Opportunity current = store.sales.find(created.id()).orElseThrow();
		assertEquals("New kitchen", current.title(), "nothing of the stale save was written");
		assertEquals(SalesStore.stage(consumer, "Qualified").id(), current.stageId());
		store.sales.delete(created.id(), current.version());
		assertTrue(store.sales.find(created.id()).isEmpty());
		assertTrue(store.sales.history(created.id()).isEmpty());
	}

	@Test
	void theConsumerPipelineRefusesAnOrganization() {
		ValidationException refused = assertThrows(ValidationException.class, () -> store.sales.save(
				Opportunity.draft("Fleet of vans", baMinds.getId(), consumer, BigDecimal.TEN, "EUR", CLOSE, ana)));

		assertTrue(refused.concerns("partyId"));
		assertTrue(refused.getMessage().contains("BA Minds"), refused.getMessage());
		assertEquals(0, store.count("SELECT COUNT(*) FROM OPPORTUNITY"));
	}

	@Test
	void joseAndHisEmployerHaveIndependentOpportunities() {
		AffiliationRole employee = store.affiliations.roleByCode(AffiliationRole.EMPLOYEE);
		store.affiliations.affiliate(new Affiliation(jose, baMinds, employee));
		Opportunity kitchen = kitchen();
		Opportunity vans = store.sales.save(Opportunity.draft("Fleet of vans", baMinds.getId(), business,
				new BigDecimal("80000"), "EUR", CLOSE, ana));

		store.sales.move(vans.id(), SalesStore.stage(business, "Closed lost").id(), vans.version(), ana);

		List<OpportunityRow> his = store.sales.opportunities(OpportunityQuery.ofParty(jose.getId()));
		assertEquals(List.of(kitchen.id()), his.stream().map(OpportunityRow::id).toList(),
				"the employer's opportunity is not José's");
		assertEquals(StageKind.OPEN, his.get(0).stageKind(), "losing the company's deal leaves José's open");
		assertTrue(!his.get(0).partyIsOrganization());
		OpportunityRow company = store.sales.opportunities(OpportunityQuery.ofParty(baMinds.getId())).get(0);
		assertTrue(company.partyIsOrganization());
		assertEquals(StageKind.LOST, company.stageKind());
		assertEquals("Ana Rep", company.ownerName());
		assertEquals(List.of(kitchen.id()), store.sales.opportunities(new OpportunityQuery(null, null, null, null, null,
				null, "jose")).stream().map(OpportunityRow::id).toList(), "found by the party's name without accents");
		assertEquals(List.of(vans.id()), store.sales.opportunities(new OpportunityQuery(null, null, null, StageKind.LOST,
				null, null, null)).stream().map(OpportunityRow::id).toList());
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		Opportunity draft = new Opportunity(null, "  ", jose.getId(), consumer.id(), consumer.firstOpenStage().id(),
				new BigDecimal("-1"), "euro", CLOSE, null, null, List.of(new ContactRole(baMinds.getId(), "champion")),
				null, null, null, 0);

		ValidationException refused = assertThrows(ValidationException.class, () -> store.sales.save(draft));

		assertTrue(refused.concerns("title"));
		assertTrue(refused.concerns("amount"));
		assertTrue(refused.concerns("currency"));
		assertTrue(refused.concerns("contacts"), "contact roles are held by persons");
	}

	@Test
	void contactRolesAreKeptWithTheOpportunity() {
		Person lucia = store.person("Lucía", "Sanz");
		List<ChoiceValue> roles = store.sales.contactRoles();
		assertEquals(List.of("decision-maker", "economic-buyer", "influencer", "technical-buyer", "user", "champion"),
				roles.stream().map(ChoiceValue::getCode).toList());
		assertEquals(Messages.ContactRole_decision_maker, roles.get(0).getLabel(), "shipped roles show a translated label");

		Opportunity created = kitchen();
		Opportunity saved = store.sales.save(created.withContacts(List.of(new ContactRole(jose.getId(), "decision-maker"),
				new ContactRole(lucia.getId(), "influencer"), new ContactRole(lucia.getId(), "influencer"))));

		assertEquals(List.of(new ContactRole(jose.getId(), "decision-maker"), new ContactRole(lucia.getId(), "influencer")),
				saved.contacts(), "a person holds a role once");
		assertEquals(created.version() + 1, saved.version());
		Opportunity fewer = store.sales.save(saved.withContacts(List.of(new ContactRole(lucia.getId(), "influencer"))));
		assertEquals(List.of(new ContactRole(lucia.getId(), "influencer")), fewer.contacts());
		assertEquals(1, store.count("SELECT COUNT(*) FROM OPPORTUNITY_CONTACT"));
	}
}
