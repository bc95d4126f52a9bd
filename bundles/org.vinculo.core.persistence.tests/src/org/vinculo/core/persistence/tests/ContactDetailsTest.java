package org.vinculo.core.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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
import org.vinculo.core.model.PostalAddress;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.ValidationException;

/** Several emails and phones with a type, postal addresses and tags, on a real Derby. */
class ContactDetailsTest {

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
	void severalEmailsPhonesAndAddressesWithTheirTypesAreKeptInOrder() {
		Person ana = new Person("Ana", "Ruiz");
		ana.setContactPoints(List.of(new ContactPoint(Channel.EMAIL, Label.WORK, "ana@acme.example"),
				new ContactPoint(Channel.PHONE, Label.MOBILE, "+34 600 111 222"),
				new ContactPoint(Channel.EMAIL, Label.HOME, "ana.ruiz@casa.example")));
		ana.setAddresses(List.of(new PostalAddress(Label.WORK, "Calle Mayor 1", "28013", "Madrid", null, "Spain"),
				new PostalAddress(Label.HOME, null, null, "Toledo", null, null)));
		ana.setTags(List.of("vip", " newsletter ", "VIP"));
		long id = parties.createPerson(ana).getId();

		Person read = parties.findPerson(id).orElseThrow();
		assertEquals(List.of("ana@acme.example", "ana.ruiz@casa.example"), read.values(Channel.EMAIL));
		assertEquals(Label.HOME, read.getContactPoints().get(2).getLabel());
		assertEquals(Label.MOBILE, read.getContactPoints().get(1).getLabel());
		assertEquals("ana@acme.example", read.getEmail(), "lists show the first email");
		assertEquals("Madrid", read.getCity());
		assertEquals("Calle Mayor 1, 28013 Madrid, Spain", read.getAddresses().get(0).oneLine());
		assertEquals(Set.of("newsletter", "vip"), Set.copyOf(read.getTags()), "trimmed, no case duplicates");
	}

	@Test
	void editingTheListsReplacesTheOldEntries() {
		Person ana = new Person("Ana", "Ruiz");
		ana.setEmail("old@acme.example");
		ana.setPhone("+34 600 000 000");
		long id = parties.createPerson(ana).getId();

		Person edit = parties.findPerson(id).orElseThrow();
		edit.setContactPoints(List.of(new ContactPoint(Channel.PHONE, Label.HOME, "+34 911 000 000")));
		edit.setTags(List.of("partner"));
		parties.update(edit);

		Person read = parties.findPerson(id).orElseThrow();
		assertEquals(1, read.getContactPoints().size());
		assertEquals(null, read.getEmail());
		assertEquals("+34 911 000 000", read.getPhone());
		assertEquals(Set.of("partner"), Set.copyOf(read.getTags()));
	}

	@Test
	void everyBadEmailIsReported() {
		Person ana = new Person("Ana", "Ruiz");
		ana.setContactPoints(List.of(new ContactPoint(Channel.EMAIL, Label.WORK, "ana@acme.example"),
				new ContactPoint(Channel.EMAIL, Label.HOME, "ana at home")));
		ValidationException e = assertThrows(ValidationException.class, () -> parties.createPerson(ana));
		assertTrue(e.concerns(Fields.EMAIL));
		assertTrue(e.getMessage().contains("ana at home"), e.getMessage());
	}

	@Test
	void valuesLongerThanTheirColumnAreRefusedBeforeTheCommitAndTheDraftStaysNew() {
		Person ana = new Person("Ana", "Ruiz");
		ana.setPhone("+34 " + "6".repeat(80));
		ana.setTags(List.of("t".repeat(101)));
		ValidationException e = assertThrows(ValidationException.class, () -> parties.createPerson(ana));
		assertTrue(e.concerns(Fields.CONTACTS) && e.concerns(Fields.TAGS), e.getMessage());
		assertTrue(e.getMessage().contains("at most 64"), e.getMessage());
		assertTrue(ana.isNew(), "nothing saved, the draft can be fixed and saved");

		ana.setPhone("+34 600 000 000");
		ana.setTags(List.of("ok"));
		assertTrue(!parties.createPerson(ana).isNew());
	}

	@Test
	void deletingAPartyDeletesItsDetails() throws Exception {
		Person ana = new Person("Ana", "Ruiz");
		ana.setEmail("ana@acme.example");
		ana.setCity("Madrid");
		ana.setTags(List.of("vip"));
		Person saved = parties.createPerson(ana);

		parties.delete(parties.findPerson(saved.getId()).orElseThrow());

		assertEquals(0, parties.count());
		for (String table : List.of("CONTACT_POINT", "POSTAL_ADDRESS", "PARTY_TAG")) {
			assertEquals(0, rows(table), table);
		}
	}

	private long rows(String table) throws java.sql.SQLException {
		try (java.sql.Connection c = database.dataSource().getConnection();
				java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
