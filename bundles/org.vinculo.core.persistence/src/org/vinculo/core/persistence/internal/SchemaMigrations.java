package org.vinculo.core.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;

/**
 * Brings a database's schema to the version this build expects, one numbered
 * SQL script at a time, each in its own transaction and recorded in
 * SCHEMA_VERSION. Later releases append scripts; existing ones never change, so
 * a database made by any earlier release upgrades without losing data.
 */
final class SchemaMigrations {

	/** Ordered list of every schema version; append, never edit. */
	static final List<Migration> ALL = List.of(
			new Migration(1, "Parties, affiliation roles and affiliations", "/db/V001__parties_and_affiliations.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			new Migration(2, "Several emails and phones, addresses, tags", //$NON-NLS-1$
					"/db/V002__contact_points_addresses_tags.sql"), //$NON-NLS-1$
			new Migration(3, "Revisions and tombstones for the search index", //$NON-NLS-1$
					"/db/V003__revisions_for_search.sql"), //$NON-NLS-1$
			new Migration(4, "An organization's people by name, a page at a time", //$NON-NLS-1$
					"/db/V004__people_of_an_organization_by_name.sql"), //$NON-NLS-1$
			new Migration(5, "Typed relationships between parties, ranking strengths", //$NON-NLS-1$
					"/db/V005__relationships.sql"), //$NON-NLS-1$
			new Migration(6, "Party ids by kind for the network's start-up read", //$NON-NLS-1$
					"/db/V006__network_load.sql"), //$NON-NLS-1$
			new Migration(7, "Lifecycle, segmentation, custom fields, activities", //$NON-NLS-1$
					"/db/V007__lifecycle_segments_fields_activities.sql"), //$NON-NLS-1$
			new Migration(8, "A colour per tag", "/db/V008__tag_colours.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			new Migration(9, "Resumable imports and undoable merges", //$NON-NLS-1$
					"/db/V009__imports_and_merges.sql"), //$NON-NLS-1$
			new Migration(10, "Plug-in schema modules, teams and quotas", //$NON-NLS-1$
					"/db/V010__plugin_modules_teams_quotas.sql"), //$NON-NLS-1$
			new Migration(11, "Network snapshots: bulk link revision, links by end date and by pair", //$NON-NLS-1$
					"/db/V011__network_snapshot.sql")); //$NON-NLS-1$

	record Migration(int version, String description, String script) {
	}

	private final DataSource dataSource;

	SchemaMigrations(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	static int latestVersion() {
		return ALL.get(ALL.size() - 1).version();
	}

	/** @return the schema version after migrating */
	int migrate() {
		return migrateTo(latestVersion());
	}

	/** Migrates up to {@code target} only; tests use it to build a database of an earlier release. */
	int migrateTo(int target) {
		try (Connection connection = dataSource.getConnection()) {
			ensureVersionTable(connection);
			int current = currentVersion(connection);
			if (current > latestVersion()) {
				throw new PersistenceException("This database was written by a newer Vinculo (schema version " //$NON-NLS-1$
						+ current + "; this build knows up to " + latestVersion() + "). Nothing was changed."); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (Migration migration : ALL) {
				if (migration.version() > current && migration.version() <= target) {
					apply(connection, migration);
					current = migration.version();
				}
			}
			return current;
		} catch (SQLException e) {
			throw new PersistenceException("Cannot open or migrate the database: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private static void ensureVersionTable(Connection connection) throws SQLException {
		if (!tableExists(connection, "SCHEMA_VERSION")) { //$NON-NLS-1$
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("CREATE TABLE SCHEMA_VERSION (VERSION INTEGER NOT NULL PRIMARY KEY, " //$NON-NLS-1$
						+ "DESCRIPTION VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)"); //$NON-NLS-1$
			}
		}
	}

	static boolean tableExists(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		// Derby stores unquoted names in upper case, PostgreSQL in lower case
		for (String name : new String[] { table.toUpperCase(), table.toLowerCase() }) {
			try (ResultSet tables = meta.getTables(null, null, name, new String[] { "TABLE" })) { //$NON-NLS-1$
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	private static int currentVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) { //$NON-NLS-1$
			rs.next();
			return rs.getInt(1);
		}
	}

	private static void apply(Connection connection, Migration migration) throws SQLException {
		applyScript(connection, statements(migration.script()), record -> {
			try (PreparedStatement insert = record.prepareStatement(
					"INSERT INTO SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?)")) { //$NON-NLS-1$
				insert.setInt(1, migration.version());
				insert.setString(2, migration.description());
				insert.setTimestamp(3, Timestamp.from(Instant.now()));
				insert.executeUpdate();
			}
		});
	}

	/** Records that a script was applied, inside the script's transaction. */
	interface VersionRecord {
		void write(Connection connection) throws SQLException;
	}

	/**
	 * Runs a script's statements and records its version in one transaction:
	 * either all of it is applied and recorded, or none of it.
	 */
	static void applyScript(Connection connection, List<String> statements, VersionRecord record) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.executeUpdate(sql);
			}
			record.write(connection);
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	/** The script's statements: comment lines dropped, split at semicolons ending a line. */
	static List<String> statements(String resource) {
		String text;
		try (InputStream in = SchemaMigrations.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new PersistenceException("Migration script missing from the bundle: " + resource); //$NON-NLS-1$
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new PersistenceException("Cannot read " + resource, e); //$NON-NLS-1$
		}
		return split(text);
	}

	/** A script's statements: comment lines dropped, split at semicolons ending a line. */
	static List<String> split(String text) {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) { //$NON-NLS-1$
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) { //$NON-NLS-1$
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) { //$NON-NLS-1$
				String sql = current.toString().strip();
				result.add(sql.substring(0, sql.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			result.add(current.toString().strip());
		}
		return result;
	}
}
