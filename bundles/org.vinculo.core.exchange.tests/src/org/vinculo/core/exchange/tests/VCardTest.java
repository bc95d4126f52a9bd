package org.vinculo.core.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.exchange.ImportReport;
import org.vinculo.core.exchange.VCardService.Version;
import org.vinculo.core.exchange.internal.VCardServiceImpl;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.ContactPoint.Label;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.PostalAddress;
import org.vinculo.core.service.AffiliationService.Period;

/** vCard 3.0 and 4.0: what goes out comes back, every current affiliation included. */
class VCardTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(Version.class)
	void aPersonRoundTripsWithEmailsPhonesAddressNotesAndEveryAffiliation(Version version) throws Exception {
		Path cards = folder.resolve("cards.vcf");
		long id;
		try (Store source = new Store(folder.resolve("source"))) {
			Person jose = new Person("José", "Minds");
			jose.setContactPoints(List.of(new ContactPoint(Channel.EMAIL, Label.WORK, "jose@baminds.com"),
					new ContactPoint(Channel.EMAIL, Label.HOME, "jose@casa.example"),
					new ContactPoint(Channel.PHONE, Label.MOBILE, "+34 600 111 222")));
			jose.setAddresses(List.of(new PostalAddress(Label.WORK, "Calle Mayor 1", "28013", "Madrid", "Madrid", "Spain")));
			jose.setNotes("Prefers calls; met at the fair");
			jose.setTags(List.of("vip"));
			id = source.parties.createPerson(jose).getId();
			Affiliation ceo = new Affiliation(jose, source.parties.createOrganization(new Organization("BA Minds")),
					source.affiliations.roleByCode(AffiliationRole.OWNER));
			ceo.setTitle("CEO");
			source.affiliations.affiliate(ceo);
			source.affiliations.affiliate(new Affiliation(jose,
					source.parties.createOrganization(new Organization("Gaudí Partners")),
					source.affiliations.roleByCode(AffiliationRole.BOARD_MEMBER)));
			new VCardServiceImpl(source.imports, source.parties, source.affiliations).export(List.of(id), cards, version,
					new NullProgressMonitor());
		}
		String text = Files.readString(cards, StandardCharsets.UTF_8);
		assertTrue(text.contains(version == Version.V3_0 ? "VERSION:3.0" : "VERSION:4.0"), text);

		try (Store target = new Store(folder.resolve("target"))) {
			Organization existing = target.parties.createOrganization(new Organization("BA Minds"));
			ImportReport report = new VCardServiceImpl(target.imports, target.parties, target.affiliations)
					.importCards(cards, new NullProgressMonitor());
			assertEquals(1, report.counts().persons(), report.rejections().toString());
			assertEquals(1, report.counts().organizations(), "BA Minds exists: linked, not duplicated");
			Person back = target.parties.findPerson(
					target.imports.personsByEmail(List.of("jose@baminds.com")).get("jose@baminds.com")).orElseThrow();
			assertEquals("José", back.getFirstName());
			assertEquals("Minds", back.getLastName());
			assertEquals(List.of("jose@baminds.com", "jose@casa.example"), back.values(Channel.EMAIL));
			assertEquals(Label.HOME, back.getContactPoints().get(1).getLabel());
			assertEquals(Label.MOBILE, back.getContactPoints().get(2).getLabel());
			assertEquals("Calle Mayor 1, 28013 Madrid, Madrid, Spain", back.getAddresses().get(0).oneLine());
			assertEquals("Prefers calls; met at the fair", back.getNotes());
			assertEquals(Set.of("vip"), Set.copyOf(back.getTags()));
			List<Affiliation> links = target.affiliations.organizationsOf(back.getId(), Period.ALL);
			assertEquals(List.of("BA Minds", "Gaudí Partners"),
					links.stream().map(a -> a.getOrganization().getDisplayName()).toList());
			assertEquals(existing.getId(), links.get(0).getOrganization().getId());
			assertEquals("CEO", links.get(0).getTitle());
		}
	}

	@Test
	void aCardWithoutANameIsReportedWithItsLineAndTheOthersAreKept() throws Exception {
		Path cards = folder.resolve("mixed.vcf");
		Files.writeString(cards, """
				BEGIN:VCARD
				VERSION:3.0
				N:Ruiz;Ana;;;
				FN:Ana Ruiz
				EMAIL;TYPE=work:ana@acme.example
				ORG:Acme
				TITLE:Buyer
				END:VCARD
				BEGIN:VCARD
				VERSION:3.0
				EMAIL:nobody@example.com
				END:VCARD
				BEGIN:VCARD
				VERSION:4.0
				FN:Luis Vega
				TEL;TYPE=cell:+34 600 000 000
				END:VCARD
				""", StandardCharsets.UTF_8);
		try (Store store = new Store(folder.resolve("db"))) {
			ImportReport report = new VCardServiceImpl(store.imports, store.parties, store.affiliations)
					.importCards(cards, new NullProgressMonitor());
			assertEquals(3, report.counts().read());
			assertEquals(2, report.counts().imported());
			assertEquals(1, report.counts().rejected());
			assertEquals(9, report.rejections().get(0).line());
			assertEquals(2, store.parties.count(org.vinculo.core.model.PartyKind.PERSON));
			assertEquals(1, store.count("SELECT COUNT(*) FROM PARTY WHERE FIRST_NAME = 'Luis' AND LAST_NAME = 'Vega'"));
		}
	}
}
