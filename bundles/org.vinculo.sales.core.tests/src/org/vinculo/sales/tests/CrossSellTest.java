package org.vinculo.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Segment;
import org.vinculo.sales.CrossSellSuggestion;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Product;
import org.vinculo.sales.internal.Messages;

/**
 * Suggestions a rep can trust: what similar customers bought and this one did
 * not, with the reason they count as similar.
 */
class CrossSellTest extends SalesStoreFixture {

	private static final LocalDate ISSUED = LocalDate.of(2026, 10, 1);

	private long acme;
	private Product licence;
	private Product training;
	private Product support;
	private Product hardware;

	@BeforeEach
	void seed() {
		licence = store.product("CRM-L", "CRM licence", "19.99", "21");
		training = store.product("TRN", "Training", "450", "21");
		support = store.product("SUP", "Support", "99", "21");
		hardware = store.product("HW", "Hardware", "999", "21");
		Product consulting = store.product("CNS", "Consulting", "900", "21");
		acme = store.organization("Acme", "retail").getId();
		bought(acme, DocumentType.INVOICE, licence);
		bought(store.organization("Shop One", "retail").getId(), DocumentType.INVOICE, licence, training);
		bought(store.organization("Shop Two", "retail").getId(), DocumentType.ORDER, training, support);
		bought(store.organization("Bank", "finance").getId(), DocumentType.INVOICE, licence, hardware);
		// neither a shared segment value nor a shared product: not similar
		bought(store.organization("Insurer", "finance").getId(), DocumentType.INVOICE, consulting);
		// a quote is not a purchase
		bought(store.organization("Shop Three", "retail").getId(), DocumentType.QUOTE, consulting);
		bought(acme, DocumentType.QUOTE, support);
	}

	private void bought(long party, DocumentType type, Product... products) {
		store.document(type, party, "EUR", ISSUED,
				List.of(products).stream().map(p -> SalesStore.line(p, "1", p.listPrice().toPlainString(), "0", "21")).toList());
	}

	@Test
	void suggestsWhatSimilarCustomersBoughtWithTheReason() {
		List<CrossSellSuggestion> suggestions = store.crossSell.suggestions(acme, 10);

		assertEquals(List.of("Training", "Hardware", "Support"),
				suggestions.stream().map(s -> s.product().name()).toList(), "best first, then by name");
		CrossSellSuggestion first = suggestions.get(0);
		assertEquals(2, first.similarCustomers());
		assertEquals(2.0 / 3, first.score(), 1e-9, "two of the three similar customers bought it");
		String retail = store.choice(Segment.INDUSTRY.listCode(), "retail").getLabel();
		assertEquals(NLS.bind(Messages.CrossSell_segmentReason, new Object[] { 2, 2, Segment.INDUSTRY.label(), retail,
				"Training" }), first.reason());
		assertEquals(NLS.bind(Messages.CrossSell_productReason, new Object[] { 1, 2, "CRM licence", "Hardware" }),
				suggestions.get(1).reason(), "the bank is similar through the licence both bought");
		assertEquals(List.of("Training"), store.crossSell.suggestions(acme, 1).stream().map(s -> s.product().name()).toList());
	}

	@Test
	void neverSuggestsWhatThePartyAlreadyHas() {
		bought(acme, DocumentType.ORDER, training);

		List<CrossSellSuggestion> suggestions = store.crossSell.suggestions(acme, 10);

		assertEquals(List.of("Hardware", "Support"), suggestions.stream().map(s -> s.product().name()).toList());
		assertTrue(suggestions.stream().noneMatch(s -> s.product().id().equals(licence.id())));
		assertEquals(List.of(), store.crossSell.suggestions(store.organization("Newcomer").getId(), 10),
				"nothing to compare a party without segments or purchases with");
	}
}
