package org.vinculo.core.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.network.Introduction;
import org.vinculo.core.network.IntroductionWeights;
import org.vinculo.core.network.Neighbourhood;
import org.vinculo.core.network.internal.NetworkComponent;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JdbcNetworkSource;
import org.vinculo.core.persistence.internal.JpaAffiliationService;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.persistence.internal.JpaRelationshipService;
import org.vinculo.core.service.RecordEvents;

/**
 * The network service on a real Derby database with the seeds' story: we reach
 * Empresa XYZ through our colleague Ana's friend Pepe, who works for its
 * supplier, and through our marketing consultancy, which also serves XYZ.
 */
class NetworkServiceTest {

	@TempDir
	Path folder;

	private Database database;
	private JpaPartyService parties;
	private JpaAffiliationService affiliations;
	private JpaRelationshipService relationships;
	private NetworkComponent network;
	private Organization ours;
	private Organization xyz;
	private Organization suministros;
	private Organization marea;
	private Person ana;
	private Person pepe;

	@BeforeEach
	void story() throws InterruptedException {
		database = Database.openEmbedded(folder.resolve("db"));
		parties = new JpaPartyService(database);
		affiliations = new JpaAffiliationService(database);
		relationships = new JpaRelationshipService(database);
		ours = parties.createOrganization(new Organization("Vinculo"));
		xyz = parties.createOrganization(new Organization("Empresa XYZ"));
		suministros = parties.createOrganization(new Organization("Suministros SA"));
		marea = parties.createOrganization(new Organization("Marea Marketing"));
		ana = parties.createPerson(new Person("Ana", "Ruiz"));
		pepe = parties.createPerson(new Person("Pepe", "Gómez"));
		AffiliationRole employee = affiliations.roleByCode(AffiliationRole.EMPLOYEE);
		affiliations.affiliate(new Affiliation(ana, ours, employee));
		affiliations.affiliate(new Affiliation(pepe, suministros, employee));
		relate(ana, RelationshipType.FRIEND, pepe, 2019);
		relate(suministros, RelationshipType.SUPPLIER_OF, xyz, 2021);
		relate(marea, RelationshipType.CONSULTANT_FOR, ours, 2020);
		relate(marea, RelationshipType.CONSULTANT_FOR, xyz, 2021);
		network = new NetworkComponent(JdbcNetworkSource.on(database), relationships, affiliations);
		assertTrue(network.awaitIdle(30_000));
		network.setWeights(IntroductionWeights.DEFAULTS);
	}

	@AfterEach
	void close() {
		network.deactivate();
		database.close();
	}

	private Relationship relate(Party from, String type, Party to, Integer sinceYear) {
		Relationship relationship = new Relationship(from, relationships.typeByCode(type), to);
		if (sinceYear != null) {
			relationship.setSince(LocalDate.of(sinceYear, 3, 1));
		}
		return relationships.relate(relationship);
	}

	/** What Event Admin delivers after a commit (this test runs the component without it). */
	private void delivered(String topic, Map<String, ?> properties) throws InterruptedException {
		network.handleEvent(new Event(topic, properties));
		assertTrue(network.awaitIdle(30_000));
	}

	private List<String> explanations(Party target) {
		return network.introductions(ours.getId(), target.getId(), 5).stream().map(Introduction::explanation).toList();
	}

	@Test
	void bothWaysInAreFoundRankedAndExplainedInWords() {
		List<Introduction> found = network.introductions(ours.getId(), xyz.getId(), 5);
		assertEquals(List.of(
				"Vinculo (us) \u2014 client of, since 2020 \u2192 Marea Marketing \u2014 consultant for, since 2021 \u2192 Empresa XYZ",
				"Ana Ruiz (your colleague) \u2014 friend of, since 2019 \u2192 Pepe Gómez \u2014 employee of"
						+ " \u2192 Suministros SA \u2014 supplier of, since 2021 \u2192 Empresa XYZ"),
				found.stream().map(Introduction::explanation).toList());
		assertTrue(found.get(0).cost() < found.get(1).cost(), "two links beat four");
		assertEquals(List.of("Vinculo", "Ana Ruiz", "Pepe Gómez", "Suministros SA", "Empresa XYZ"),
				found.get(1).parties().stream().map(Introduction.Party::name).toList());
		assertEquals(LocalDate.of(2019, 3, 1), found.get(1).steps().get(1).since());
	}

	@Test
	void renamedTypesReachTheExplanationAndTheWeightsChangeTheRanking() throws InterruptedException {
		RelationshipType friend = relationships.typeByCode(RelationshipType.FRIEND).copy();
		friend.setName("close friend of");
		friend.setStrength(100);
		relationships.saveType(friend);
		RelationshipType consultant = relationships.typeByCode(RelationshipType.CONSULTANT_FOR).copy();
		consultant.setInverseName("advised by");
		consultant.setStrength(1);
		relationships.saveType(consultant);
		delivered(RecordEvents.TYPES_TOPIC, Map.of());

		List<String> explained = explanations(xyz);
		assertTrue(explained.get(1).contains("close friend of, since 2019"), explained.toString());
		assertTrue(explained.get(0).startsWith("Vinculo (us) \u2014 advised by"), explained.toString());
		// links cost the same whatever their type: the shorter path still wins; with type weight high, the friend path wins
		network.setWeights(new IntroductionWeights(0.1, 10, 1.5, 0, 6));
		assertTrue(explanations(xyz).get(0).startsWith("Ana Ruiz (your colleague) \u2014 close friend of"),
				explanations(xyz).toString());
	}

	@Test
	void editsReachTheGraphWithoutAReload() throws InterruptedException {
		Person luis = parties.createPerson(new Person("Luis", "Nuevo"));
		delivered(RecordEvents.PARTY_TOPIC + RecordEvents.CREATED, Map.of(RecordEvents.ID, luis.getId()));
		assertTrue(explanations(luis).isEmpty(), "not linked to anyone yet");

		Relationship friends = relate(pepe, RelationshipType.FRIEND, luis, null);
		delivered(RecordEvents.RELATIONSHIP_TOPIC + RecordEvents.CREATED,
				Map.of(RecordEvents.ID, friends.getId(), RecordEvents.FROM_ID, pepe.getId(), RecordEvents.TO_ID, luis.getId()));
		List<String> explained = explanations(luis);
		assertEquals("Ana Ruiz (your colleague) \u2014 friend of, since 2019 \u2192 Pepe Gómez \u2014 friend of \u2192 Luis Nuevo",
				explained.get(0));
		assertEquals(2, explained.size(), "and the long way round through the consultancy and the supplier: " + explained);

		// Pepe leaves: the graph forgets him and his links, nobody else
		parties.delete(parties.findPerson(pepe.getId()).orElseThrow());
		delivered(RecordEvents.PARTY_TOPIC + RecordEvents.DELETED, Map.of(RecordEvents.ID, pepe.getId()));
		assertTrue(explanations(luis).isEmpty());
		assertEquals(1, explanations(xyz).size(), "only the consultancy's way in is left");
	}

	@Test
	void aPastAffiliationIsAWeakerWayInAndSaysSo() throws InterruptedException {
		Person olga = parties.createPerson(new Person("Olga", "Antes"));
		Affiliation left = new Affiliation(olga, ours, affiliations.roleByCode(AffiliationRole.EMPLOYEE));
		left.setSince(LocalDate.of(2015, 1, 1));
		left.setUntil(LocalDate.of(2018, 6, 30));
		affiliations.affiliate(left);
		Organization target = parties.createOrganization(new Organization("Destino SL"));
		relate(olga, RelationshipType.CONSULTANT_FOR, target, 2022);
		relate(ana, RelationshipType.FORMER_COLLEAGUE, pepe, null);
		relate(pepe, RelationshipType.CONSULTANT_FOR, target, 2023);
		delivered(RecordEvents.RELATIONSHIP_TOPIC + RecordEvents.BULK_CREATED, Map.of()); // read everything again

		List<String> explained = explanations(target);
		assertTrue(explained.contains(
				"Olga Antes (your former colleague) \u2014 consultant for, since 2022 \u2192 Destino SL"), explained.toString());
		// with the default penalty a former colleague's direct word still beats one more hop...
		assertTrue(explained.get(0).startsWith("Olga Antes"), explained.toString());
		// ...an admin who trusts old ties less raises the past penalty, and current colleagues come first
		network.setWeights(new IntroductionWeights(1.0, 2.0, 3.0, 0.5, 6));
		assertEquals("Ana Ruiz (your colleague) \u2014 friend of, since 2019 \u2192 Pepe Gómez \u2014 consultant for, since 2023"
				+ " \u2192 Destino SL", explanations(target).get(0));
	}

	@Test
	void theNeighbourhoodReadsLinksFromTheCentreAndFoldsBigFanOuts() throws InterruptedException {
		AffiliationRole employee = affiliations.roleByCode(AffiliationRole.EMPLOYEE);
		List<Person> staff = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			staff.add(new Person("P" + i, "Plantilla"));
		}
		parties.createAll(staff);
		affiliations.affiliateAll(staff.stream().map(p -> new Affiliation(p, xyz, employee)).toList());
		delivered(RecordEvents.AFFILIATION_TOPIC + RecordEvents.BULK_CREATED, Map.of());

		Neighbourhood around = network.around(xyz.getId(), 1, null, true, 10, 200);
		assertEquals(xyz.getId(), around.centreId());
		int drawnPeople = (int) around.nodes().stream().filter(n -> n.name().endsWith("Plantilla")).count();
		int folded = around.groups().stream().mapToInt(Neighbourhood.Group::count).sum();
		assertEquals(30 + 2, around.nodes().size() - 1 + folded, "every link of XYZ drawn or counted in a group");
		assertTrue(drawnPeople < 30 && folded > 0, "the fan-out is folded");
		assertTrue(around.links().stream().anyMatch(l -> l.type() != null && l.type().label(l.forward()).equals("customer of")),
				"Suministros read from XYZ");
	}
}
