package org.vinculo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.ContactPoint.Label;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.PartyService;

/**
 * A large, seeded, realistic database for benchmarks and scale tests, written
 * through the core services' bulk paths: Spanish and English names with
 * accents, one or two emails and phones, cities and tags; organizations whose
 * size follows a heavy tail (a few with tens of thousands of people); persons
 * with no, one or several affiliations, current and past. The same seed and
 * preset always give the same records.
 */
public final class Generator {

	/** Sizes of a generated database. */
	public record Preset(String name, int persons, int organizations, int affiliations) {
		public static final Preset SMALL = new Preset("10k", 10_000, 2_000, 20_000); //$NON-NLS-1$
		public static final Preset MEDIUM = new Preset("100k", 100_000, 20_000, 200_000); //$NON-NLS-1$
		public static final Preset LARGE = new Preset("1m", 1_000_000, 200_000, 2_000_000); //$NON-NLS-1$

		public static Preset named(String name) {
			return switch (name) {
			case "10k" -> SMALL; //$NON-NLS-1$
			case "100k" -> MEDIUM; //$NON-NLS-1$
			case "1m" -> LARGE; //$NON-NLS-1$
			default -> throw new IllegalArgumentException("Unknown preset " + name + "; use 10k, 100k or 1m"); //$NON-NLS-1$ //$NON-NLS-2$
			};
		}
	}

	/** What a run created. */
	public record Result(long persons, long organizations, long affiliations) {
	}

	/** Persons written (and linked) per round. */
	static final int BLOCK = 10_000;

	private static final String[] ORG_WORDS = { "Andes", "Solana", "Northwind", "Atlántica", "Quimera", "Levante",
			"Aurora", "Biomar", "Marea", "Lighthouse", "Bluebell", "Harbour", "Cantábrico", "Íbero", "Pirineo",
			"Meridian", "Castilla", "Galicia", "Thames", "Pennine", "Ébano", "Olivo", "Cierzo", "Tramontana" };
	private static final String[] ORG_TRADES = { "Logística", "Software", "Consultores", "Seguros", "Energía",
			"Construcciones", "Distribuciones", "Analytics", "Traders", "Foods", "Clínica", "Bodegas", "Textiles",
			"Abogados", "Arquitectura", "Transportes", "Ingeniería", "Marketing" };
	private static final String[] ORG_SUFFIXES = { "SA", "SL", "Ltd", "LLP", "Cooperativa", "Group", "SLU" };
	private static final String[] TAGS = { "vip", "newsletter", "event-2024", "event-2025", "partner", "press",
			"investor", "alumni", "golf", "b2c", "b2b", "lead", "referral" };
	private static final String[] TITLES = { "CEO", "CTO", "Sales Director", "Account Manager", "Engineer",
			"Analyst", "Office Manager", "Buyer", "Consultant", "Head of Marketing", "Jefa de Compras",
			"Director Financiero", "Responsable de RRHH" };

	private final PartyService parties;
	private final AffiliationService affiliations;
	private final long seed;

	public Generator(PartyService parties, AffiliationService affiliations, long seed) {
		this.parties = parties;
		this.affiliations = affiliations;
		this.seed = seed;
	}

	/**
	 * Writes the preset's records. Organizations first, then persons in blocks,
	 * each block followed by its affiliations.
	 *
	 * @throws OperationCanceledException when cancelled; what was written stays
	 */
	public Result generate(Preset preset, IProgressMonitor monitor) {
		int blocks = (preset.persons() + BLOCK - 1) / BLOCK;
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Generator_task, blocks + 10);
		SplittableRandom random = new SplittableRandom(seed);
		List<AffiliationRole> roles = affiliations.roles(false);
		AffiliationRole employee = roles.stream().filter(r -> AffiliationRole.EMPLOYEE.equals(r.getCode()))
				.findFirst().orElseThrow();
		AffiliationRole former = roles.stream().filter(r -> AffiliationRole.FORMER_EMPLOYEE.equals(r.getCode()))
				.findFirst().orElseThrow();

		List<Organization> organizations = new ArrayList<>(preset.organizations());
		for (int from = 0; from < preset.organizations(); from += BLOCK) {
			List<Organization> block = new ArrayList<>(BLOCK);
			for (int i = from; i < Math.min(preset.organizations(), from + BLOCK); i++) {
				block.add(organization(random, i));
			}
			parties.createAll(block);
			organizations.addAll(block);
		}
		progress.worked(10);

		// mean links per person chosen so that the preset's total is met on average
		double meanLinks = (double) preset.affiliations() / preset.persons();
		long personCount = 0;
		long affiliationCount = 0;
		for (int b = 0; b < blocks; b++) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			int size = (int) Math.min(BLOCK, preset.persons() - personCount);
			List<Person> people = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				people.add(person(random, personCount + i));
			}
			parties.createAll(people);
			List<Affiliation> links = new ArrayList<>();
			for (Person person : people) {
				int count = linkCount(random, meanLinks);
				for (int l = 0; l < count && affiliationCount + links.size() < preset.affiliations(); l++) {
					Organization organization = organizations.get(heavyTailed(random, organizations.size()));
					links.add(link(random, person, organization, l == 0 ? employee : roles.get(random.nextInt(roles.size())),
							former));
				}
			}
			affiliations.affiliateAll(links);
			personCount += size;
			affiliationCount += links.size();
			progress.worked(1);
		}
		return new Result(personCount, organizations.size(), affiliationCount);
	}

	/** {@code count} person drafts as the generator makes them, for benchmarks that insert by other means. */
	public static List<Person> samplePersons(long seed, int count) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Person> people = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			people.add(person(random, i));
		}
		return people;
	}

	/** 0 to 5 links, most people 1–3, averaging {@code mean}. */
	private static int linkCount(SplittableRandom random, double mean) {
		// a shifted geometric-like spread around the mean: some with none, a few with many
		double roll = random.nextDouble();
		if (roll < 0.12) {
			return 0;
		}
		int base = (int) Math.floor(mean);
		double fraction = mean / 0.88 - base;
		int count = base + (random.nextDouble() < fraction ? 1 : 0);
		if (random.nextInt(20) == 0) {
			count += 2;
		}
		return Math.max(1, count);
	}

	/** Index into n organizations with a heavy tail: the first few are huge, most are small. */
	static int heavyTailed(SplittableRandom random, int n) {
		double u = random.nextDouble();
		return (int) Math.min(n - 1, Math.floor(n * u * u * u));
	}

	private static Organization organization(SplittableRandom random, int index) {
		String name = pick(random, ORG_WORDS) + ' ' + pick(random, ORG_TRADES) + ' ' + index + ' '
				+ pick(random, ORG_SUFFIXES);
		Organization organization = new Organization(name);
		String domain = DemoData.domainOf(name).replace(".example", index + ".example"); //$NON-NLS-1$ //$NON-NLS-2$
		organization.setWebsite("https://www." + domain); //$NON-NLS-1$
		organization.setContactPoints(List.of(new ContactPoint(Channel.EMAIL, Label.WORK, "info@" + domain), //$NON-NLS-1$
				new ContactPoint(Channel.PHONE, Label.WORK, phone(random))));
		organization.setCity(pick(random, DemoData.CITIES));
		if (random.nextInt(3) == 0) {
			organization.setTags(List.of(pick(random, TAGS)));
		}
		return organization;
	}

	private static Person person(SplittableRandom random, long index) {
		String first = pick(random, DemoData.FIRST_NAMES);
		String last = pick(random, DemoData.LAST_NAMES);
		if (random.nextInt(3) == 0) {
			last += ' ' + pick(random, DemoData.LAST_NAMES);
		}
		Person person = new Person(first, last);
		String local = (org.vinculo.core.model.Party.normalize(first) + '.'
				+ org.vinculo.core.model.Party.normalize(last)).replaceAll("[^a-z.]", "") + index; //$NON-NLS-1$ //$NON-NLS-2$
		List<ContactPoint> contacts = new ArrayList<>(3);
		contacts.add(new ContactPoint(Channel.EMAIL, Label.WORK, local + "@mail" + (index % 97) + ".example")); //$NON-NLS-1$ //$NON-NLS-2$
		if (random.nextInt(4) == 0) {
			contacts.add(new ContactPoint(Channel.EMAIL, Label.HOME, local + "@home.example")); //$NON-NLS-1$
		}
		contacts.add(new ContactPoint(Channel.PHONE, Label.MOBILE, phone(random)));
		person.setContactPoints(contacts);
		person.setCity(pick(random, DemoData.CITIES));
		int tags = random.nextInt(4);
		if (tags > 1) {
			person.setTags(tags == 2 ? List.of(pick(random, TAGS)) : List.of(pick(random, TAGS), pick(random, TAGS)));
		}
		return person;
	}

	private static Affiliation link(SplittableRandom random, Person person, Organization organization,
			AffiliationRole role, AffiliationRole former) {
		boolean past = random.nextInt(10) < 3;
		LocalDate since = LocalDate.of(1995 + random.nextInt(30), 1 + random.nextInt(12), 1);
		Affiliation link = new Affiliation(person, organization, past ? former : role);
		link.setSince(since);
		if (past) {
			link.setUntil(since.plusMonths(6 + random.nextInt(90)));
		}
		if (random.nextInt(3) == 0) {
			link.setTitle(pick(random, TITLES));
		}
		return link;
	}

	private static String phone(SplittableRandom random) {
		if (random.nextInt(4) == 0) {
			return String.format("+44 20 %04d %04d", random.nextInt(10_000), random.nextInt(10_000)); //$NON-NLS-1$
		}
		return String.format("+34 6%02d %03d %03d", random.nextInt(100), random.nextInt(1000), random.nextInt(1000)); //$NON-NLS-1$
	}

	private static String pick(SplittableRandom random, String[] values) {
		return values[random.nextInt(values.length)];
	}
}
