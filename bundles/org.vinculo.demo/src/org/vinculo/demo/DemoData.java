package org.vinculo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vinculo.core.model.ActivityKind;
import org.vinculo.core.model.ActivityStatus;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.ActivityService;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.ChoiceListService;
import org.vinculo.core.service.PartyService;
import org.vinculo.core.service.RelationshipService;

/**
 * A realistic, seeded sample database for first launches and UI tests: a few
 * hundred persons and some dozens of organizations, Spanish and English names,
 * persons with several affiliations and past employers, and the cases from our
 * source articles (José Minds, customer in his own right and employee of BA
 * Minds; a consultant serving several companies; Pepe, who supplies Empresa XYZ).
 * The same seed always yields the same records.
 */
public final class DemoData {

	public static final long DEFAULT_SEED = 20261123L;
	public static final int PERSONS = 320;

	/** What a load created. */
	public record Summary(int persons, int organizations, int affiliations, int relationships, long ourOrganizationId,
			int activities, long firstOwnerId) {
	}

	/** The organization the demo treats as "ours" when looking for introductions. */
	public static final String OUR_ORGANIZATION = "Vinculo Demo Company"; //$NON-NLS-1$

	static final String[] FIRST_NAMES = { "Ana", "Lucía", "María", "Carmen", "Laura", "Marta", "Elena", "Sofía",
			"Paula", "Isabel", "Raquel", "Nuria", "Pilar", "Inés", "Begoña", "Ainhoa", "José", "Juan", "Luis",
			"Javier", "Carlos", "Miguel", "Andrés", "Jorge", "Pablo", "Sergio", "Álvaro", "Iñaki", "Ramón", "Tomás",
			"Óscar", "Joaquín", "Emma", "Olivia", "Amelia", "Charlotte", "Grace", "Hannah", "James", "Oliver",
			"George", "Harry", "Jack", "Thomas", "William", "Daniel", "Sean", "Niamh" };
	static final String[] LAST_NAMES = { "García", "Fernández", "González", "Rodríguez", "López", "Martínez",
			"Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz",
			"Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil",
			"Ramírez", "Serrano", "Blanco", "Suárez", "Ortega", "Castaño", "Ibáñez", "Núñez", "Smith", "Jones",
			"Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Walsh", "O'Brien", "Murphy", "Clarke" };
	static final String[] CITIES = { "Madrid", "Barcelona", "Sevilla", "Málaga", "Valencia", "Bilbao",
			"Zaragoza", "A Coruña", "Córdoba", "Buenos Aires", "Montevideo", "Ciudad de México", "London",
			"Manchester", "Dublin", "Edinburgh" };
	private static final String[] ORGANIZATIONS = { "Andes Logística SA", "Grupo Solana", "Northwind Traders Ltd",
			"Talleres Ibáñez SL", "Cervecera del Norte", "Clínica Santa Lucía", "Hotel Mirador de Málaga",
			"Ferretería Hermanos Ruiz", "Bluebell Software Ltd", "Constructora Atlántica", "Editorial Quimera",
			"Bodegas Valdeolmos", "Transportes Gil e Hijos", "Asociación de Comerciantes del Centro",
			"Fundación Puente Abierto", "Óptica Visión Clara", "Harbour & Finch LLP", "Panadería La Espiga",
			"Mercado Central Cooperativa", "Agencia Creativa Marea", "Despacho Núñez Abogados",
			"Colegio San Ignacio", "Lighthouse Analytics", "Textiles Aurora", "Seguros La Prudente",
			"Energías Renovables del Sur", "Dublin Fintech Partners", "Inmobiliaria Castaño",
			"Laboratorios Biomar", "Cámara de Comercio Hispano-Británica", "Estudio de Arquitectura Línea",
			"Camping Los Pinos", "Distribuciones Levante" };

	private final long seed;

	public DemoData(long seed) {
		this.seed = seed;
	}

	public DemoData() {
		this(DEFAULT_SEED);
	}

	/** Whether the database has no party yet, the only case in which demo data is loaded. */
	public static boolean isEmpty(PartyService parties) {
		return parties.count() == 0;
	}

	/**
	 * Creates the sample records through the core services.
	 *
	 * @throws OperationCanceledException when cancelled; what was created stays
	 */
	public Summary loadInto(PartyService parties, AffiliationService affiliations, RelationshipService relationships,
			ChoiceListService choices, ActivityService activities, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.DemoData_loading, PERSONS + 120);
		Random random = new Random(seed);
		Roles roles = Roles.lookUp(affiliations);
		Loader loader = new Loader(parties, affiliations, random);

		// The story every demo starts with.
		Organization baMinds = loader.organization("BA Minds", "Buenos Aires", "baminds.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Organization xyz = loader.organization("Empresa XYZ", "Madrid", "xyz.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Organization suministros = loader.organization("Suministros SA", "Sevilla", "suministros.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Organization marketing = loader.organization("Marea Marketing Consultores", "Valencia", "marea.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Organization ours = loader.organization(OUR_ORGANIZATION, "Madrid", "vinculo.example"); //$NON-NLS-1$ //$NON-NLS-2$
		List<Organization> organizations = new ArrayList<>(List.of(baMinds, xyz, suministros, marketing, ours));
		List<Person> persons = new ArrayList<>();
		for (String name : ORGANIZATIONS) {
			String city = CITIES[random.nextInt(CITIES.length)];
			organizations.add(loader.organization(name, city, domainOf(name)));
		}
		progress.worked(40);

		Person jose = loader.person("José", "Minds", "Buenos Aires", "jose.minds@correo.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		jose.setNotes("Customer in his own right (B2C: buys our home plan) and our contact at BA Minds (B2B)."); //$NON-NLS-1$
		jose = parties.update(jose);
		loader.affiliate(jose, baMinds, roles.employee(), "Sales Director", LocalDate.of(2019, 3, 1), null, true); //$NON-NLS-1$
		Person lucia = loader.person("Lucía", "Fernández", "Valencia", "lucia@marea.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		loader.affiliate(lucia, marketing, roles.owner(), "Founder", LocalDate.of(2012, 1, 1), null, true); //$NON-NLS-1$
		for (Organization client : List.of(baMinds, xyz, organizations.get(6), organizations.get(9))) {
			loader.affiliate(lucia, client, roles.consultant(), "Marketing consultant", //$NON-NLS-1$
					LocalDate.of(2018 + random.nextInt(5), 1 + random.nextInt(12), 1), null, false);
		}
		Person pepe = loader.person("Pepe", "Gómez", "Sevilla", "pepe.gomez@suministros.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		loader.affiliate(pepe, suministros, roles.employee(), "Account Manager", LocalDate.of(2016, 9, 1), null, true); //$NON-NLS-1$
		loader.affiliate(pepe, xyz, roles.supplier(), null, LocalDate.of(2021, 4, 1), null, false);
		Person anaRuiz = loader.person("Ana", "Ruiz", "Madrid", "ana.ruiz@vinculo.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		loader.affiliate(anaRuiz, ours, roles.employee(), "Sales Representative", LocalDate.of(2020, 2, 1), null, true); //$NON-NLS-1$
		loader.affiliate(anaRuiz, xyz, roles.formerEmployee(), "Analyst", LocalDate.of(2014, 6, 1), //$NON-NLS-1$
				LocalDate.of(2019, 12, 31), false);
		progress.worked(20);

		// Everyone else: most people work somewhere, some in several places, some nowhere.
		for (int i = loader.personCount; i < PERSONS; i++) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
			String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
			if (random.nextInt(3) == 0) {
				last += ' ' + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
			}
			Person person = loader.person(first, last, CITIES[random.nextInt(CITIES.length)], null);
			persons.add(person);
			int links = weightedLinkCount(random);
			Set<Organization> used = new HashSet<>();
			for (int l = 0; l < links; l++) {
				Organization organization = organizations.get(random.nextInt(organizations.size()));
				if (!used.add(organization)) {
					continue;
				}
				loader.randomAffiliation(person, organization, roles, l == 0);
			}
			progress.worked(1);
		}

		// The network: the story's introductions, a team with reporting lines, and everyday ties.
		Network network = new Network(relationships, new Random(seed + 1));
		network.link(anaRuiz, RelationshipType.FRIEND, pepe, LocalDate.of(2019, 5, 1), null, 4);
		network.link(suministros, RelationshipType.SUPPLIER_OF, xyz, LocalDate.of(2021, 4, 1), null, null);
		network.link(marketing, RelationshipType.CONSULTANT_FOR, ours, LocalDate.of(2020, 1, 15), null, null);
		network.link(marketing, RelationshipType.CONSULTANT_FOR, xyz, LocalDate.of(2021, 9, 1), null, null);
		network.link(jose, RelationshipType.REFERRED_BY, lucia, LocalDate.of(2019, 2, 1), null, 3);
		network.link(baMinds, RelationshipType.PARTNER_OF, ours, LocalDate.of(2022, 6, 1), null, null);
		Person marta = loader.person("Marta", "Sanz", "Madrid", "marta.sanz@vinculo.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Person luis = loader.person("Luis", "Vega", "Madrid", "luis.vega@vinculo.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Person irene = loader.person("Irene", "Campos", "Madrid", "irene.campos@vinculo.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Person david = loader.person("David", "Ortiz", "Barcelona", "david.ortiz@vinculo.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Person sara = loader.person("Sara", "Molina", "Madrid", "sara.molina@vinculo.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Person hugo = loader.person("Hugo", "Prieto", "Valencia", "hugo.prieto@vinculo.example"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		loader.affiliate(marta, ours, roles.owner(), "CEO", LocalDate.of(2015, 1, 1), null, true); //$NON-NLS-1$
		loader.affiliate(luis, ours, roles.employee(), "Head of Sales", LocalDate.of(2017, 3, 1), null, true); //$NON-NLS-1$
		loader.affiliate(irene, ours, roles.employee(), "Head of Product", LocalDate.of(2018, 9, 1), null, true); //$NON-NLS-1$
		loader.affiliate(david, ours, roles.employee(), "Sales Representative", LocalDate.of(2021, 5, 1), null, true); //$NON-NLS-1$
		loader.affiliate(sara, ours, roles.employee(), "Designer", LocalDate.of(2022, 2, 1), null, true); //$NON-NLS-1$
		loader.affiliate(hugo, ours, roles.employee(), "Intern", LocalDate.of(2025, 9, 1), null, true); //$NON-NLS-1$
		for (Person[] line : new Person[][] { { luis, marta }, { irene, marta }, { anaRuiz, luis }, { david, luis },
				{ sara, irene } }) {
			network.link(line[0], RelationshipType.REPORTS_TO, line[1], null, null, null);
		}
		network.link(luis, RelationshipType.FORMER_COLLEAGUE, jose, null, null, 3);
		network.everydayTies(persons, organizations.subList(5, organizations.size()));
		progress.worked(20);

		// The customer record: owners, stages, segments, and a few weeks of activities around today.
		CustomerRecords records = new CustomerRecords(parties, choices, activities, new Random(seed + 2));
		records.team(List.of(anaRuiz, luis, david, marta));
		ChoiceValue ana = records.owners.get(0);
		ChoiceValue luisOwner = records.owners.get(1);
		// José is an active customer in his own right while BA Minds, where he works, is still a prospect
		jose.setSegment(Segment.OWNER, ana.getId());
		jose.setSegment(Segment.SOURCE, records.value(Segment.SOURCE, "referral")); //$NON-NLS-1$
		jose.setSegment(Segment.TYPE, records.value(Segment.TYPE, "consumer")); //$NON-NLS-1$
		jose = records.stage(parties.update(jose), LifecycleStage.ACTIVE_CUSTOMER);
		baMinds.setSegment(Segment.OWNER, ana.getId());
		baMinds.setSegment(Segment.INDUSTRY, records.value(Segment.INDUSTRY, "technology")); //$NON-NLS-1$
		baMinds.setSegment(Segment.TERRITORY, records.value(Segment.TERRITORY, "south")); //$NON-NLS-1$
		baMinds = parties.update(baMinds);
		xyz.setSegment(Segment.OWNER, luisOwner.getId());
		xyz.setSegment(Segment.INDUSTRY, records.value(Segment.INDUSTRY, "manufacturing")); //$NON-NLS-1$
		xyz = records.stage(parties.update(xyz), LifecycleStage.POTENTIAL_CUSTOMER);
		records.stage(marketing, LifecycleStage.ACTIVE_CUSTOMER);
		records.activity(ActivityKind.MEETING, "Renewal of the home plan, and BA Minds' team licences", 1, 10, jose, //$NON-NLS-1$
				baMinds, ana, ActivityStatus.PLANNED, null);
		records.activity(ActivityKind.TASK, "Send the proposal to Empresa XYZ", -2, 12, null, xyz, ana, //$NON-NLS-1$
				ActivityStatus.PLANNED, null);
		records.activity(ActivityKind.CALL, "Ask Pepe for an introduction at Empresa XYZ", -5, 11, pepe, suministros, ana, //$NON-NLS-1$
				ActivityStatus.DONE, "Happy to introduce us to their purchasing manager"); //$NON-NLS-1$
		records.activity(ActivityKind.EMAIL, "Thank Lucía for the referral", 0, 17, lucia, marketing, ana, //$NON-NLS-1$
				ActivityStatus.PLANNED, null);
		records.activity(ActivityKind.NOTE, "José prefers WhatsApp to email", -20, 9, jose, null, ana, //$NON-NLS-1$
				ActivityStatus.DONE, null);
		for (int i = 0; i < persons.size(); i++) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			persons.set(i, records.classify(persons.get(i)));
		}
		List<Organization> others = new ArrayList<>(organizations.subList(5, organizations.size()));
		for (int i = 0; i < others.size(); i++) {
			others.set(i, records.classify(others.get(i)));
		}
		progress.worked(20);
		records.everydayActivities(persons, others, 160);
		progress.worked(20);
		return new Summary(loader.personCount, organizations.size(), loader.affiliationCount, network.count,
				ours.getId(), records.activityCount, ana.getId());
	}

	/** Writes the demo's relationships through the service. */
	private static final class Network {
		private final RelationshipService service;
		private final Random random;
		int count;

		Network(RelationshipService service, Random random) {
			this.service = service;
			this.random = random;
		}

		void link(Party from, String typeCode, Party to, LocalDate since, LocalDate until, Integer strength) {
			Relationship relationship = new Relationship(from, service.typeByCode(typeCode), to);
			relationship.setSince(since);
			relationship.setUntil(until);
			relationship.setStrength(strength);
			service.relate(relationship);
			count++;
		}

		/** Friends, family, referrals and former colleagues among the people; suppliers and partners among companies. */
		void everydayTies(List<Person> persons, List<Organization> organizations) {
			String[] personal = { RelationshipType.FRIEND, RelationshipType.FRIEND, RelationshipType.FORMER_COLLEAGUE,
					RelationshipType.REFERRED_BY, RelationshipType.FAMILY };
			List<Relationship> drafts = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < persons.size() * 3 / 4; i++) {
				Person a = persons.get(random.nextInt(persons.size()));
				Person b = persons.get(random.nextInt(persons.size()));
				String type = personal[random.nextInt(personal.length)];
				if (a != b && seen.add(Math.min(a.getId(), b.getId()) + "-" + Math.max(a.getId(), b.getId()))) { //$NON-NLS-1$
					Relationship r = new Relationship(a, service.typeByCode(type), b);
					r.setSince(LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1));
					if (random.nextInt(6) == 0) {
						r.setUntil(r.getSince().plusYears(1 + random.nextInt(4)));
					}
					r.setStrength(random.nextInt(3) == 0 ? null : 1 + random.nextInt(5));
					drafts.add(r);
				}
			}
			String[] business = { RelationshipType.SUPPLIER_OF, RelationshipType.SUPPLIER_OF, RelationshipType.PARTNER_OF };
			for (int i = 0; i < organizations.size(); i++) {
				Organization a = organizations.get(random.nextInt(organizations.size()));
				Organization b = organizations.get(random.nextInt(organizations.size()));
				if (a != b && seen.add(Math.min(a.getId(), b.getId()) + "-" + Math.max(a.getId(), b.getId()))) { //$NON-NLS-1$
					Relationship r = new Relationship(a, service.typeByCode(business[random.nextInt(business.length)]), b);
					r.setSince(LocalDate.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1));
					drafts.add(r);
				}
			}
			service.relateAll(drafts);
			count += drafts.size();
		}
	}

	private static int weightedLinkCount(Random random) {
		int roll = random.nextInt(100);
		if (roll < 22) {
			return 0;
		}
		if (roll < 67) {
			return 1;
		}
		if (roll < 89) {
			return 2;
		}
		return 3 + random.nextInt(2);
	}

	static String domainOf(String organizationName) {
		String[] words = Party.normalize(organizationName).replaceAll("[^a-z0-9 ]", "").split(" +"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return words[0] + (words.length > 1 ? words[1] : "") + ".example"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The built-in roles the demo uses, looked up once. */
	private record Roles(AffiliationRole employee, AffiliationRole owner, AffiliationRole boardMember,
			AffiliationRole consultant, AffiliationRole supplier, AffiliationRole formerEmployee,
			AffiliationRole associationMember) implements Loader.DemoRoles {

		static Roles lookUp(AffiliationService affiliations) {
			return new Roles(affiliations.roleByCode(AffiliationRole.EMPLOYEE),
					affiliations.roleByCode(AffiliationRole.OWNER),
					affiliations.roleByCode(AffiliationRole.BOARD_MEMBER),
					affiliations.roleByCode(AffiliationRole.CONSULTANT),
					affiliations.roleByCode(AffiliationRole.SUPPLIER),
					affiliations.roleByCode(AffiliationRole.FORMER_EMPLOYEE),
					affiliations.roleByCode(AffiliationRole.ASSOCIATION_MEMBER));
		}
	}
}
