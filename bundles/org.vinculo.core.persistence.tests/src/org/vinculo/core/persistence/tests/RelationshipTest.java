package org.vinculo.core.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JpaAffiliationService;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.persistence.internal.JpaRelationshipService;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;

/** Typed relationships on a real embedded Derby: stored once, read from both ends with the right label. */
class RelationshipTest {

	@TempDir
	Path folder;

	private Database database;
	private JpaPartyService parties;
	private JpaAffiliationService affiliations;
	private JpaRelationshipService relationships;
	private Person ana;
	private Person pepe;
	private Organization suministros;
	private Organization xyz;

	@BeforeEach
	void open() {
		database = Database.openEmbedded(folder.resolve("db"));
		parties = new JpaPartyService(database);
		affiliations = new JpaAffiliationService(database);
		relationships = new JpaRelationshipService(database);
		ana = parties.createPerson(new Person("Ana", "Ruiz"));
		pepe = parties.createPerson(new Person("Pepe", "Gómez"));
		suministros = parties.createOrganization(new Organization("Suministros SA"));
		xyz = parties.createOrganization(new Organization("Empresa XYZ"));
	}

	@AfterEach
	void close() {
		database.close();
	}

	private RelationshipType type(String code) {
		return relationships.typeByCode(code);
	}

	@Test
	void aDirectedRelationshipReadsForwardFromItsSourceAndInverseFromItsTarget() {
		Relationship supplies = new Relationship(suministros, type(RelationshipType.SUPPLIER_OF), xyz);
		supplies.setSince(LocalDate.of(2021, 3, 1));
		relationships.relate(supplies);

		Relationship fromSupplier = relationships.relationshipsOf(suministros.getId()).getFirst();
		assertEquals("supplier of", fromSupplier.labelFrom(suministros.getId()));
		assertEquals("Empresa XYZ", fromSupplier.other(suministros.getId()).getDisplayName());
		Relationship fromCustomer = relationships.relationshipsOf(xyz.getId()).getFirst();
		assertEquals("customer of", fromCustomer.labelFrom(xyz.getId()));
		assertEquals("Suministros SA", fromCustomer.other(xyz.getId()).getDisplayName());
		assertEquals(LocalDate.of(2021, 3, 1), fromCustomer.getSince());
	}

	@Test
	void aSymmetricTypeReadsTheSameBothWaysAndPersonsAndOrganizationsMixFreely() {
		relationships.relate(new Relationship(ana, type(RelationshipType.FRIEND), pepe));
		relationships.relate(new Relationship(pepe, type(RelationshipType.CONSULTANT_FOR), xyz));

		assertEquals("friend of", relationships.relationshipsOf(ana.getId()).getFirst().labelFrom(ana.getId()));
		List<Relationship> ofPepe = relationships.relationshipsOf(pepe.getId());
		assertEquals(2, ofPepe.size());
		assertTrue(ofPepe.stream().anyMatch(r -> r.labelFrom(pepe.getId()).equals("friend of")));
		assertTrue(ofPepe.stream().anyMatch(r -> r.labelFrom(pepe.getId()).equals("consultant for")));
		assertEquals("client of", relationships.relationshipsOf(xyz.getId()).getFirst().labelFrom(xyz.getId()));
	}

	@Test
	void badRelationshipsAreRefusedWithTheReasonAndNothingIsSaved() {
		RelationshipType friend = type(RelationshipType.FRIEND);
		assertTrue(assertThrows(ValidationException.class,
				() -> relationships.relate(new Relationship(ana, friend, ana))).concerns(Fields.PARTY));
		Relationship inverted = new Relationship(ana, friend, pepe);
		inverted.setSince(LocalDate.of(2020, 1, 1));
		inverted.setUntil(LocalDate.of(2019, 1, 1));
		assertTrue(assertThrows(ValidationException.class, () -> relationships.relate(inverted)).concerns(Fields.UNTIL));
		Relationship tooStrong = new Relationship(ana, friend, pepe);
		tooStrong.setStrength(9);
		assertTrue(assertThrows(ValidationException.class, () -> relationships.relate(tooStrong))
				.concerns(Fields.STRENGTH));

		relationships.relate(new Relationship(ana, friend, pepe));
		// a symmetric link stored the other way round is the same link
		ValidationException duplicate = assertThrows(ValidationException.class,
				() -> relationships.relate(new Relationship(pepe, friend, ana)));
		assertTrue(duplicate.getMessage().contains("friend of"), duplicate.getMessage());
		assertEquals(1, relationships.countRelationships(ana.getId()));
		// a directed type may hold both ways: each supplies the other
		relationships.relate(new Relationship(suministros, type(RelationshipType.SUPPLIER_OF), xyz));
		relationships.relate(new Relationship(xyz, type(RelationshipType.SUPPLIER_OF), suministros));
		assertEquals(2, relationships.countRelationships(xyz.getId()));
	}

	@Test
	void concurrentEditsAreDetectedAndDeletingAPartyTakesItsRelationshipsWithIt() {
		Relationship saved = relationships.relate(new Relationship(ana, type(RelationshipType.FRIEND), pepe));
		Relationship mine = saved.copy();
		Relationship theirs = saved.copy();
		theirs.setStrength(5);
		relationships.update(theirs);
		mine.setNote("met at the fair");
		assertThrows(StaleRecordException.class, () -> relationships.update(mine));
		assertEquals(5, relationships.relationshipsOf(ana.getId()).getFirst().getStrength());

		relationships.relate(new Relationship(pepe, type(RelationshipType.SUPPLIER_OF), xyz));
		parties.delete(parties.findPerson(pepe.getId()).orElseThrow());
		assertEquals(0, relationships.countRelationships(ana.getId()));
		assertEquals(0, relationships.countRelationships(xyz.getId()));
	}

	@Test
	void theReportingLinesOfAnOrganizationAreThoseAmongItsCurrentPeople() {
		AffiliationRole employee = affiliations.roleByCode(AffiliationRole.EMPLOYEE);
		Person marta = parties.createPerson(new Person("Marta", "Sanz"));
		Person luis = parties.createPerson(new Person("Luis", "Vega"));
		Person gone = parties.createPerson(new Person("Olga", "Past"));
		for (Person person : List.of(marta, luis, ana)) {
			affiliations.affiliate(new Affiliation(person, suministros, employee));
		}
		Affiliation left = new Affiliation(gone, suministros, employee);
		left.setSince(LocalDate.of(2010, 1, 1));
		left.setUntil(LocalDate.of(2015, 1, 1));
		affiliations.affiliate(left);
		RelationshipType reportsTo = type(RelationshipType.REPORTS_TO);
		relationships.relate(new Relationship(luis, reportsTo, marta));
		relationships.relate(new Relationship(ana, reportsTo, marta));
		relationships.relate(new Relationship(gone, reportsTo, marta)); // she left: not on today's chart
		relationships.relate(new Relationship(pepe, reportsTo, marta)); // not one of its people

		List<Relationship> lines = relationships.reportingLinesOf(suministros.getId());
		assertEquals(List.of("Ana Ruiz", "Luis Vega"),
				lines.stream().map(r -> r.getFrom().getDisplayName()).sorted().toList());
		assertEquals("manager of", lines.getFirst().labelFrom(marta.getId()));
	}

	@Test
	void typesAreRenamedAndWeightedByTheAdmin() {
		RelationshipType supplier = type(RelationshipType.SUPPLIER_OF).copy();
		supplier.setName("vendor to");
		supplier.setInverseName("buys from");
		supplier.setStrength(90);
		relationships.saveType(supplier);
		relationships.relate(new Relationship(suministros, type(RelationshipType.SUPPLIER_OF), xyz));

		assertEquals("buys from", relationships.relationshipsOf(xyz.getId()).getFirst().labelFrom(xyz.getId()));
		assertEquals(90, type(RelationshipType.SUPPLIER_OF).getStrength());
		assertTrue(relationships.types(false).size() >= 8);
	}
}
