package org.vinculo.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.sales.DocumentLine;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.PriceList;
import org.vinculo.sales.Product;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.Totals;
import org.vinculo.sales.internal.DocumentMath;

/**
 * Quote → order → invoice: numbers, links, copied lines, and totals that add
 * up on paper — every figure rounded line by line before summing.
 */
class DocumentTest extends SalesStoreFixture {

	private static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);

	private long acme;
	private Product licence;
	private Product training;

	@BeforeEach
	void seed() {
		acme = store.organization("Acme").getId();
		licence = store.product("CRM-L", "CRM licence", "19.99", "21");
		training = store.product("TRN", "Training", "450", "21");
	}

	private static String describe(Totals totals) {
		return totals.gross() + " - " + totals.discount() + " = " + totals.net() + " + " + totals.tax() + " = "
				+ totals.total();
	}

	@Test
	void threeLicencesWithADiscountAndTax() {
		List<DocumentLine> lines = List.of(SalesStore.line(licence, "3", "19.99", "10", "21"));
		// 59.97 gross, 5.997 discount → 6.00, 53.97 net, 11.3337 tax → 11.33
		assertEquals("59.97 - 6.00 = 53.97 + 11.33 = 65.30", describe(DocumentMath.totals(lines, "EUR")));
	}

	@Test
	void everyLineIsRoundedBeforeTheSum() {
		List<DocumentLine> cents = Collections.nCopies(3, SalesStore.line(null, "1", "0.125", "0", "0"));
		assertEquals("0.39 - 0.00 = 0.39 + 0.00 = 0.39", describe(DocumentMath.totals(cents, "EUR")),
				"three printed lines of 0.13 add up to 0.39, not to 0.375 rounded");
		List<DocumentLine> stamps = Collections.nCopies(10, SalesStore.line(null, "1", "0.05", "0", "21"));
		assertEquals("0.50 - 0.00 = 0.50 + 0.10 = 0.60", describe(DocumentMath.totals(stamps, "EUR")),
				"ten lines of 0.01 tax, not 0.105 rounded to 0.11");
		List<DocumentLine> yen = List.of(SalesStore.line(null, "3", "99.5", "0", "10"));
		assertEquals("299 - 0 = 299 + 30 = 329", describe(DocumentMath.totals(yen, "JPY")), "yen have no cents");
		assertEquals("0.00 - 0.00 = 0.00 + 0.00 = 0.00", describe(DocumentMath.totals(List.of(), "EUR")));
	}

	@Test
	void aQuoteBecomesAnOrderAndAnInvoiceWithTheSameLinesAndTotals() {
		List<DocumentLine> lines = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			lines.add(SalesStore.line(licence, "3", "19.99", "10", "21"));
		}
		lines.add(SalesStore.line(training, "1.5", "450", "0", "21"));
		lines.add(new DocumentLine(null, "Travel", BigDecimal.ONE, new BigDecimal("123.455"), BigDecimal.ZERO, BigDecimal.ZERO));
		SalesDocument quote = store.document(DocumentType.QUOTE, acme, "EUR", ISSUED, lines);
		SalesDocument second = store.document(DocumentType.QUOTE, acme, "EUR", ISSUED, List.of());
		assertEquals("Q-2026-0001", quote.number());
		assertEquals("Q-2026-0002", second.number());
		assertEquals(14, quote.lines().size());

		SalesDocument order = store.documents.createFrom(quote.id(), DocumentType.ORDER);
		SalesDocument invoice = store.documents.createFrom(order.id(), DocumentType.INVOICE);

		int year = LocalDate.now().getYear();
		assertEquals("SO-" + year + "-0001", order.number());
		assertEquals("INV-" + year + "-0001", invoice.number());
		assertEquals(quote.id(), order.sourceId());
		assertEquals(order.id(), invoice.sourceId());
		assertEquals(acme, invoice.partyId());
		assertEquals("EUR", invoice.currency());
		assertEquals(quote.lines(), invoice.lines(), "the invoice bills exactly what was quoted");
		// 12 × 65.30 + (675.00 + 141.75) + 123.46 (123.455 rounded half up)
		Totals totals = store.documents.totals(invoice);
		assertEquals("1518.10 - 72.00 = 1446.10 + 277.71 = 1723.81", describe(totals));
		assertEquals(describe(store.documents.totals(quote)), describe(totals));
		assertEquals(List.of(order.id(), invoice.id()),
				store.documents.chain(quote.id()).stream().map(SalesDocument::id).toList());
		assertEquals(List.of(invoice.id()), store.documents.chain(order.id()).stream().map(SalesDocument::id).toList());
		assertEquals(List.of(quote.id(), second.id()), store.documents.documents(DocumentType.QUOTE, acme).stream()
				.map(SalesDocument::id).toList());
		assertEquals(4, store.documents.documents(null, acme).size());
		assertThrows(ValidationException.class, () -> store.documents.createFrom(invoice.id(), DocumentType.ORDER),
				"a sale does not go backwards");
	}

	@Test
	void editingKeepsTheNumberAndChecksTheVersion() {
		SalesDocument quote = store.document(DocumentType.QUOTE, acme, "eur", ISSUED,
				List.of(SalesStore.line(licence, "1", "19.99", "0", "21")));
		assertEquals("EUR", quote.currency());
		SalesDocument edited = store.documents.save(new SalesDocument(quote.id(), quote.type(), "Q-1999-9999",
				quote.partyId(), null, null, "EUR", ISSUED, ISSUED.plusDays(30),
				List.of(SalesStore.line(licence, "2", "19.99", "0", "21")), "Valid 30 days", quote.version()));
		assertEquals(quote.number(), edited.number(), "the number is given once");
		assertEquals(quote.version() + 1, edited.version());
		assertEquals("39.98 - 0.00 = 39.98 + 8.40 = 48.38", describe(store.documents.totals(edited)));

		assertThrows(StaleRecordException.class, () -> store.documents.save(quote));
		ValidationException refused = assertThrows(ValidationException.class, () -> store.documents.save(
				new SalesDocument(null, DocumentType.QUOTE, null, acme, null, null, "EUR", ISSUED, ISSUED.minusDays(1),
						List.of(SalesStore.line(licence, "0", "19.99", "120", "21")), null, 0)));
		assertTrue(refused.concerns("lines"));
		assertTrue(refused.concerns("dueOn"));
		assertEquals(3, refused.getProblems().size(), refused.getMessage());
	}

	@Test
	void productsAndPriceLists() {
		assertThrows(ValidationException.class, () -> store.product("crm-l", "Another", "1", "21"),
				"product codes are unique");
		Product retired = store.documents.saveProduct(new Product(training.id(), training.code(), training.name(),
				training.listPrice(), training.taxRate(), false, training.version()));
		assertEquals(List.of("CRM licence"), store.documents.products(false).stream().map(Product::name).toList());
		assertEquals(2, store.documents.products(true).size());
		assertThrows(StaleRecordException.class, () -> store.documents.saveProduct(training));

		PriceList dollars = store.documents.savePriceList(new PriceList(null, "US", "usd",
				Map.of(licence.id(), new BigDecimal("24.99"), retired.id(), new BigDecimal("520")), 0));
		assertEquals("USD", dollars.currency());
		assertEquals(0, new BigDecimal("24.99").compareTo(dollars.prices().get(licence.id())));
		PriceList fewer = store.documents.savePriceList(new PriceList(dollars.id(), "US dollars", "USD",
				Map.of(licence.id(), new BigDecimal("22.50")), dollars.version()));
		assertEquals(1, fewer.prices().size());
		assertEquals(List.of("US dollars"), store.documents.priceLists().stream().map(PriceList::name).toList());
		assertNull(fewer.prices().get(retired.id()), "a product without a price is not sold in the list");
	}
}
