package org.vinculo.core.exchange.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.vinculo.core.exchange.internal.CsvImportService;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JpaActivityService;
import org.vinculo.core.persistence.internal.JpaAffiliationService;
import org.vinculo.core.persistence.internal.JpaFieldService;
import org.vinculo.core.persistence.internal.JpaImportStore;
import org.vinculo.core.persistence.internal.JpaMergeService;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.persistence.internal.JpaRelationshipService;
import org.vinculo.core.persistence.internal.JdbcPartyProfiles;

/** A real embedded Derby database with the services on it, as the tests (and the child import process) use it. */
final class Store implements AutoCloseable {

	final Database database;
	final JpaPartyService parties;
	final JpaAffiliationService affiliations;
	final JpaRelationshipService relationships;
	final JpaActivityService activities;
	final JpaFieldService fields;
	final JpaImportStore imports;
	final JpaMergeService merges;
	final JdbcPartyProfiles profiles;
	final CsvImportService importer;

	Store(Path directory) {
		database = Database.openEmbedded(directory);
		parties = new JpaPartyService(database);
		affiliations = new JpaAffiliationService(database);
		relationships = new JpaRelationshipService(database);
		activities = new JpaActivityService(database);
		fields = new JpaFieldService(database);
		imports = JpaImportStore.on(database);
		merges = JpaMergeService.on(database);
		profiles = JdbcPartyProfiles.on(database);
		importer = new CsvImportService(imports, affiliations, fields);
		// the table of the test fragment's merge reference (a plug-in's own table)
		try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
			if (!connection.getMetaData().getTables(null, null, "TEST_TICKET", null).next()) {
				statement.executeUpdate("CREATE TABLE TEST_TICKET (ID BIGINT NOT NULL PRIMARY KEY, "
						+ "CUSTOMER_ID BIGINT NOT NULL, SUBJECT VARCHAR(200))");
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	void execute(String sql) {
		try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(sql);
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	long count(String sql) {
		try (Connection connection = database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		database.close();
	}
}
