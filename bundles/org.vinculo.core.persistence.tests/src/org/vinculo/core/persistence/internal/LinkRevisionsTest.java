package org.vinculo.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.network.NetworkSource;

/**
 * What the relationship network's snapshot relies on to catch up: every
 * single link write stamps both ends (before and after an edit that moves
 * it), bulk link writes are recorded as such, and links are found by the day
 * they end.
 */
class LinkRevisionsTest {

	@TempDir
	Path folder;
	private Database database;
	private JdbcNetworkSource network;
	private JpaPartyService parties;
	private JpaAffiliationService affiliations;
	private JpaRelationshipService relationships;
	private Person ana;
	private Person pepe;
	private Organization acme;

	@BeforeEach
	void open() {
		database = Database.openEmbedded(folder.resolve("db"));
		network = JdbcNetworkSource.on(database);
		parties = new JpaPartyService(database);
		affiliations = new JpaAffiliationService(database);
		relationships = new JpaRelationshipService(database);
		ana = parties.createPerson(new Person("Ana", "Ruiz"));
		pepe = parties.createPerson(new Person("Pepe", "Gómez"));
		acme = parties.createOrganization(new Organization("Acme"));
	}

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void aLinkWrittenOnItsOwnStampsBothEnds() {
		long before = network.revisions().revision();
		Relationship friends = relationships.relate(new Relationship(ana, relationships.typeByCode(RelationshipType.FRIEND), pepe));
		assertArrayEquals(new long[] { ana.getId(), pepe.getId() }, network.changedSince(before));

		long moved = network.revisions().revision();
		friends.setTo(acme);
		friends = relationships.update(friends);
		assertArrayEquals(new long[] { ana.getId(), pepe.getId(), acme.getId() }, network.changedSince(moved),
				"the end it left and the end it reached");

		long removed = network.revisions().revision();
		relationships.remove(friends);
		assertArrayEquals(new long[] { ana.getId(), acme.getId() }, network.changedSince(removed));

		long joined = network.revisions().revision();
		Affiliation job = affiliations.affiliate(new Affiliation(pepe, acme, affiliations.roleByCode(AffiliationRole.EMPLOYEE)));
		assertArrayEquals(new long[] { pepe.getId(), acme.getId() }, network.changedSince(joined));
		long left = network.revisions().revision();
		job.setUntil(LocalDate.now().minusDays(2));
		affiliations.update(job);
		assertArrayEquals(new long[] { pepe.getId(), acme.getId() }, network.changedSince(left));
		assertEquals(0, network.revisions().linksBulkRevision(), "no bulk write yet");

		long[] ended = network.endingBetween(LocalDate.now().minusDays(3), LocalDate.now());
		assertArrayEquals(new long[] { pepe.getId(), acme.getId() }, ended, "the job ended two days ago");
		assertEquals(0, network.endingBetween(LocalDate.now().minusDays(1), LocalDate.now()).length);
	}

	@Test
	void bulkLinkWritesAreRecordedAsSuch() {
		long before = network.revisions().revision();
		relationships.relateAll(List.of(new Relationship(ana, relationships.typeByCode(RelationshipType.FRIEND), pepe)));
		NetworkSource.Revisions after = network.revisions();
		assertTrue(after.linksBulkRevision() > before, "a snapshot from before is not caught up, it is reloaded");
		assertEquals(after.revision(), after.linksBulkRevision());
		assertEquals(database.databaseId(), after.databaseId());
	}

	@Test
	void deletedPartiesAndLifecycleChangesAreSeen() {
		long before = network.revisions().revision();
		parties.changeLifecycle(List.of(acme.getId()), org.vinculo.core.model.LifecycleStage.ACTIVE_CUSTOMER, "test");
		parties.delete(parties.find(pepe.getId()).orElseThrow());
		assertArrayEquals(new long[] { acme.getId() }, network.changedSince(before));
		assertArrayEquals(new long[] { pepe.getId() }, network.deletedSince(before));
		assertTrue(network.node(acme.getId()).activeCustomer());
		assertEquals(null, network.node(pepe.getId()));
	}
}
