package org.vinculo.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vinculo.core.dedupe.MergeRecord;
import org.vinculo.core.model.Person;
import org.vinculo.core.persistence.internal.JpaMergeService;
import org.vinculo.sales.ContactRole;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.OpportunityQuery;
import org.vinculo.sales.OpportunityRow;
import org.vinculo.sales.Pipeline;

/** Merging two persons moves their opportunities, roles and documents to the survivor; undo moves them back. */
class MergeTest extends SalesStoreFixture {

	@Test
	void mergingTwoPersonsMovesTheirOpportunities() {
		Person jose = store.person("José", "Minds");
		Person twin = store.person("Jose", "Minds");
		Pipeline consumer = store.pipeline(SalesStore.CONSUMER);
		Opportunity kitchen = store.sales.save(Opportunity.draft("New kitchen", jose.getId(), consumer,
				new BigDecimal("12000"), "EUR", LocalDate.of(2027, 3, 31), null));
		kitchen = store.sales.save(kitchen.withContacts(List.of(new ContactRole(twin.getId(), "influencer"))));
		Opportunity bathroom = store.sales.save(Opportunity.draft("Bathroom", twin.getId(), consumer,
				new BigDecimal("6000"), "EUR", LocalDate.of(2027, 4, 30), null));
		store.document(DocumentType.QUOTE, twin.getId(), "EUR", LocalDate.of(2026, 11, 2), List.of());
		JpaMergeService merges = store.merges();
		Map<String, Long> attached = merges.attachments(twin.getId());
		assertEquals(1L, attached.get("Opportunities"));
		assertEquals(1L, attached.get("Opportunity contact roles"));
		assertEquals(1L, attached.get("Quotes, orders and invoices"));

		MergeRecord merge = merges.merge(jose.getId(), twin.getId(), Set.of(), jose.getVersion(), twin.getVersion());

		assertEquals(List.of(kitchen.id(), bathroom.id()), store.sales.opportunities(OpportunityQuery.ofParty(jose.getId()))
				.stream().map(OpportunityRow::id).toList());
		assertTrue(store.sales.opportunities(OpportunityQuery.ofParty(twin.getId())).isEmpty());
		assertEquals(List.of(new ContactRole(jose.getId(), "influencer")),
				store.sales.find(kitchen.id()).orElseThrow().contacts());
		assertEquals(1, store.documents.documents(null, jose.getId()).size());

		merges.undo(merge.id());

		assertEquals(List.of(bathroom.id()), store.sales.opportunities(OpportunityQuery.ofParty(twin.getId())).stream()
				.map(OpportunityRow::id).toList());
		assertEquals(List.of(new ContactRole(twin.getId(), "influencer")),
				store.sales.find(kitchen.id()).orElseThrow().contacts());
		assertEquals(1, store.documents.documents(null, twin.getId()).size());
		assertTrue(store.documents.documents(null, jose.getId()).isEmpty());
	}
}
