package org.vinculo.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.storage.DataStoreException;
import org.vinculo.core.storage.ModuleSchema;
import org.vinculo.core.persistence.internal.ModuleMigrations.Module;
import org.vinculo.core.persistence.internal.ModuleMigrations.Script;

/**
 * A plug-in's tables: its numbered scripts are applied once, in order, and
 * recorded; a failing script is rolled back whole, leaves the module at its last
 * good version with the bundle named, and the core works on.
 */
class ModuleSchemaTest {

	private static final String BUNDLE = "org.vinculo.core.persistence.tests";

	@TempDir
	Path folder;

	@Test
	void scriptsAreAppliedOnceInOrderAndRecorded() {
		try (Database database = Database.openEmbedded(folder.resolve("db"))) {
			Module notes = new Module("test.notes", BUNDLE,
					List.of(new Script(1, "testdb/V001__notes.sql", "Notes")), null);
			ModuleSchema first = ModuleMigrations.migrate(database.dataSource(), notes);
			assertTrue(first.isReady(), first.toString());
			assertEquals(1, first.version());
			ModuleSchema again = ModuleMigrations.migrate(database.dataSource(), notes);
			assertEquals(1, again.version(), "nothing runs twice");

			JdbcDataStore store = JdbcDataStore.on(database);
			assertEquals(1L, (long) store.read(c -> count(c, "SELECT COUNT(*) FROM TEST_NOTE")), "seeded once");
			assertEquals(1L, (long) store.read(c -> count(c, "SELECT COUNT(*) FROM MODULE_SCHEMA WHERE MODULE_ID = 'test.notes'")));
			assertEquals("Derby", store.databaseProduct());
		}
	}

	@Test
	void aFailingScriptIsRolledBackAndTheModuleStaysAtItsLastGoodVersion() {
		try (Database database = Database.openEmbedded(folder.resolve("db"))) {
			Module broken = new Module("test.notes", BUNDLE, List.of(new Script(1, "testdb/V001__notes.sql", "Notes"),
					new Script(2, "testdb/V002__broken.sql", "Broken")), null);
			ModuleSchema result = ModuleMigrations.migrate(database.dataSource(), broken);
			assertFalse(result.isReady());
			assertEquals(1, result.version());
			assertEquals(2, result.latest());
			assertTrue(result.problem().contains("test.notes"), result.problem());
			assertEquals(BUNDLE, result.bundle());

			JdbcDataStore store = JdbcDataStore.on(database);
			// version 2's first statement was undone with the rest of its script
			assertThrows(DataStoreException.class, () -> store.read(c -> count(c, "SELECT COUNT(PINNED) FROM TEST_NOTE")));
			// the core is untouched and works
			assertTrue(new JpaPartyService(database).count() >= 0);
		}
	}

	@Test
	void aMalformedDeclarationIsRefusedWithoutTouchingTheDatabase() {
		try (Database database = Database.openEmbedded(folder.resolve("db"))) {
			Module gap = new Module("test.gap", BUNDLE, List.of(new Script(2, "testdb/V002__broken.sql", "Gap")),
					"Scripts of module test.gap must be numbered 1, 2, 3… without gaps and each name a path");
			ModuleSchema result = ModuleMigrations.migrate(database.dataSource(), gap);
			assertEquals(0, result.version());
			assertFalse(result.isReady());
		}
	}

	@Test
	void aWriteThatThrowsCommitsNothing() {
		try (Database database = Database.openEmbedded(folder.resolve("db"))) {
			ModuleMigrations.migrate(database.dataSource(),
					new Module("test.notes", BUNDLE, List.of(new Script(1, "testdb/V001__notes.sql", "Notes")), null));
			JdbcDataStore store = JdbcDataStore.on(database);
			IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.write(c -> {
				try (Statement s = c.createStatement()) {
					s.executeUpdate("INSERT INTO TEST_NOTE (PARTY_ID, BODY) VALUES (2, 'half done')");
				}
				throw new IllegalStateException("the plug-in changed its mind");
			}));
			assertEquals("the plug-in changed its mind", thrown.getMessage());
			assertEquals(1L, (long) store.read(c -> count(c, "SELECT COUNT(*) FROM TEST_NOTE")));
			assertNull(store.modules().stream().filter(m -> m.module().equals("nonexistent")).findAny().orElse(null));
			store.post("org/vinculo/test/NOTHING", Map.of()); // no Event Admin on a test database: nothing happens
		}
	}

	private static long count(java.sql.Connection connection, String sql) throws java.sql.SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
