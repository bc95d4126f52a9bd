package org.vinculo.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.network.NetworkSource;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.demo.Generator;
import org.vinculo.demo.Generator.Preset;

/**
 * No user-facing operation scans a big table: on a generated database, every
 * statement EclipseLink issues for opening, editing and deleting records and
 * listing affiliations is executed through an index, as Derby's own plans
 * (XPLAIN tables) show. At a million parties a table scan is seconds.
 */
class QueryPlanTest {

	private static final List<String> BIG_TABLES = List.of("PARTY", "AFFILIATION", "CONTACT_POINT", "POSTAL_ADDRESS",
			"PARTY_TAG", "RELATIONSHIP");

	@TempDir
	Path folder;

	@Test
	void userFacingStatementsUseIndexes() throws SQLException {
		Path directory = folder.resolve("db");
		try (Database database = Database.openEmbedded(directory)) {
			new Generator(new JpaPartyService(database), new JpaAffiliationService(database),
					new JpaRelationshipService(database), 7)
					.generate(new Preset("plans", 5_000, 500, 10_000, 10_000), new NullProgressMonitor());
		}
		try (Database database = Database.openEmbedded(directory,
				Map.of(PersistenceUnitProperties.SESSION_EVENT_LISTENER_CLASS, PlanRecorder.class.getName()))) {
			JpaPartyService parties = new JpaPartyService(database);
			JpaAffiliationService affiliations = new JpaAffiliationService(database);
			long[] ids = someIds(database);

			// what the workbench does when a user opens, edits, links and deletes records
			Person person = parties.findPerson(ids[0]).orElseThrow();
			person.getContactPoints().size();
			person.getAddresses().size();
			person.getTags().size();
			person.setNotes("Met at the fair");
			parties.update(person);
			List<Affiliation> links = affiliations.organizationsOf(person.getId(), Period.ALL);
			Organization organization = links.isEmpty() ? parties.findOrganization(ids[2]).orElseThrow()
					: links.get(0).getOrganization();
			affiliations.peopleOf(organization.getId(), Period.CURRENT);
			affiliations.peopleOf(organization.getId(), Period.PAST);
			affiliations.peopleOf(organization.getId(), Period.ALL, 0, 5); // the editor's first page
			affiliations.peopleOf(organization.getId(), Period.ALL, 5, 5); // a later one, by ids
			affiliations.peopleOf(organization.getId(), Period.CURRENT, 5, 5);
			affiliations.countAffiliations(organization.getId());
			Affiliation link = new Affiliation(person, parties.findOrganization(ids[2]).orElseThrow(),
					affiliations.roles(false).get(0));
			affiliations.affiliate(link);
			// the relationships section, the org chart, a new relationship, the delete warning
			JpaRelationshipService relationships = new JpaRelationshipService(database);
			relationships.relationshipsOf(person.getId());
			relationships.reportingLinesOf(organization.getId());
			relationships.countRelationships(organization.getId());
			relationships.relate(new Relationship(person, relationships.typeByCode(RelationshipType.FRIEND),
					parties.find(ids[1]).orElseThrow()));
			parties.find(ids[1]).orElseThrow();
			parties.delete(parties.find(ids[1]).orElseThrow());

			// and what the search index reads: everything (a rebuild), then what changed since
			database.setConnectionSetup(PlanRecorder::record);
			JdbcPartyChangeFeed feed = new JdbcPartyChangeFeed(database);
			int[] read = { 0 };
			feed.changedSince(0, party -> read[0]++, null);
			assertEquals(5_000 + 500 - 1, read[0], "every party but the deleted one");
			feed.changedSince(feed.currentRevision() - 3, party -> read[0]++, null);
			feed.deletedSince(0);
			// and what the network reads after an edit and to explain a path
			JdbcNetworkSource network = JdbcNetworkSource.on(database);
			network.readLinksOf(person.getId(), java.time.LocalDate.now(), (kind, type, from, to, past) -> {
			});
			network.readLinksOf(organization.getId(), java.time.LocalDate.now(), (kind, type, from, to, past) -> {
			});
			network.node(person.getId());
			// what the network's snapshot reads to catch up on start
			network.revisions();
			network.changedSince(feed.currentRevision() - 3);
			network.deletedSince(feed.currentRevision() - 3);
			network.endingBetween(java.time.LocalDate.now().minusDays(3), java.time.LocalDate.now());
			network.names(new long[] { person.getId(), organization.getId() });
			network.period(NetworkSource.LinkKind.RELATIONSHIP, relationships.typeByCode(RelationshipType.FRIEND).getId(),
					person.getId(), ids[0]);
			network.period(NetworkSource.LinkKind.AFFILIATION, 1, ids[0], organization.getId());

			List<String> scans = tableScans(database);
			assertTrue(scans.isEmpty(), "statements scanning a big table:\n" + String.join("\n", scans));
			assertTrue(recordedStatements(database) > 10, "plans were recorded");

			// the last page of the largest organization's people reads its own rows by their ids, not
			// every row of the organization (as it did when the organization's filter came with the ids)
			long[] largest = largestOrganization(database);
			int page = 20;
			assertEquals(page, affiliations.peopleOf(largest[0], Period.ALL, (int) largest[1] - page, page).rows().size());
			assertTrue(largest[1] > 20 * page, "an organization of " + largest[1] + " people");
			long visited = rowsVisitedByPageQueries(database);
			// a probe of the primary key for each id may visit its row and the next: 2 rows per id at most
			assertTrue(visited <= 2 * page, "a page of " + page + " people: a scan visited " + visited + " rows");

			// and the check does see a scan when there is one: a search no index can answer
			database.read(em -> em.createQuery("SELECT COUNT(p) FROM Party p WHERE LOWER(p.notes) LIKE '%fair%'") //$NON-NLS-1$
					.getSingleResult());
			assertTrue(tableScans(database).stream().anyMatch(scan -> scan.startsWith("PARTY: ")), //$NON-NLS-1$
					"a LIKE '%...%' over the notes is reported as a table scan");
		}
	}

	/** A person with affiliations, another person, an organization. */
	private static long[] someIds(Database database) throws SQLException {
		try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
			long[] ids = new long[3];
			try (ResultSet rs = s.executeQuery("SELECT MIN(PERSON_ID), MAX(PERSON_ID) FROM AFFILIATION")) { //$NON-NLS-1$
				rs.next();
				ids[0] = rs.getLong(1);
				ids[1] = rs.getLong(2);
			}
			try (ResultSet rs = s.executeQuery("SELECT MAX(ID) FROM PARTY WHERE KIND = 'O'")) { //$NON-NLS-1$
				rs.next();
				ids[2] = rs.getLong(1);
			}
			assertTrue(ids[0] != ids[1]);
			return ids;
		}
	}

	private static List<String> tableScans(Database database) throws SQLException {
		List<String> found = new ArrayList<>();
		try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT st.STMT_TEXT, sp.SCAN_OBJECT_NAME FROM " + PlanRecorder.SCHEMA //$NON-NLS-1$
						+ ".SYSXPLAIN_SCAN_PROPS sp JOIN " + PlanRecorder.SCHEMA //$NON-NLS-1$
						+ ".SYSXPLAIN_RESULTSETS rs ON rs.SCAN_RS_ID = sp.SCAN_RS_ID JOIN " + PlanRecorder.SCHEMA //$NON-NLS-1$
						+ ".SYSXPLAIN_STATEMENTS st ON st.STMT_ID = rs.STMT_ID WHERE rs.OP_IDENTIFIER = 'TABLESCAN'")) { //$NON-NLS-1$
			while (rs.next()) {
				if (BIG_TABLES.contains(rs.getString(2))) {
					found.add(rs.getString(2) + ": " + rs.getString(1)); //$NON-NLS-1$
				}
			}
		}
		return found;
	}

	/** The organization with the most people: its id and that number. */
	private static long[] largestOrganization(Database database) throws SQLException {
		try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT ORGANIZATION_ID, COUNT(*) FROM AFFILIATION GROUP BY ORGANIZATION_ID " //$NON-NLS-1$
						+ "ORDER BY 2 DESC FETCH FIRST 1 ROWS ONLY")) { //$NON-NLS-1$
			rs.next();
			return new long[] { rs.getLong(1), rs.getLong(2) };
		}
	}

	/** The most rows any one scan visited in the statements that read affiliations by a list of ids. */
	private static long rowsVisitedByPageQueries(Database database) throws SQLException {
		try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT MAX(sp.NO_VISITED_ROWS) FROM " + PlanRecorder.SCHEMA //$NON-NLS-1$
						+ ".SYSXPLAIN_SCAN_PROPS sp JOIN " + PlanRecorder.SCHEMA //$NON-NLS-1$
						+ ".SYSXPLAIN_RESULTSETS rs ON rs.SCAN_RS_ID = sp.SCAN_RS_ID JOIN " + PlanRecorder.SCHEMA //$NON-NLS-1$
						+ ".SYSXPLAIN_STATEMENTS st ON st.STMT_ID = rs.STMT_ID WHERE st.STMT_TEXT LIKE '%.ID IN (?%' " //$NON-NLS-1$
						+ "AND st.STMT_TEXT LIKE '%FROM AFFILIATION_ROLE%'")) { //$NON-NLS-1$
			rs.next();
			return rs.getLong(1);
		}
	}

	private static int recordedStatements(Database database) throws SQLException {
		try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + PlanRecorder.SCHEMA + ".SYSXPLAIN_STATEMENTS")) { //$NON-NLS-1$ //$NON-NLS-2$
			rs.next();
			return rs.getInt(1);
		}
	}
}
