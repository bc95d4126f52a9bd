package org.vinculo.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.AffiliationService.Period;

import jakarta.persistence.PersistenceException;

/**
 * A database written by an earlier release opens in this one with nothing lost:
 * built here at schema version 1 with plain JDBC, then opened normally.
 */
class SchemaUpgradeTest {

	@TempDir
	Path folder;

	@Test
	void versionOneDatabaseUpgradesWithoutLosingData() throws SQLException {
		Path dir = folder.resolve("old-db");
		EmbeddedDataSource old = dataSource(dir);
		old.setCreateDatabase("create");
		assertEquals(1, new SchemaMigrations(old).migrateTo(1));
		try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO PARTY (ID, KIND, VERSION, DISPLAY_NAME, SORT_KEY, FIRST_NAME, LAST_NAME,"
					+ " EMAIL, PHONE, CITY) VALUES (10, 'P', 1, 'José Minds', 'jose minds', 'José', 'Minds',"
					+ " 'jose@baminds.example', '+54 11 5555 0000', 'Buenos Aires')");
			s.executeUpdate("INSERT INTO PARTY (ID, KIND, VERSION, DISPLAY_NAME, SORT_KEY, ORG_NAME)"
					+ " VALUES (11, 'O', 1, 'BA Minds', 'ba minds', 'BA Minds')");
			s.executeUpdate("INSERT INTO AFFILIATION (ID, VERSION, PERSON_ID, ORGANIZATION_ID, ROLE_ID, TITLE,"
					+ " IS_PRIMARY) VALUES (12, 1, 10, 11, 1, 'Sales Director', TRUE)");
		}
		shutdown(dir);

		try (Database database = Database.openEmbedded(dir)) {
			assertEquals(SchemaMigrations.latestVersion(), database.schemaVersion());
			JpaPartyService parties = new JpaPartyService(database);
			Person jose = parties.findPerson(10).orElseThrow();
			assertEquals(List.of("jose@baminds.example"), jose.values(Channel.EMAIL));
			assertEquals(List.of("+54 11 5555 0000"), jose.values(Channel.PHONE));
			assertEquals("Buenos Aires", jose.getAddresses().get(0).getCity());
			var link = new JpaAffiliationService(database).organizationsOf(10, Period.ALL).get(0);
			assertEquals("BA Minds", link.getOrganization().getDisplayName());
			assertEquals(AffiliationRole.EMPLOYEE, link.getRole().getCode());
			var people = new JpaAffiliationService(database).peopleOf(link.getOrganization().getId(), Period.ALL, 0, 10);
			assertEquals(1, people.total());
			assertEquals("jose minds", people.rows().get(0).getPerson().getSortKey());
			try (Connection c = database.connection(); Statement s = c.createStatement();
					java.sql.ResultSet rs = s.executeQuery("SELECT PERSON_SORT_KEY FROM AFFILIATION")) {
				rs.next();
				assertEquals("jose minds", rs.getString(1), "v4 copied the person's sort key onto the affiliation");
			}

			Person added = parties.createPerson(new Person("Ana", "Ruiz"));
			assertTrue(added.getId() > 12, "new ids do not collide with migrated rows");
			jose.setPhone("+54 11 5555 1111");
			assertEquals("+54 11 5555 1111", parties.update(jose).getPhone());
		}
	}

	@Test
	void versionSixDatabaseGainsTheCustomerRecordWithoutLosingData() throws SQLException {
		Path dir = folder.resolve("v6-db");
		EmbeddedDataSource old = dataSource(dir);
		old.setCreateDatabase("create");
		assertEquals(6, new SchemaMigrations(old).migrateTo(6));
		try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO PARTY (ID, KIND, VERSION, DISPLAY_NAME, SORT_KEY, FIRST_NAME, LAST_NAME,"
					+ " NOTES, CREATED_AT, REVISION) VALUES (10, 'P', 1, 'Pepe Gómez', 'pepe gomez', 'Pepe', 'Gómez',"
					+ " 'Supplies XYZ', CURRENT_TIMESTAMP, 1)");
			s.executeUpdate("INSERT INTO PARTY (ID, KIND, VERSION, DISPLAY_NAME, SORT_KEY, ORG_NAME, REVISION)"
					+ " VALUES (11, 'O', 1, 'Empresa XYZ', 'empresa xyz', 'Empresa XYZ', 1)");
			s.executeUpdate("INSERT INTO RELATIONSHIP (ID, VERSION, FROM_ID, TO_ID, TYPE_ID) VALUES (12, 1, 10, 11, 14)");
		}
		shutdown(dir);

		try (Database database = Database.openEmbedded(dir)) {
			assertEquals(SchemaMigrations.latestVersion(), database.schemaVersion());
			JpaPartyService parties = new JpaPartyService(database);
			Person pepe = parties.findPerson(10).orElseThrow();
			assertEquals("Supplies XYZ", pepe.getNotes());
			assertEquals(org.vinculo.core.model.LifecycleStage.PROSPECT, pepe.getLifecycle(),
					"existing parties start as prospects");
			assertTrue(pepe.getCustomValues().isEmpty());
			assertEquals(1, new JpaRelationshipService(database).relationshipsOf(10).size());
			assertEquals(6, new JpaChoiceListService(database)
					.values(org.vinculo.core.model.Segment.TERRITORY.listCode(), false).size() + 1,
					"five built-in territories");
			pepe.setLifecycle(org.vinculo.core.model.LifecycleStage.ACTIVE_CUSTOMER);
			parties.update(pepe);
			assertEquals(1, parties.lifecycleHistory(10).size(), "history starts with the first change after the upgrade");
		}
	}

	@Test
	void databaseFromANewerReleaseIsRefusedUntouched() throws SQLException {
		Path dir = folder.resolve("newer-db");
		EmbeddedDataSource future = dataSource(dir);
		future.setCreateDatabase("create");
		new SchemaMigrations(future).migrate();
		try (Connection c = future.getConnection(); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT)"
					+ " VALUES (999, 'from the future', CURRENT_TIMESTAMP)");
		}
		shutdown(dir);

		PersistenceException refused = assertThrows(PersistenceException.class, () -> Database.openEmbedded(dir));
		assertTrue(refused.getMessage().contains("newer Vinculo"), refused.getMessage());
		shutdown(dir);
	}

	private static EmbeddedDataSource dataSource(Path dir) {
		EmbeddedDataSource ds = new EmbeddedDataSource();
		ds.setDatabaseName(dir.toString());
		return ds;
	}

	private static void shutdown(Path dir) {
		EmbeddedDataSource stop = dataSource(dir);
		stop.setShutdownDatabase("shutdown");
		try (Connection ignored = stop.getConnection()) {
			// Derby reports shutdown by an exception
		} catch (SQLException expected) {
			// 08006: database shut down
		}
	}
}
