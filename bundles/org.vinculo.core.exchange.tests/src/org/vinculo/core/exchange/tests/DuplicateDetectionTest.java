package org.vinculo.core.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.dedupe.DuplicateMatch;
import org.vinculo.core.dedupe.DuplicateMatch.Evidence;
import org.vinculo.core.dedupe.DuplicateRules;
import org.vinculo.core.dedupe.DuplicateScan;
import org.vinculo.core.dedupe.DuplicateScanner;
import org.vinculo.core.dedupe.PartyProfile;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;

/** Duplicate detection: evidence that adds up, explained; a whole-database scan on a real Derby. */
class DuplicateDetectionTest {

	@TempDir
	Path folder;

	private static PartyProfile person(long id, String first, String last, List<String> emails, List<String> phones,
			Map<Long, String> links) {
		return new PartyProfile(id, PartyKind.PERSON, first + " " + last, first, last, emails, phones, links);
	}

	@Test
	void evidenceAddsUpAndIsExplained() {
		PartyProfile jose = person(1, "José", "Minds", List.of("jose@baminds.com"), List.of("+34 600 111 222"),
				Map.of(10L, "BA Minds"));
		PartyProfile twin = person(2, "Jose", "Mynds", List.of("JOSE@baminds.com"), List.of("600111222"),
				Map.of(10L, "BA Minds", 11L, "Gaudí Partners"));
		DuplicateMatch match = DuplicateRules.compare(twin, jose);
		assertNotNull(match);
		assertEquals(1, match.first().id(), "pairs are ordered by id");
		assertEquals(List.of(Evidence.SAME_EMAIL, Evidence.SAME_PHONE, Evidence.SIMILAR_NAME, Evidence.SHARED_AFFILIATION),
				match.reasons().stream().map(DuplicateMatch.Reason::evidence).toList());
		assertEquals(100, match.score());
		String why = match.explain();
		assertTrue(why.contains("jose@baminds.com") && why.contains("600111222") && why.contains("BA Minds"), why);

		// colleagues: same switchboard and employer, different people
		PartyProfile ana = person(3, "Ana", "Ruiz", List.of(), List.of("+34 910 000 000"), Map.of(10L, "BA Minds"));
		PartyProfile luis = person(4, "Luis", "Vega", List.of(), List.of("910000000"), Map.of(10L, "BA Minds"));
		assertNull(DuplicateRules.compare(ana, luis));
		// the same common name alone is not enough; at the same organization it is
		PartyProfile juan1 = person(5, "Juan", "García", List.of(), List.of(), Map.of());
		PartyProfile juan2 = person(6, "Juan", "Garcia", List.of(), List.of(), Map.of());
		assertNull(DuplicateRules.compare(juan1, juan2));
		PartyProfile juan3 = person(7, "Juan", "García", List.of(), List.of(), Map.of(10L, "BA Minds"));
		PartyProfile juan4 = person(8, "Juan", "Garcia", List.of(), List.of(), Map.of(10L, "BA Minds"));
		assertEquals(65, DuplicateRules.compare(juan3, juan4).score());
		// first and last name swapped, same phone
		PartyProfile swapped = person(9, "Minds", "José", List.of(), List.of("600 111 222"), Map.of());
		assertNotNull(DuplicateRules.compare(jose, swapped));
		// organizations: legal forms do not count
		PartyProfile org1 = new PartyProfile(20, PartyKind.ORGANIZATION, "BA Minds S.L.", null, "BA Minds S.L.",
				List.of("info@baminds.com"), List.of(), Map.of());
		PartyProfile org2 = new PartyProfile(21, PartyKind.ORGANIZATION, "BA Minds", null, "BA Minds",
				List.of("info@baminds.com"), List.of(), Map.of());
		assertEquals(List.of(Evidence.SAME_EMAIL, Evidence.SAME_NAME), DuplicateRules.compare(org1, org2).reasons()
				.stream().map(DuplicateMatch.Reason::evidence).toList());
	}

	@Test
	void aScanOfTheDatabaseFindsThePlantedDuplicatesAndNothingElse() {
		try (Store store = new Store(folder.resolve("db"))) {
			AffiliationRole employee = store.affiliations.roleByCode(AffiliationRole.EMPLOYEE);
			List<Person> people = new ArrayList<>();
			String[] first = { "Ana", "Luis", "Marta", "David", "Elena", "Pablo", "Sofía", "Jorge", "Lucía", "Raúl" };
			String[] last = { "Ruiz", "Vega", "Sanz", "Ortiz", "Moreno", "Castro", "Iglesias", "Navarro", "Prieto",
					"Delgado", "Herrera", "Vidal" };
			for (int i = 0; i < first.length; i++) {
				for (int j = 0; j < last.length; j++) {
					Person person = new Person(first[i], last[j]);
					person.setEmail(first[i].toLowerCase() + "." + j + "@example.com");
					people.add(person);
				}
			}
			store.parties.createAll(people);
			Organization acme = store.parties.createOrganization(new Organization("Acme"));
			// planted: a typo plus the same employer; the same email in capitals; a swapped name with the same phone
			Person typo = store.parties.createPerson(new Person("Lucia", "Prietto"));
			store.affiliations.affiliate(new Affiliation(typo, acme, employee));
			store.affiliations.affiliate(new Affiliation(store.parties.findPerson(people.get(8 * 12 + 8).getId())
					.orElseThrow(), acme, employee));
			Person caps = new Person("D.", "Ortiz");
			caps.setEmail("DAVID.3@EXAMPLE.COM");
			store.parties.createPerson(caps);
			Person swapped = new Person("Navarro", "Pablo");
			swapped.setPhone("+34 699 000 001");
			store.parties.createPerson(swapped);
			Person pablo = store.parties.findPerson(people.get(5 * 12 + 7).getId()).orElseThrow();
			pablo.setPhone("699000001");
			store.parties.update(pablo);

			DuplicateScan scan = DuplicateScanner.scan(store.profiles, PartyKind.PERSON, new NullProgressMonitor());

			assertEquals(123, scan.parties());
			Set<String> pairs = scan.matches().stream()
					.map(m -> m.first().displayName() + " = " + m.second().displayName()).collect(Collectors.toSet());
			assertEquals(Set.of("Lucía Prieto = Lucia Prietto", "David Ortiz = D. Ortiz", "Pablo Navarro = Navarro Pablo"),
					pairs, scan.matches().stream().map(m -> m.score() + " " + m.explain()).toList().toString());
			assertTrue(scan.comparisons() < 123 * 122 / 2 / 4, "blocking compares few pairs: " + scan.comparisons());
		}
	}
}
