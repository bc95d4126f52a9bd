package org.vinculo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.ContactPoint.Label;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.ChoiceListService;
import org.vinculo.core.service.PartyService;
import org.vinculo.core.service.RelationshipService;

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
	public record Preset(String name, int persons, int organizations, int affiliations, int relationships) {
		public static final Preset SMALL = new Preset("10k", 10_000, 2_000, 20_000, 50_000); //$NON-NLS-1$
		public static final Preset MEDIUM = new Preset("100k", 100_000, 20_000, 200_000, 500_000); //$NON-NLS-1$
		public static final Preset LARGE = new Preset("1m", 1_000_000, 200_000, 2_000_000, 5_000_000); //$NON-NLS-1$
		/** The 1M parties and their affiliations without the relationship network: half the time to write. */
		public static final Preset LARGE_RECORDS = new Preset("1m-records", 1_000_000, 200_000, 2_000_000, 0); //$NON-NLS-1$

		public static Preset named(String name) {
			return switch (name) {
			case "10k" -> SMALL; //$NON-NLS-1$
			case "100k" -> MEDIUM; //$NON-NLS-1$
			case "1m" -> LARGE; //$NON-NLS-1$
			case "1m-records" -> LARGE_RECORDS; //$NON-NLS-1$
			default -> throw new IllegalArgumentException("Unknown preset " + name + "; use 10k, 100k, 1m or 1m-records"); //$NON-NLS-1$ //$NON-NLS-2$
			};
		}
	}

	/** What a run created. */
	public record Result(long persons, long organizations, long affiliations, long relationships) {
	}

	/** Relationships written per round. */
	static final int RELATIONSHIP_BLOCK = 50_000;

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
	private final RelationshipService relationships;
	private final long seed;
	/** When set, every party also gets a lifecycle stage and segments (see {@link #classifying}). */
	private Map<Segment, long[]> segmentValues;
	private SplittableRandom classifyRandom;

	public Generator(PartyService parties, AffiliationService affiliations, RelationshipService relationships,
			long seed) {
		this.parties = parties;
		this.affiliations = affiliations;
		this.relationships = relationships;
		this.seed = seed;
	}

	/**
	 * Also gives every generated party a lifecycle stage (about 35% prospects,
	 * 20% potential, 33% active, 12% inactive customers) and segments drawn from
	 * the choice lists; the owner list gets 20 sales reps if it is empty. Written
	 * in the same bulk inserts, so it costs no extra round trip.
	 */
	public Generator classifying(ChoiceListService choices) {
		if (choices.values(Segment.OWNER.listCode(), false).isEmpty()) {
			for (int i = 1; i <= 20; i++) {
				choices.save(new ChoiceValue(Segment.OWNER.listCode(), String.format(Locale.ROOT, "Sales rep %02d", i))); //$NON-NLS-1$
			}
		}
		segmentValues = new EnumMap<>(Segment.class);
		for (Segment segment : Segment.values()) {
			segmentValues.put(segment, choices.values(segment.listCode(), false).stream().mapToLong(ChoiceValue::getId)
					.toArray());
		}
		classifyRandom = new SplittableRandom(seed + 3);
		return this;
	}

	private void classify(Party party) {
		if (segmentValues == null) {
			return;
		}
		int roll = classifyRandom.nextInt(100);
		party.setLifecycle(roll < 35 ? LifecycleStage.PROSPECT : roll < 55 ? LifecycleStage.POTENTIAL_CUSTOMER
				: roll < 88 ? LifecycleStage.ACTIVE_CUSTOMER : LifecycleStage.INACTIVE_CUSTOMER);
		for (Segment segment : Segment.values()) {
			boolean applies = party instanceof Organization || segment == Segment.SOURCE
					|| segment == Segment.TERRITORY || segment == Segment.OWNER;
			long[] values = segmentValues.get(segment);
			if (applies && values.length > 0 && classifyRandom.nextInt(10) < 8) {
				party.setSegment(segment, values[classifyRandom.nextInt(values.length)]);
			}
		}
	}

	/**
	 * Writes the preset's records. Organizations first, then persons in blocks,
	 * each block followed by its affiliations.
	 *
	 * @throws OperationCanceledException when cancelled; what was written stays
	 */
	public Result generate(Preset preset, IProgressMonitor monitor) {
		int blocks = (preset.persons() + BLOCK - 1) / BLOCK;
		int relationshipBlocks = (preset.relationships() + RELATIONSHIP_BLOCK - 1) / RELATIONSHIP_BLOCK;
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Generator_task, blocks + relationshipBlocks + 10);
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
				Organization organization = organization(random, i);
				classify(organization);
				block.add(organization);
			}
			parties.createAll(block);
			organizations.addAll(block);
		}
		progress.worked(10);

		// mean links per person chosen so that the preset's total is met on average
		double meanLinks = (double) preset.affiliations() / preset.persons();
		long personCount = 0;
		long affiliationCount = 0;
		long[] personIds = new long[preset.persons()];
		for (int b = 0; b < blocks; b++) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			int size = (int) Math.min(BLOCK, preset.persons() - personCount);
			List<Person> people = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				Person person = person(random, personCount + i);
				classify(person);
				people.add(person);
			}
			parties.createAll(people);
			for (int i = 0; i < size; i++) {
				personIds[(int) personCount + i] = people.get(i).getId();
			}
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
		long[] organizationIds = organizations.stream().mapToLong(Organization::getId).toArray();
		organizations.clear(); // only their ids from here on
		long relationshipCount = relationships(preset, random, personIds, organizationIds, progress);
		return new Result(personCount, organizationIds.length, affiliationCount, relationshipCount);
	}

	/**
	 * Typed relationships with a heavy-tailed degree: one end is drawn so that a
	 * few parties (the first of a shuffled order) are super-connectors with
	 * thousands of links, the other end uniformly. Mostly between persons
	 * (friends, former colleagues, referrals, family, reporting lines), some
	 * person to organization (consultant for) and organization to organization
	 * (supplier of, partner of); one in six has ended.
	 */
	private long relationships(Preset preset, SplittableRandom random, long[] personIds, long[] organizationIds,
			SubMonitor progress) {
		if (preset.relationships() == 0) {
			return 0;
		}
		RelationshipType[] personal = types(RelationshipType.FRIEND, RelationshipType.FRIEND,
				RelationshipType.FORMER_COLLEAGUE, RelationshipType.FORMER_COLLEAGUE, RelationshipType.REFERRED_BY,
				RelationshipType.FAMILY, RelationshipType.REPORTS_TO);
		RelationshipType consultant = relationships.typeByCode(RelationshipType.CONSULTANT_FOR);
		RelationshipType[] business = types(RelationshipType.SUPPLIER_OF, RelationshipType.SUPPLIER_OF,
				RelationshipType.PARTNER_OF);
		// who the super-connectors are: a seeded shuffle, so they are not simply the oldest records
		int[] personOrder = shuffled(random, personIds.length);
		int[] organizationOrder = shuffled(random, organizationIds.length);
		long written = 0;
		while (written < preset.relationships()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			int size = (int) Math.min(RELATIONSHIP_BLOCK, preset.relationships() - written);
			List<Relationship> drafts = new ArrayList<>(size);
			while (drafts.size() < size) {
				int roll = random.nextInt(100);
				Relationship draft;
				if (roll < 80) {
					long from = personIds[personOrder[superConnected(random, personIds.length)]];
					long to = personIds[random.nextInt(personIds.length)];
					if (from == to) {
						continue;
					}
					draft = new Relationship(Party.reference(PartyKind.PERSON, from), pick(random, personal),
							Party.reference(PartyKind.PERSON, to));
				} else if (roll < 88) {
					draft = new Relationship(
							Party.reference(PartyKind.PERSON, personIds[personOrder[superConnected(random, personIds.length)]]),
							consultant, Party.reference(PartyKind.ORGANIZATION,
									organizationIds[random.nextInt(organizationIds.length)]));
				} else {
					long from = organizationIds[organizationOrder[superConnected(random, organizationIds.length)]];
					long to = organizationIds[random.nextInt(organizationIds.length)];
					if (from == to) {
						continue;
					}
					draft = new Relationship(Party.reference(PartyKind.ORGANIZATION, from), pick(random, business),
							Party.reference(PartyKind.ORGANIZATION, to));
				}
				LocalDate since = LocalDate.of(1995 + random.nextInt(30), 1 + random.nextInt(12), 1);
				draft.setSince(since);
				if (random.nextInt(6) == 0) {
					draft.setUntil(since.plusMonths(3 + random.nextInt(120)));
				}
				if (random.nextInt(3) > 0) {
					draft.setStrength(1 + random.nextInt(5));
				}
				drafts.add(draft);
			}
			relationships.relateAll(drafts);
			written += drafts.size();
			progress.worked(1);
		}
		return written;
	}

	/** A heavy tail a little lighter than organization sizes: the first index gets about 0.1 % of all picks. */
	static int superConnected(SplittableRandom random, int n) {
		double u = random.nextDouble();
		return (int) Math.min(n - 1, Math.floor(n * u * u));
	}

	private RelationshipType[] types(String... codes) {
		RelationshipType[] result = new RelationshipType[codes.length];
		for (int i = 0; i < codes.length; i++) {
			result[i] = relationships.typeByCode(codes[i]);
		}
		return result;
	}

	private static int[] shuffled(SplittableRandom random, int n) {
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		return order;
	}

	private static <T> T pick(SplittableRandom random, T[] values) {
		return values[random.nextInt(values.length)];
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
