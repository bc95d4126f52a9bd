package org.vinculo.core.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.dedupe.MergeField;
import org.vinculo.core.dedupe.MergeRecord;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityKind;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.core.service.StaleRecordException;

/**
 * Merging two records loses nothing: every link of both ends up on the
 * survivor (count before = count after), including a plug-in's rows, and undo
 * brings both records back as they were.
 */
class MergeTest {

	@TempDir
	Path folder;

	private Store store;
	private Person jose;
	private Person twin;
	private Person ana;

	@BeforeEach
	void open() {
		store = new Store(folder.resolve("db"));
		FailingParticipant.armed = false;
		jose = new Person("José", "Minds");
		jose.setEmail("jose@baminds.com");
		jose.setPhone("+34 600 111 222");
		jose.setTags(List.of("vip"));
		jose = store.parties.createPerson(jose);
		twin = new Person("Jose", "Minds");
		twin.setEmail("jose.minds@gmail.com");
		twin.setTags(List.of("partner"));
		twin.setNotes("Met at the fair");
		twin = store.parties.createPerson(twin);
		ana = store.parties.createPerson(new Person("Ana", "Ruiz"));
		Organization baMinds = store.parties.createOrganization(new Organization("BA Minds"));
		Organization gaudi = store.parties.createOrganization(new Organization("Gaudí Partners"));
		AffiliationRole employee = store.affiliations.roleByCode(AffiliationRole.EMPLOYEE);
		store.affiliations.affiliate(new Affiliation(jose, baMinds, employee));
		store.affiliations.affiliate(new Affiliation(twin, gaudi, store.affiliations.roleByCode(AffiliationRole.CONSULTANT)));
		store.relationships.relate(new Relationship(twin, store.relationships.typeByCode("friend"), ana));
		store.relationships.relate(new Relationship(jose, store.relationships.typeByCode("family"), twin));
		Activity call = new Activity(ActivityKind.CALL, "Demo follow-up", LocalDateTime.of(2026, 11, 2, 10, 0));
		call.setPerson(twin);
		store.activities.save(call);
		store.execute("INSERT INTO TEST_TICKET (ID, CUSTOMER_ID, SUBJECT) VALUES (1, " + twin.getId() + ", 'Cannot log in')");
	}

	@AfterEach
	void close() {
		store.close();
	}

	private long links(long partyId) {
		return store.affiliations.countAffiliations(partyId) + store.relationships.countRelationships(partyId)
				+ store.activities.countActivities(partyId)
				+ store.count("SELECT COUNT(*) FROM TEST_TICKET WHERE CUSTOMER_ID = " + partyId);
	}

	@Test
	void mergeMovesEveryLinkToTheSurvivorAndUndoRestoresBothRecords() {
		long before = links(jose.getId()) + links(twin.getId());
		assertEquals(Map.of("Affiliations", 1L, "Relationships", 2L, "Activities", 1L, "Tickets", 1L,
				"Lifecycle history entries", 1L), store.merges.attachments(twin.getId()));
		List<MergeField> fields = store.merges.fields(jose.getId(), twin.getId());
		MergeField first = fields.stream().filter(f -> f.code().equals("firstName")).findFirst().orElseThrow();
		assertEquals("José", first.survivorValue());
		assertEquals("Jose", first.loserValue());
		assertTrue(fields.stream().filter(f -> f.code().equals("notes")).findFirst().orElseThrow().onlyLoser());
		int merged = FailingParticipant.merges;

		MergeRecord record = store.merges.merge(jose.getId(), twin.getId(), Set.of("notes", "email"),
				jose.getVersion(), twin.getVersion());

		// the family relationship between the two stays with the hidden loser; everything else moves
		assertEquals(before - 1, links(jose.getId()), "every link on the survivor; the one between the two counts on both");
		assertEquals(1, links(twin.getId()));
		assertEquals(FailingParticipant.merges, merged + 1, "the contributed participant ran");
		Person survivor = store.parties.findPerson(jose.getId()).orElseThrow();
		assertEquals("José", survivor.getFirstName(), "the survivor's value unless the loser's was chosen");
		assertEquals("Met at the fair", survivor.getNotes());
		assertEquals(List.of("jose.minds@gmail.com", "jose@baminds.com"), survivor.values(Channel.EMAIL),
				"both emails, the chosen main one first");
		assertEquals(Set.of("vip", "partner"), Set.copyOf(survivor.getTags()));
		assertEquals(List.of("BA Minds", "Gaudí Partners"), store.affiliations.organizationsOf(jose.getId(), Period.ALL)
				.stream().map(a -> a.getOrganization().getDisplayName()).toList());
		assertEquals(jose.getId(), store.parties.findPerson(twin.getId()).orElseThrow().getMergedInto(),
				"the loser is kept, hidden");
		assertEquals(2, store.parties.count(PartyKind.PERSON), "merged-away records are not counted");
		assertEquals(List.of(record.id()), store.merges.history(twin.getId()).stream().map(MergeRecord::id).toList());
		assertEquals(5, record.moved());

		store.merges.undo(record.id());

		assertEquals(3, store.parties.count(PartyKind.PERSON));
		Person back = store.parties.findPerson(twin.getId()).orElseThrow();
		assertNull(back.getMergedInto());
		assertEquals(List.of("jose.minds@gmail.com"), back.values(Channel.EMAIL));
		Person restored = store.parties.findPerson(jose.getId()).orElseThrow();
		assertEquals(List.of("jose@baminds.com"), restored.values(Channel.EMAIL));
		assertEquals(Set.of("vip"), Set.copyOf(restored.getTags()));
		assertNull(restored.getNotes());
		assertEquals(List.of("Gaudí Partners"), store.affiliations.organizationsOf(twin.getId(), Period.ALL).stream()
				.map(a -> a.getOrganization().getDisplayName()).toList());
		assertEquals(1, store.count("SELECT COUNT(*) FROM TEST_TICKET WHERE CUSTOMER_ID = " + twin.getId()));
		assertEquals(before, links(jose.getId()) + links(twin.getId()), "count before = count after");
		assertTrue(store.merges.recent(5).get(0).isUndone());
		assertThrows(IllegalStateException.class, () -> store.merges.undo(record.id()));
	}

	@Test
	void aFailingContributionCancelsTheWholeMergeAndNamesItsBundle() {
		long before = links(jose.getId()) + links(twin.getId());
		FailingParticipant.armed = true;
		IllegalStateException error = assertThrows(IllegalStateException.class, () -> store.merges.merge(jose.getId(),
				twin.getId(), Set.of(), jose.getVersion(), twin.getVersion()));
		assertTrue(error.getMessage().contains("org.vinculo.core.exchange"), error.getMessage());
		assertTrue(error.getMessage().contains("ticket store offline"), error.getMessage());
		assertNull(store.parties.findPerson(twin.getId()).orElseThrow().getMergedInto());
		assertEquals(before, links(jose.getId()) + links(twin.getId()));
		assertEquals(1, store.count("SELECT COUNT(*) FROM TEST_TICKET WHERE CUSTOMER_ID = " + twin.getId()));
		assertEquals(0, store.count("SELECT COUNT(*) FROM TEST_TICKET WHERE SUBJECT = 'touched'"));
		assertTrue(store.merges.recent(5).isEmpty());
	}

	@Test
	void aRecordEditedSinceTheUserLookedIsNotMerged() {
		Person edited = store.parties.findPerson(twin.getId()).orElseThrow();
		edited.setNotes("changed meanwhile");
		store.parties.update(edited);
		assertThrows(StaleRecordException.class,
				() -> store.merges.merge(jose.getId(), twin.getId(), Set.of(), jose.getVersion(), twin.getVersion()));
		assertNull(store.parties.findPerson(twin.getId()).orElseThrow().getMergedInto());
	}
}
