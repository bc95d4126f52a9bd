package org.vinculo.core.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JpaAffiliationService;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;

/** Parties and affiliations on a real embedded Derby database in a temporary folder. */
class PartyAndAffiliationTest {

	@TempDir
	Path folder;

	private Database database;
	private JpaPartyService parties;
	private JpaAffiliationService affiliations;
	private AffiliationRole employee;
	private AffiliationRole consultant;
	private AffiliationRole boardMember;

	@BeforeEach
	void open() {
		openDatabase();
		employee = affiliations.roleByCode(AffiliationRole.EMPLOYEE);
		consultant = affiliations.roleByCode(AffiliationRole.CONSULTANT);
		boardMember = affiliations.roleByCode(AffiliationRole.BOARD_MEMBER);
	}

	private void openDatabase() {
		database = Database.openEmbedded(folder.resolve("db"));
		parties = new JpaPartyService(database);
		affiliations = new JpaAffiliationService(database);
	}

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void personAndOrganizationAreCreatedIndependently() {
		Person jose = parties.createPerson(new Person("José", "Minds"));
		Organization acme = parties.createOrganization(new Organization("Acme Ltd"));

		assertNotNull(jose.getId());
		assertNotNull(acme.getId());
		assertEquals("José Minds", parties.findPerson(jose.getId()).orElseThrow().getDisplayName());
		assertTrue(affiliations.organizationsOf(jose.getId(), Period.ALL).isEmpty(), "a person needs no organization");
		assertTrue(affiliations.peopleOf(acme.getId(), Period.ALL).isEmpty(), "an organization needs no person");
	}

	@Test
	void validationExplainsWhatIsWrongAndSavesNothing() {
		ValidationException noName = assertThrows(ValidationException.class,
				() -> parties.createPerson(new Person("  ", null)));
		assertTrue(noName.concerns(Fields.LAST_NAME));
		assertTrue(noName.getMessage().contains("name"), noName.getMessage());

		assertTrue(assertThrows(ValidationException.class, () -> parties.createOrganization(new Organization("")))
				.concerns(Fields.NAME));

		Person badMail = new Person("Ana", "Ruiz");
		badMail.setEmail("ana.ruiz.example.com");
		ValidationException mail = assertThrows(ValidationException.class, () -> parties.createPerson(badMail));
		assertTrue(mail.getMessage().contains("ana.ruiz.example.com"), mail.getMessage());

		assertEquals(0, parties.count(), "nothing saved half-way");
	}

	@Test
	void untilBeforeSinceIsRefused() {
		Person ana = parties.createPerson(new Person("Ana", "Ruiz"));
		Organization acme = parties.createOrganization(new Organization("Acme"));
		Affiliation backwards = new Affiliation(ana, acme, employee);
		backwards.setSince(LocalDate.of(2020, 5, 1));
		backwards.setUntil(LocalDate.of(2019, 1, 1));

		ValidationException e = assertThrows(ValidationException.class, () -> affiliations.affiliate(backwards));
		assertTrue(e.concerns(Fields.UNTIL));
		assertTrue(e.getMessage().contains("2019-01-01"), e.getMessage());
		assertTrue(affiliations.organizationsOf(ana.getId(), Period.ALL).isEmpty());
	}

	@Test
	void duplicateActiveAffiliationWithSameRoleIsRefusedButHistoryIsAllowed() {
		Person ana = parties.createPerson(new Person("Ana", "Ruiz"));
		Organization acme = parties.createOrganization(new Organization("Acme"));
		Affiliation first = new Affiliation(ana, acme, employee);
		first.setSince(LocalDate.of(2010, 1, 1));
		first.setUntil(LocalDate.of(2015, 12, 31));
		affiliations.affiliate(first);

		Affiliation overlapping = new Affiliation(ana, acme, employee);
		overlapping.setSince(LocalDate.of(2015, 6, 1));
		ValidationException e = assertThrows(ValidationException.class, () -> affiliations.affiliate(overlapping));
		assertTrue(e.concerns(Fields.ROLE));

		Affiliation rehired = new Affiliation(ana, acme, employee);
		rehired.setSince(LocalDate.of(2018, 3, 1));
		affiliations.affiliate(rehired);
		Affiliation board = new Affiliation(ana, acme, boardMember);
		board.setSince(LocalDate.of(2021, 1, 1));
		affiliations.affiliate(board);

		assertEquals(3, affiliations.organizationsOf(ana.getId(), Period.ALL).size(),
				"several affiliations to the same organization over time");
		assertEquals(1, parties.count(PartyKind.PERSON), "no duplicated person");
	}

	@Test
	void manyToManyInBothDirections() {
		Person ana = parties.createPerson(new Person("Ana", "Ruiz"));
		Person luis = parties.createPerson(new Person("Luis", "García"));
		Organization acme = parties.createOrganization(new Organization("Acme"));
		Organization bravo = parties.createOrganization(new Organization("Bravo SA"));
		affiliations.affiliate(new Affiliation(ana, acme, employee));
		affiliations.affiliate(new Affiliation(ana, bravo, consultant));
		affiliations.affiliate(new Affiliation(luis, acme, employee));

		assertEquals(List.of("Ana Ruiz", "Luis García"), personNames(affiliations.peopleOf(acme.getId(), Period.ALL)));
		assertEquals(List.of("Acme", "Bravo SA"),
				organizationNames(affiliations.organizationsOf(ana.getId(), Period.ALL)));
		assertEquals(List.of("Ana Ruiz"), personNames(affiliations.peopleOf(bravo.getId(), Period.ALL)));
		assertEquals(consultant, affiliations.peopleOf(bravo.getId(), Period.ALL).get(0).getRole());
	}

	@Test
	void currentAndPastAffiliationsAreListedSeparately() {
		Person ana = parties.createPerson(new Person("Ana", "Ruiz"));
		Person luis = parties.createPerson(new Person("Luis", "García"));
		Organization acme = parties.createOrganization(new Organization("Acme"));
		Affiliation former = new Affiliation(luis, acme, employee);
		former.setSince(LocalDate.of(2001, 1, 1));
		former.setUntil(LocalDate.now().minusYears(2));
		affiliations.affiliate(former);
		Affiliation current = new Affiliation(ana, acme, employee);
		current.setSince(LocalDate.now().minusYears(1));
		affiliations.affiliate(current);

		assertEquals(List.of("Ana Ruiz"), personNames(affiliations.peopleOf(acme.getId(), Period.CURRENT)));
		assertEquals(List.of("Luis García"), personNames(affiliations.peopleOf(acme.getId(), Period.PAST)));
		assertEquals(2, affiliations.peopleOf(acme.getId(), Period.ALL).size());
		assertTrue(affiliations.organizationsOf(luis.getId(), Period.CURRENT).isEmpty());
	}

	@Test
	void unlinkRemovesOnlyTheAffiliation() {
		Person ana = parties.createPerson(new Person("Ana", "Ruiz"));
		Organization acme = parties.createOrganization(new Organization("Acme"));
		Affiliation link = affiliations.affiliate(new Affiliation(ana, acme, employee));

		affiliations.remove(link);

		assertTrue(affiliations.peopleOf(acme.getId(), Period.ALL).isEmpty());
		assertTrue(parties.findPerson(ana.getId()).isPresent());
		assertTrue(parties.findOrganization(acme.getId()).isPresent());
	}

	@Test
	void onlyOnePrimaryAffiliationPerPerson() {
		Person ana = parties.createPerson(new Person("Ana", "Ruiz"));
		Organization acme = parties.createOrganization(new Organization("Acme"));
		Organization bravo = parties.createOrganization(new Organization("Bravo"));
		Affiliation first = new Affiliation(ana, acme, employee);
		first.setPrimary(true);
		affiliations.affiliate(first);
		Affiliation second = new Affiliation(ana, bravo, consultant);
		second.setPrimary(true);
		affiliations.affiliate(second);

		List<Affiliation> all = affiliations.organizationsOf(ana.getId(), Period.ALL);
		assertEquals(List.of(false, true), all.stream().map(Affiliation::isPrimary).toList());
	}

	@Test
	void staleUpdateIsRejectedAndDoesNotOverwrite() {
		Person saved = parties.createPerson(new Person("Ana", "Ruiz"));
		Person mine = parties.findPerson(saved.getId()).orElseThrow();
		Person theirs = parties.findPerson(saved.getId()).orElseThrow();

		theirs.setCity("Sevilla");
		Person theirsSaved = parties.update(theirs);
		assertEquals(saved.getVersion() + 1, theirsSaved.getVersion());

		mine.setCity("Madrid");
		StaleRecordException e = assertThrows(StaleRecordException.class, () -> parties.update(mine));
		assertTrue(e.getMessage().contains("Ana Ruiz"), e.getMessage());
		assertEquals("Sevilla", parties.findPerson(saved.getId()).orElseThrow().getCity());

		assertThrows(StaleRecordException.class, () -> parties.delete(mine), "a stale copy cannot delete either");
		assertTrue(parties.find(saved.getId()).isPresent());
	}

	@Test
	void staleAffiliationUpdateIsRejected() {
		Person ana = parties.createPerson(new Person("Ana", "Ruiz"));
		Organization acme = parties.createOrganization(new Organization("Acme"));
		Affiliation link = affiliations.affiliate(new Affiliation(ana, acme, employee));
		Affiliation mine = affiliations.organizationsOf(ana.getId(), Period.ALL).get(0);
		Affiliation theirs = affiliations.peopleOf(acme.getId(), Period.ALL).get(0);

		theirs.setTitle("CTO");
		affiliations.update(theirs);
		mine.setTitle("CEO");

		assertThrows(StaleRecordException.class, () -> affiliations.update(mine));
		assertEquals("CTO", affiliations.organizationsOf(ana.getId(), Period.ALL).get(0).getTitle());
		assertEquals(link.getId(), theirs.getId());
	}

	@Test
	void deletingAPartyRemovesItsAffiliations() {
		Person ana = parties.createPerson(new Person("Ana", "Ruiz"));
		Organization acme = parties.createOrganization(new Organization("Acme"));
		affiliations.affiliate(new Affiliation(ana, acme, employee));
		assertEquals(1, affiliations.countAffiliations(acme.getId()));

		parties.delete(parties.findOrganization(acme.getId()).orElseThrow());

		assertTrue(parties.findOrganization(acme.getId()).isEmpty());
		assertTrue(affiliations.organizationsOf(ana.getId(), Period.ALL).isEmpty());
		assertTrue(parties.findPerson(ana.getId()).isPresent());
	}

	@Test
	void anOrganizationsPeopleAreReadAPageAtATimeByName() {
		Organization acme = parties.createOrganization(new Organization("Acme"));
		List<Person> people = new java.util.ArrayList<>();
		for (String name : List.of("Gil", "Abad", "Fuentes", "Díaz", "Cano", "Bravo", "Espinosa")) {
			people.add(new Person("Ana", name));
		}
		parties.createAll(people);
		affiliations.affiliateAll(people.stream().map(p -> new Affiliation(p, acme, employee)).toList());

		var first = affiliations.peopleOf(acme.getId(), Period.ALL, 0, 3);
		var middle = affiliations.peopleOf(acme.getId(), Period.ALL, 3, 3);
		var last = affiliations.peopleOf(acme.getId(), Period.ALL, 6, 3);

		assertEquals(7, first.total());
		assertEquals(List.of("Ana Abad", "Ana Bravo", "Ana Cano"), personNames(first.rows()));
		assertEquals(List.of("Ana Díaz", "Ana Espinosa", "Ana Fuentes"), personNames(middle.rows()));
		assertEquals(7, middle.total());
		assertEquals(List.of("Acme"), middle.rows().stream().map(a -> a.getOrganization().getName()).distinct()
				.toList(), "a later page's rows come with their organization too");
		assertTrue(affiliations.peopleOf(acme.getId(), Period.ALL, 7, 3).rows().isEmpty(), "past the end");
		assertEquals(List.of("Ana Gil"), personNames(last.rows()));
		assertEquals(7, last.total());
	}

	@Test
	void renamingAPersonMovesThemInTheirOrganizationsList() {
		Organization acme = parties.createOrganization(new Organization("Acme"));
		Person ana = parties.createPerson(new Person("Ana", "Zubiri"));
		Person luis = parties.createPerson(new Person("Luis", "García"));
		affiliations.affiliate(new Affiliation(ana, acme, employee));
		affiliations.affiliate(new Affiliation(luis, acme, employee));
		assertEquals(List.of("Ana Zubiri", "Luis García"), personNames(affiliations.peopleOf(acme.getId(), Period.ALL)));

		Person renamed = parties.findPerson(luis.getId()).orElseThrow();
		renamed.setFirstName("Zoe");
		parties.update(renamed);

		assertEquals(List.of("Ana Zubiri", "Zoe García"),
				personNames(affiliations.peopleOf(acme.getId(), Period.ALL, 0, 10).rows()));
	}

	@Test
	void dataSurvivesClosingAndReopening() {
		Person ana = parties.createPerson(new Person("Ana", "Ruiz"));
		Organization acme = parties.createOrganization(new Organization("Acme"));
		Affiliation link = new Affiliation(ana, acme, consultant);
		link.setTitle("Advisor");
		link.setSince(LocalDate.of(2022, 2, 2));
		affiliations.affiliate(link);
		AffiliationRole renamed = affiliations.roleByCode(AffiliationRole.SUPPLIER);
		renamed.setName("Vendor");
		affiliations.saveRole(renamed);

		database.close();
		openDatabase();

		assertEquals(11, database.schemaVersion(), "the current schema");
		Affiliation reread = affiliations.peopleOf(acme.getId(), Period.ALL).get(0);
		assertEquals("Ana Ruiz", reread.getPerson().getDisplayName());
		assertEquals("Advisor", reread.getTitle());
		assertEquals(LocalDate.of(2022, 2, 2), reread.getSince());
		assertEquals(AffiliationRole.CONSULTANT, reread.getRole().getCode());
		assertEquals("Vendor", affiliations.roleByCode(AffiliationRole.SUPPLIER).getLabel());
		Person another = parties.createPerson(new Person("Luis", "García"));
		assertFalse(another.getId().equals(ana.getId()), "ids keep counting after a restart");
	}

	@Test
	void builtInRolesAreListedInOrderAndRetiredOnesHidden() {
		List<AffiliationRole> roles = affiliations.roles(false);
		assertEquals(AffiliationRole.EMPLOYEE, roles.get(0).getCode());
		assertTrue(roles.stream().anyMatch(r -> AffiliationRole.FORMER_EMPLOYEE.equals(r.getCode())));
		assertEquals("Board member", boardMember.getLabel());

		boardMember.setRetired(true);
		affiliations.saveRole(boardMember);
		assertFalse(affiliations.roles(false).stream().anyMatch(r -> r.getId().equals(boardMember.getId())));
		assertTrue(affiliations.roles(true).stream().anyMatch(r -> r.getId().equals(boardMember.getId())));
	}


	private static List<String> personNames(List<Affiliation> list) {
		return list.stream().map(a -> a.getPerson().getDisplayName()).toList();
	}

	private static List<String> organizationNames(List<Affiliation> list) {
		return list.stream().map(a -> a.getOrganization().getDisplayName()).toList();
	}
}
