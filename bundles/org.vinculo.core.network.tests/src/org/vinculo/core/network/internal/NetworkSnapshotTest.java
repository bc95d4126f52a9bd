package org.vinculo.core.network.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.network.Introduction;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JdbcNetworkSource;
import org.vinculo.core.persistence.internal.JpaAffiliationService;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.persistence.internal.JpaRelationshipService;
import org.vinculo.core.service.RecordEvents;

/**
 * The network's snapshot beside the database, on a real Derby database: a
 * restart reads it and catches up with every kind of edit made while the
 * network was not running, to exactly the graph a full load gives; bulk link
 * writes, damaged files and other databases make it load everything instead;
 * links that ended since the snapshot's day read as past.
 */
class NetworkSnapshotTest {

	@TempDir
	Path folder;

	private Database database;
	private JdbcNetworkSource source;
	private JpaPartyService parties;
	private JpaAffiliationService affiliations;
	private JpaRelationshipService relationships;
	private final List<NetworkComponent> started = new ArrayList<>();
	private Organization ours;
	private Organization xyz;
	private Organization suministros;
	private Organization marea;
	private Person ana;
	private Person pepe;
	private Relationship mareaForUs;

	@BeforeEach
	void story() {
		database = Database.openEmbedded(folder.resolve("db"));
		source = JdbcNetworkSource.on(database);
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
		relate(ana, RelationshipType.FRIEND, pepe);
		relate(suministros, RelationshipType.SUPPLIER_OF, xyz);
		mareaForUs = relate(marea, RelationshipType.CONSULTANT_FOR, ours);
		relate(marea, RelationshipType.CONSULTANT_FOR, xyz);
	}

	@AfterEach
	void close() {
		started.forEach(NetworkComponent::deactivate);
		database.close();
	}

	private Relationship relate(Party from, String type, Party to) {
		return relationships.relate(new Relationship(from, relationships.typeByCode(type), to));
	}

	private NetworkComponent start() throws InterruptedException {
		NetworkComponent network = new NetworkComponent(source, relationships, affiliations);
		started.add(network);
		assertTrue(network.awaitIdle(60_000));
		return network;
	}

	private void stop(NetworkComponent network) {
		network.deactivate();
		started.remove(network);
	}

	/** Every party with its flags and its entries (other party, attribute), independent of node numbers. */
	private static Map<Long, List<String>> shape(NetworkGraph g) {
		Map<Long, List<String>> result = new TreeMap<>();
		for (int node = 0; node < g.nodeCount(); node++) {
			if (!g.contains(node)) {
				continue;
			}
			List<String> entries = new ArrayList<>();
			g.forEachNeighbour(node, (other, attr) -> entries.add(g.idAt(other) + ":" + attr));
			Collections.sort(entries);
			entries.add(0, "flags " + g.flags(node));
			result.put(g.idAt(node), entries);
		}
		return result;
	}

	private static List<String> explanations(NetworkComponent network, Party from, Party to) {
		return network.introductions(from.getId(), to.getId(), 5).stream().map(Introduction::explanation).toList();
	}

	private NetworkComponent loadedFromTheDatabase() throws IOException, InterruptedException {
		Files.deleteIfExists(source.snapshotFile());
		NetworkComponent fresh = start();
		assertEquals("database", fresh.startedFrom());
		return fresh;
	}

	@Test
	void aRestartReadsTheSnapshotAndCatchesUpWithEditsMadeMeanwhile() throws Exception {
		NetworkComponent first = start();
		assertEquals("database", first.startedFrom(), "no snapshot yet");
		assertTrue(Files.isRegularFile(source.snapshotFile()), "written after the first load");
		Organization leaving = parties.createOrganization(new Organization("Cierra SL"));
		relate(leaving, RelationshipType.PARTNER_OF, xyz);
		delivered(first, RecordEvents.PARTY_TOPIC + RecordEvents.CREATED, Map.of(RecordEvents.ID, leaving.getId()));
		stop(first); // writes the snapshot with Cierra SL in it

		// while the network is not running: every kind of edit the catch-up must see
		Person luis = parties.createPerson(new Person("Luis", "Martín"));
		relate(luis, RelationshipType.FRIEND, pepe);
		relationships.remove(mareaForUs);
		Affiliation anas = affiliations.organizationsOf(ana.getId(), org.vinculo.core.service.AffiliationService.Period.ALL).get(0);
		anas.setUntil(LocalDate.of(2020, 12, 31));
		affiliations.update(anas);
		Person bea = parties.createPerson(new Person("Bea", "Nueva"));
		affiliations.affiliate(new Affiliation(bea, ours, affiliations.roleByCode(AffiliationRole.EMPLOYEE)));
		parties.changeLifecycle(List.of(suministros.getId()), LifecycleStage.ACTIVE_CUSTOMER, "test");
		parties.delete(parties.find(leaving.getId()).orElseThrow());

		NetworkComponent restarted = start();
		assertEquals("snapshot", restarted.startedFrom());
		NetworkComponent fresh = loadedFromTheDatabase();
		assertEquals(shape(fresh.graph()), shape(restarted.graph()), "the same graph as a full load");
		assertTrue(restarted.graph().indexOf(leaving.getId()) < 0, "the deleted party is gone");
		int supplier = restarted.graph().indexOf(suministros.getId());
		assertEquals(NetworkGraph.ORGANIZATION | NetworkGraph.ACTIVE_CUSTOMER, restarted.graph().flags(supplier));
		List<String> explained = explanations(restarted, ours, xyz);
		assertTrue(explained.stream().noneMatch(text -> text.startsWith("Vinculo (us) \u2014 client of")),
				"the consultancy no longer works for us: " + explained);
		assertTrue(explained.stream().anyMatch(text -> text.contains("Ana Ruiz (your former colleague)")),
				"Ana has left: " + explained);
		assertEquals(explained, explanations(fresh, ours, xyz));
	}

	@Test
	void linksWrittenInBulkSinceTheSnapshotMakeTheNetworkLoadEverything() throws Exception {
		stop(start());
		Person luis = parties.createPerson(new Person("Luis", "Martín"));
		relationships.relateAll(List.of(new Relationship(luis, relationships.typeByCode(RelationshipType.FRIEND), ana)));

		NetworkComponent restarted = start();
		assertEquals("database", restarted.startedFrom(), "bulk writes stamp no parties");
		assertFalse(explanations(restarted, ours, luis).isEmpty(), "Luis is reached through Ana");
	}

	@Test
	void aDamagedSnapshotIsRefusedAndWrittenAgain() throws Exception {
		stop(start());
		Path file = source.snapshotFile();
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.write(java.nio.ByteBuffer.wrap(new byte[] { 0x55 }), Files.size(file) / 2);
		}
		NetworkComponent restarted = start();
		assertEquals("database", restarted.startedFrom(), "the checksum differs");
		assertEquals(2, explanations(restarted, ours, xyz).size());
		stop(restarted);

		Files.write(file, new byte[] { 1, 2, 3 });
		assertEquals("database", start().startedFrom(), "a truncated file");
		assertEquals("snapshot", start().startedFrom(), "the load wrote a good one");
	}

	@Test
	void aSnapshotOfAnotherDatabaseIsNotUsed() throws Exception {
		stop(start());
		GraphSnapshot.Loaded loaded = GraphSnapshot.read(source.snapshotFile());
		GraphSnapshot.Stamp stamp = loaded.stamp();
		GraphSnapshot.write(source.snapshotFile(), loaded.graph(),
				new GraphSnapshot.Stamp("another-database", stamp.revision(), stamp.day(), stamp.slotKeys()));
		assertEquals("database", start().startedFrom());
	}

	@Test
	void linksThatEndedSinceTheSnapshotsDayArePast() throws Exception {
		Person olga = parties.createPerson(new Person("Olga", "Antes"));
		Affiliation job = affiliations.affiliate(new Affiliation(olga, xyz, affiliations.roleByCode(AffiliationRole.EMPLOYEE)));
		stop(start());
		// the snapshot was taken three days ago, when Olga still worked at XYZ; her job ended yesterday
		GraphSnapshot.Loaded loaded = GraphSnapshot.read(source.snapshotFile());
		GraphSnapshot.Stamp stamp = loaded.stamp();
		GraphSnapshot.write(source.snapshotFile(), loaded.graph(), new GraphSnapshot.Stamp(stamp.databaseId(),
				stamp.revision(), LocalDate.now().minusDays(3), stamp.slotKeys()));
		try (Connection connection = database.dataSource().getConnection();
				PreparedStatement end = connection.prepareStatement("UPDATE AFFILIATION SET UNTIL_DATE = ? WHERE ID = ?")) {
			end.setDate(1, java.sql.Date.valueOf(LocalDate.now().minusDays(1)));
			end.setLong(2, job.getId());
			assertEquals(1, end.executeUpdate());
		} catch (SQLException e) {
			throw new AssertionError(e);
		}

		NetworkComponent restarted = start();
		assertEquals("snapshot", restarted.startedFrom());
		NetworkGraph g = restarted.graph();
		int[] attr = { -1 };
		g.forEachNeighbour(g.indexOf(olga.getId()), (other, a) -> {
			attr[0] = a;
			return true;
		});
		assertNotEquals(0, attr[0] & NetworkGraph.PAST, "the job is past now");
		assertEquals(shape(loadedFromTheDatabase().graph()), shape(g));
	}

	@Test
	void anActiveCustomerInTheMiddleMakesTheBetterIntroduction() throws Exception {
		// two equal ways to Destino: through Uno SL or through Dos SL
		Organization target = parties.createOrganization(new Organization("Destino SL"));
		Organization uno = parties.createOrganization(new Organization("Uno SL"));
		Organization dos = parties.createOrganization(new Organization("Dos SL"));
		for (Organization middle : List.of(uno, dos)) {
			relate(ours, RelationshipType.PARTNER_OF, middle);
			relate(middle, RelationshipType.PARTNER_OF, target);
		}
		NetworkComponent network = start();
		assertTrue(explanations(network, ours, target).get(0).contains("Uno SL"), "ties go to the lower id");

		parties.changeLifecycle(List.of(dos.getId()), LifecycleStage.ACTIVE_CUSTOMER, "test");
		delivered(network, RecordEvents.PARTY_TOPIC + RecordEvents.UPDATED, Map.of(RecordEvents.ID, dos.getId()));
		List<Introduction> found = network.introductions(ours.getId(), target.getId(), 5);
		assertTrue(found.get(0).explanation().contains("Dos SL"), "through the customer first: " + found);
		assertTrue(found.get(0).cost() < found.get(1).cost());

		stop(network);
		assertTrue(explanations(start(), ours, target).get(0).contains("Dos SL"), "also after a restart");
	}

	private static void delivered(NetworkComponent network, String topic, Map<String, ?> properties)
			throws InterruptedException {
		network.handleEvent(new Event(topic, properties));
		assertTrue(network.awaitIdle(30_000));
	}
}
