package org.vinculo.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.ContactPoint.Label;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;

/**
 * {@code find(id)} is the editor's read: it must show what is in the database
 * now (there is no shared cache: other clients edit the same records), work
 * from any number of threads, and give back every connection it takes.
 */
class PointReadTest {

	@TempDir
	Path folder;

	private Database database;
	private JpaPartyService parties;

	@BeforeEach
	void open() {
		database = Database.openEmbedded(folder.resolve("db"));
		parties = new JpaPartyService(database);
	}

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void findReadsWhatAnotherClientCommittedMeanwhile() throws SQLException {
		Person ana = new Person("Ana", "Ruiz");
		ana.setCity("Madrid");
		ana.setContactPoints(List.of(new ContactPoint(Channel.EMAIL, Label.WORK, "ana@acme.example")));
		long id = parties.createPerson(ana).getId();
		Party first = parties.find(id).orElseThrow();
		assertEquals("Madrid", first.getCity());

		// another client, straight to the database: a new city and a new version
		try (Connection other = database.dataSource().getConnection();
				PreparedStatement update = other.prepareStatement(
						"UPDATE PARTY SET CITY = 'Sevilla', VERSION = VERSION + 1 WHERE ID = ?")) { //$NON-NLS-1$
			update.setLong(1, id);
			assertEquals(1, update.executeUpdate());
		}
		Person again = parties.findPerson(id).orElseThrow();
		assertEquals("Sevilla", again.getCity(), "read again, not remembered");
		assertEquals(first.getVersion() + 1, again.getVersion());
		assertEquals("ana@acme.example", again.getContactPoints().get(0).getValue(),
				"the lists still load on first use after the read");
		assertEquals("Madrid", first.getCity(), "an earlier copy is the caller's own and not changed behind its back");

		// an edit of the copy just read is saved, and a copy read before it is now stale
		again.setNotes("Met at the fair");
		parties.update(again);
		assertEquals("Met at the fair", parties.find(id).orElseThrow().getNotes());

		try (Connection other = database.dataSource().getConnection();
				PreparedStatement delete = other.prepareStatement("DELETE FROM CONTACT_POINT WHERE PARTY_ID = ?")) { //$NON-NLS-1$
			delete.setLong(1, id);
			delete.executeUpdate();
		}
		assertTrue(parties.find(id).orElseThrow().getContactPoints().isEmpty());
	}

	@Test
	void findOfTheWrongKindOrOfNoRecordIsEmpty() {
		long person = parties.createPerson(new Person("Ana", "Ruiz")).getId();
		long organization = parties.createOrganization(new Organization("Acme")).getId();
		assertTrue(parties.findPerson(person).isPresent());
		assertFalse(parties.findOrganization(person).isPresent());
		assertTrue(parties.findOrganization(organization).isPresent());
		assertFalse(parties.findPerson(organization).isPresent());
		assertFalse(parties.find(organization + 1_000_000).isPresent());
	}

	@Test
	void manyThreadsFindAtOnceAndEveryConnectionComesBack() throws Exception {
		List<Person> drafts = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			Person person = new Person("Person", "Number " + i);
			person.setContactPoints(List.of(new ContactPoint(Channel.PHONE, Label.MOBILE, "+34 600 000 " + i)));
			drafts.add(person);
		}
		parties.createAll(drafts);
		long[] ids = drafts.stream().mapToLong(Person::getId).toArray();

		int threads = 8;
		int readsEach = 1_500; // together far more reads than EclipseLink's pool has connections
		assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> done = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					int seed = t;
					done.add(pool.submit(() -> {
						SplittableRandom random = new SplittableRandom(seed);
						for (int i = 0; i < readsEach; i++) {
							int n = random.nextInt(ids.length);
							Party party = parties.find(ids[n]).orElseThrow();
							assertEquals("Person Number " + n, party.getDisplayName());
							if (i % 10 == 0) {
								assertEquals("+34 600 000 " + n, party.getContactPoints().get(0).getValue());
							}
						}
						return null;
					}));
				}
				for (Future<?> f : done) {
					f.get();
				}
			} finally {
				pool.shutdown();
			}
		});
		assertEquals(0, database.connectionsInUse(), "connections still taken after the reads");
	}
}
