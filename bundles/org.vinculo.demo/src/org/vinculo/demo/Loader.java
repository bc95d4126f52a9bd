package org.vinculo.demo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.PartyService;

/** Writes demo records through the services and counts them. */
final class Loader {

	private static final String[] TITLES = { "Sales Manager", "Director General", "CTO", "Office Manager",
			"Jefa de Compras", "Responsable de Marketing", "Account Executive", "Ingeniero de Proyectos",
			"Administrativo", "Head of Finance", "Técnica de Calidad", null, null };
	private static final String[] PHONE_PREFIXES = { "+34 6", "+34 91", "+54 11", "+44 7", "+353 8" };

	private final PartyService parties;
	private final AffiliationService affiliations;
	private final Random random;
	int personCount;
	int affiliationCount;

	Loader(PartyService parties, AffiliationService affiliations, Random random) {
		this.parties = parties;
		this.affiliations = affiliations;
		this.random = random;
	}

	Organization organization(String name, String city, String domain) {
		Organization organization = new Organization(name);
		organization.setCity(city);
		organization.setWebsite("https://www." + domain); //$NON-NLS-1$
		organization.setEmail("info@" + domain); //$NON-NLS-1$
		organization.setPhone(phone());
		return parties.createOrganization(organization);
	}

	Person person(String first, String last, String city, String email) {
		Person person = new Person(first, last);
		person.setCity(city);
		person.setEmail(email != null ? email : ascii(first) + '.' + ascii(last) + personCount + "@correo.example"); //$NON-NLS-1$
		person.setPhone(phone());
		personCount++;
		return parties.createPerson(person);
	}

	void affiliate(Person person, Organization organization, AffiliationRole role, String title, LocalDate since,
			LocalDate until, boolean primary) {
		Affiliation affiliation = new Affiliation(person, organization, role);
		affiliation.setTitle(title);
		affiliation.setSince(since);
		affiliation.setUntil(until);
		affiliation.setPrimary(primary);
		affiliations.affiliate(affiliation);
		affiliationCount++;
	}

	/** A plausible affiliation: mostly current employees, also past jobs, boards, memberships. */
	void randomAffiliation(Person person, Organization organization, DemoRoles roles, boolean first) {
		LocalDate since = LocalDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12), 1);
		int kind = random.nextInt(10);
		if (kind < 5) {
			affiliate(person, organization, roles.employee(), TITLES[random.nextInt(TITLES.length)], since, null, first);
		} else if (kind < 7) {
			LocalDate until = since.plusMonths(6 + random.nextInt(60));
			boolean ended = until.isBefore(LocalDate.now());
			affiliate(person, organization, ended ? roles.formerEmployee() : roles.employee(),
					TITLES[random.nextInt(TITLES.length)], since, ended ? until : null, false);
		} else if (kind < 8) {
			affiliate(person, organization, roles.boardMember(), null, since, null, false);
		} else if (kind < 9) {
			affiliate(person, organization, roles.consultant(), null, since, null, false);
		} else {
			affiliate(person, organization, roles.associationMember(), null, since, null, false);
		}
	}

	private String phone() {
		String prefix = PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)];
		return prefix + String.format(Locale.ROOT, "%02d %03d %03d", random.nextInt(100), random.nextInt(1000), //$NON-NLS-1$
				random.nextInt(1000));
	}

	private static String ascii(String text) {
		return Party.normalize(text).replaceAll("[^a-z]", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The roles the random part uses. */
	interface DemoRoles {
		AffiliationRole employee();

		AffiliationRole formerEmployee();

		AffiliationRole boardMember();

		AffiliationRole consultant();

		AffiliationRole associationMember();
	}
}
