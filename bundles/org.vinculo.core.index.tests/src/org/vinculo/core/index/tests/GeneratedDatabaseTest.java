package org.vinculo.core.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.index.internal.LuceneSearchIndex;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Segment;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JdbcPartyChangeFeed;
import org.vinculo.core.persistence.internal.JpaAffiliationService;
import org.vinculo.core.persistence.internal.JpaChoiceListService;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.persistence.internal.JpaRelationshipService;
import org.vinculo.core.search.Facets;
import org.vinculo.core.search.PartySummary;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.demo.Generator;
import org.vinculo.demo.Generator.Preset;

/**
 * The generator's small preset, written through the bulk paths, then indexed
 * and searched: the same checks the benchmark harness times on a million
 * parties, here for correctness only.
 */
class GeneratedDatabaseTest {

	@TempDir
	static Path folder;

	private static Database database;
	private static JpaPartyService parties;
	private static JpaAffiliationService affiliations;
	private static LuceneSearchIndex index;
	private static Generator.Result generated;

	@BeforeAll
	static void generate() {
		database = Database.openEmbedded(folder.resolve("db"));
		parties = new JpaPartyService(database);
		affiliations = new JpaAffiliationService(database);
		generated = new Generator(parties, affiliations, new JpaRelationshipService(database), 42)
				.classifying(new JpaChoiceListService(database)).generate(Preset.SMALL,
				new NullProgressMonitor());
		index = new LuceneSearchIndex(new JdbcPartyChangeFeed(database));
		index.rebuild(new NullProgressMonitor());
	}

	@AfterAll
	static void close() {
		index.close();
		database.close();
	}

	@Test
	void thePresetIsWrittenInFull() {
		assertEquals(Preset.SMALL.persons(), generated.persons());
		assertEquals(Preset.SMALL.organizations(), generated.organizations());
		assertTrue(generated.affiliations() > Preset.SMALL.affiliations() * 0.9, "about 2 links per person");
		assertEquals(Preset.SMALL.relationships(), generated.relationships());
		assertEquals(Preset.SMALL.persons(), parties.count(PartyKind.PERSON));
		assertEquals(Preset.SMALL.organizations(), parties.count(PartyKind.ORGANIZATION));
		assertEquals(Preset.SMALL.persons() + Preset.SMALL.organizations(), index.size());
	}

	@Test
	void partiesAreClassifiedInTheBulkInsertsAndFilterByFacet() {
		long active = index.search(PartyQuery.all().withFacet(Facets.lifecycle(LifecycleStage.ACTIVE_CUSTOMER))).total();
		long prospects = index.search(PartyQuery.all().withFacet(Facets.lifecycle(LifecycleStage.PROSPECT))).total();
		long all = index.size();
		assertTrue(active > all / 4 && active < all / 2, "about a third are active customers: " + active);
		assertTrue(prospects > all / 4 && prospects < all / 2, "about a third are prospects: " + prospects);
		long ownerId = new JpaChoiceListService(database).values(Segment.OWNER.listCode(), false).get(0).getId();
		long owned = index.search(PartyQuery.all().withFacet(Facets.segment(Segment.OWNER, ownerId))).total();
		assertTrue(owned > all / 40 && owned < all / 15, "one of 20 reps owns about 4%: " + owned);
	}

	@Test
	void organizationSizesAreHeavyTailed() {
		var page = affiliations.peopleOf(firstOrganization().getId(), Period.ALL, 0, 100);
		assertTrue(page.total() > 200, "the largest organization has hundreds of people, had " + page.total());
		assertEquals(100, page.rows().size(), "and is read a page at a time");
	}

	private static Organization firstOrganization() {
		long id = index.search(PartyQuery.matching(" 0 ").onlyKind(PartyKind.ORGANIZATION)).hits().stream()
				.filter(o -> o.displayName().contains(" 0 ")).findFirst().orElseThrow().id();
		return parties.findOrganization(id).orElseThrow();
	}

	@Test
	void everyGeneratedPersonIsFoundByNameEmailAndPhone() {
		List<PartySummary> sample = index.search(PartyQuery.all().onlyKind(PartyKind.PERSON).page(5_000, 20)).hits();
		for (PartySummary summary : sample) {
			Person person = parties.findPerson(summary.id()).orElseThrow();
			assertTrue(ids(person.getDisplayName()).contains(person.getId()), person.getDisplayName());
			assertTrue(ids(person.getEmail()).contains(person.getId()), person.getEmail());
			String phoneDigitsOnly = person.getPhone().replaceAll("[^0-9]", "");
			assertTrue(ids(phoneDigitsOnly).contains(person.getId()), phoneDigitsOnly);
		}
	}

	@Test
	void personsAndOrganizationsAddUp() {
		long persons = index.search(PartyQuery.matching("madrid").onlyKind(PartyKind.PERSON)).total();
		long organizations = index.search(PartyQuery.matching("madrid").onlyKind(PartyKind.ORGANIZATION)).total();
		assertTrue(persons > 0 && organizations > 0);
		assertEquals(persons + organizations, index.search(PartyQuery.matching("madrid")).total());
	}

	private static List<Long> ids(String text) {
		return index.search(new PartyQuery(text, null, 0, 500)).hits().stream().map(PartySummary::id).toList();
	}
}
