package org.vinculo.core.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.index.internal.LuceneSearchIndex;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.ContactPoint.Label;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.FieldType;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Segment;
import org.vinculo.core.persistence.internal.JpaChoiceListService;
import org.vinculo.core.persistence.internal.JpaFieldService;
import org.vinculo.core.search.Facets;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.PostalAddress;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JdbcPartyChangeFeed;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.search.PartySummary;
import org.vinculo.core.service.PartyQuery;

/** What a user finds by typing, on a real Derby database and a real Lucene index. */
class SearchIndexTest {

	@TempDir
	Path folder;

	private Database database;
	private JpaPartyService parties;
	private LuceneSearchIndex index;

	@BeforeEach
	void open() {
		database = Database.openEmbedded(folder.resolve("db"));
		parties = new JpaPartyService(database);
		index = new LuceneSearchIndex(new JdbcPartyChangeFeed(database));

		Person jose = new Person("José", "Fernández Muñoz");
		jose.setEmail("jose@baminds.example");
		jose.setCity("Málaga");
		parties.createPerson(jose);
		parties.createOrganization(new Organization("BA Minds"));
		Person ana = new Person("Ana", "Ruiz");
		ana.setContactPoints(List.of(new ContactPoint(Channel.EMAIL, Label.WORK, "ana@acme.example"),
				new ContactPoint(Channel.EMAIL, Label.HOME, "anita@casa.example"),
				new ContactPoint(Channel.PHONE, Label.HOME, "+34 911 222 333"),
				new ContactPoint(Channel.PHONE, Label.MOBILE, "+34 699-888-777")));
		ana.setAddresses(List.of(new PostalAddress(Label.WORK, null, null, "Madrid", null, null),
				new PostalAddress(Label.HOME, null, null, "Segovia", null, null)));
		ana.setTags(List.of("golf-club"));
		parties.createPerson(ana);
		Organization acme = new Organization("Acme 100% Natural");
		acme.setTags(List.of("supplier"));
		parties.createOrganization(acme);
		parties.createPerson(new Person("Gonzalo", "Rodríguez"));
		index.catchUp();
	}

	@AfterEach
	void close() {
		index.close();
		database.close();
	}

	private List<String> names(String text) {
		return names(PartyQuery.matching(text));
	}

	private List<String> names(PartyQuery query) {
		return index.search(query).hits().stream().map(PartySummary::displayName).toList();
	}

	@Test
	void namesMatchWhateverTheCaseAndAccentsAndByWordPrefix() {
		assertEquals(List.of("José Fernández Muñoz"), names("JOSE"));
		assertEquals(List.of("José Fernández Muñoz"), names("munoz"));
		assertEquals(List.of("José Fernández Muñoz"), names("Fernán"));
		assertEquals(List.of("José Fernández Muñoz"), names("jose fern"), "every word must match");
		assertEquals(List.of(), names("jose ruiz"));
		assertEquals(List.of("Gonzalo Rodríguez"), names("rodr"));
	}

	@Test
	void typosAreToleratedOneEditInShortWordsTwoInLongOnes() {
		assertEquals(List.of("Gonzalo Rodríguez"), names("Rodrigez"), "one letter missing");
		assertEquals(List.of("Gonzalo Rodríguez"), names("Rodriquex"), "two letters wrong");
		assertEquals(List.of("José Fernández Muñoz"), names("Fernandes"));
		assertEquals(List.of("Ana Ruiz"), names("Ruis"));
		assertEquals(List.of(), names("Rxdxiquex"), "three edits are too many");
	}

	@Test
	void exactWordsRankAboveTypos() {
		Person ruis = new Person("Marta", "Ruis");
		parties.createPerson(ruis);
		index.catchUp();
		assertEquals(List.of("Marta Ruis", "Ana Ruiz"), names("ruis"));
		assertEquals(List.of("Ana Ruiz", "Marta Ruis"), names("ruiz"));
	}

	@Test
	void everyEmailPhoneCityAndTagIsSearchableNotOnlyTheFirst() {
		assertEquals(List.of("Ana Ruiz"), names("casa.example"));
		assertEquals(List.of("Ana Ruiz"), names("anita@casa"));
		assertEquals(List.of("Ana Ruiz"), names("segovia"));
		assertEquals(List.of("Ana Ruiz"), names("GOLF"));
		assertEquals(List.of("Acme 100% Natural"), names("supplier"));
		assertEquals(List.of("José Fernández Muñoz"), names("malaga"));
	}

	@Test
	void phonesMatchHoweverTheyAreTyped() {
		for (String typed : List.of("699888777", "699 888", "+34 699 888 777", "(699) 888-777", "34699", "888 777",
				"911.222")) {
			assertEquals(List.of("Ana Ruiz"), names(typed), typed);
		}
		assertEquals(List.of(), names("698 888"));
	}

	@Test
	void personsAndOrganizationsTogetherOrSeparately() {
		assertEquals(List.of("BA Minds"), names("minds"));
		assertEquals(List.of(), names(PartyQuery.matching("minds").onlyKind(PartyKind.PERSON)));
		assertEquals(List.of("Acme 100% Natural", "BA Minds"), names(PartyQuery.all().onlyKind(PartyKind.ORGANIZATION)));
		assertEquals(3, index.search(PartyQuery.all().onlyKind(PartyKind.PERSON)).total());
		assertEquals(5, index.search(PartyQuery.all()).total());
	}

	@Test
	void browsingWithoutTextListsEveryoneByNameOnePageAtATime() {
		assertEquals(List.of("Acme 100% Natural", "Ana Ruiz", "BA Minds", "Gonzalo Rodríguez", "José Fernández Muñoz"),
				names(PartyQuery.all()));
		var page = index.search(PartyQuery.all().page(1, 2));
		assertEquals(List.of("Ana Ruiz", "BA Minds"), page.hits().stream().map(PartySummary::displayName).toList());
		assertEquals(5, page.total(), "the total counts every match, not only the page");
	}

	@Test
	void punctuationAndWildcardsAreLiteralText() {
		assertEquals(List.of("Acme 100% Natural"), names("100%"));
		assertEquals(List.of(), names("*"));
		assertEquals(List.of(), names("ru*z"), "no wildcard: 'ru' and 'z' are two words");
	}

	@Test
	void summariesCarryWhatTheListShows() {
		PartySummary ana = index.search(PartyQuery.matching("ana ruiz")).hits().get(0);
		assertEquals(PartyKind.PERSON, ana.kind());
		assertEquals("ana@acme.example", ana.email());
		assertEquals("+34 911 222 333", ana.phone());
		assertEquals("Madrid", ana.city());
		assertTrue(parties.findPerson(ana.id()).isPresent());
	}

	@Test
	void partiesFilterByLifecycleSegmentTagAndCustomValue() {
		JpaChoiceListService choices = new JpaChoiceListService(database);
		JpaFieldService fields = new JpaFieldService(database);
		fields.save(new FieldDefinition(FieldDefinition.PERSON, "favourite-wine", "Favourite wine", FieldType.TEXT));
		ChoiceValue north = choices.values(Segment.TERRITORY.listCode(), false).get(0);
		Person ana = (Person) parties.find(idOf("Ana Ruiz")).orElseThrow();
		ana.setLifecycle(LifecycleStage.ACTIVE_CUSTOMER);
		ana.setSegment(Segment.TERRITORY, north.getId());
		ana.setCustomValue("favourite-wine", "Ribera del Duero, Rioja");
		parties.update(ana);
		Person jose = (Person) parties.find(idOf("José Fernández Muñoz")).orElseThrow();
		jose.setLifecycle(LifecycleStage.ACTIVE_CUSTOMER);
		parties.update(jose);
		index.catchUp();

		PartyQuery active = PartyQuery.all().withFacet(Facets.lifecycle(LifecycleStage.ACTIVE_CUSTOMER));
		assertEquals(List.of("Ana Ruiz", "José Fernández Muñoz"), names(active));
		assertEquals(List.of("Ana Ruiz"), names(active.withFacet(Facets.segment(Segment.TERRITORY, north.getId()))));
		assertEquals(List.of("Ana Ruiz"), names(PartyQuery.matching("ana").withFacet(Facets.tag("Golf-Club"))));
		assertEquals(List.of("Acme 100% Natural", "BA Minds", "Gonzalo Rodríguez"),
				names(PartyQuery.all().withFacet(Facets.lifecycle(LifecycleStage.PROSPECT))), "everyone else is a prospect");
		assertEquals(List.of("Ana Ruiz"), names("ribera"), "custom field text is searchable");
		assertEquals(List.of("Ana Ruiz"),
				names(PartyQuery.all().withFacet(Facets.custom("favourite-wine", "Ribera del Duero, Rioja"))),
				"a text value is found whole");
		assertEquals(List.of("Ana Ruiz"), names(PartyQuery.all().withFacet(Facets.custom("favourite-wine", "Rioja"))),
				"and, like a multiple choice, by each part");

		assertEquals(List.of("golf-club", "supplier"), index.tags("", 10), "tags in use, for autocompletion");
		assertEquals(List.of("golf-club"), index.tags("Go", 10));
		Organization acme = (Organization) parties.find(idOf("Acme 100% Natural")).orElseThrow();
		parties.delete(acme);
		index.catchUp();
		assertEquals(List.of("golf-club"), index.tags("", 10), "a tag only a deleted record had is gone");

		parties.changeLifecycle(List.of(jose.getId()), LifecycleStage.INACTIVE_CUSTOMER, "rule");
		index.catchUp();
		assertEquals(List.of("Ana Ruiz"), names(active), "a rule's change reaches the index like an edit");
	}

	private long idOf(String name) {
		return index.search(PartyQuery.matching(name)).hits().get(0).id();
	}

	@Test
	void editsAndDeletionsReachTheIndexOnCatchUp() {
		Person jose = parties.findPerson(index.search(PartyQuery.matching("jose")).hits().get(0).id()).orElseThrow();
		jose.setLastName("Minds");
		parties.update(jose);
		Person ana = parties.findPerson(index.search(PartyQuery.matching("ana")).hits().get(0).id()).orElseThrow();
		parties.delete(ana);
		assertTrue(!index.isCurrent());

		assertEquals(2, index.catchUp());

		assertTrue(index.isCurrent());
		assertEquals(List.of("José Minds"), names("jose"));
		assertEquals(List.of(), names("fernandez"));
		assertEquals(List.of(), names("segovia"));
		assertEquals(4, index.size());
	}
}
