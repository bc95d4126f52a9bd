package org.vinculo.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vinculo.core.service.ValidationException;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Payment;
import org.vinculo.sales.Product;
import org.vinculo.sales.SalesDocument;

/** Partial payments settle an invoice; nobody can record more than is due. */
class PaymentTest extends SalesStoreFixture {

	private static final LocalDate PAID = LocalDate.of(2026, 11, 20);

	private SalesDocument invoice;

	@BeforeEach
	void seed() {
		long acme = store.organization("Acme").getId();
		Product licence = store.product("CRM-L", "CRM licence", "19.99", "21");
		// 3 × 19.99 less 10 %, plus 21 %: 65.30
		invoice = store.document(DocumentType.INVOICE, acme, "EUR", LocalDate.of(2026, 11, 2),
				List.of(SalesStore.line(licence, "3", "19.99", "10", "21")));
	}

	private static void assertMoney(String expected, BigDecimal actual) {
		assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " expected, was " + actual);
	}

	@Test
	void partialPaymentsSettleTheInvoice() {
		assertMoney("65.30", store.documents.balanceDue(invoice.id()));

		Payment first = store.documents.pay(invoice.id(), PAID, new BigDecimal("30"), "transfer");
		assertMoney("35.30", store.documents.balanceDue(invoice.id()));
		ValidationException tooMuch = assertThrows(ValidationException.class,
				() -> store.documents.pay(invoice.id(), PAID, new BigDecimal("35.31"), "card"));
		assertTrue(tooMuch.concerns("amount"));
		assertTrue(tooMuch.getMessage().contains("35.30"), tooMuch.getMessage());
		store.documents.pay(invoice.id(), PAID.plusDays(3), new BigDecimal("35.30"), "card");

		assertMoney("0", store.documents.balanceDue(invoice.id()));
		List<Payment> payments = store.documents.payments(invoice.id());
		assertEquals(List.of(first.id(), payments.get(1).id()), payments.stream().map(Payment::id).toList());
		assertEquals("transfer", payments.get(0).method());
		assertEquals(PAID, payments.get(0).paidOn());
		assertThrows(ValidationException.class, () -> store.documents.pay(invoice.id(), PAID, new BigDecimal("0.01"), null),
				"a settled invoice takes no more");
	}

	@Test
	void nothingButAPositiveAmountOnAnInvoice() {
		assertThrows(ValidationException.class, () -> store.documents.pay(invoice.id(), PAID, BigDecimal.ZERO, null));
		assertThrows(ValidationException.class, () -> store.documents.pay(invoice.id(), PAID, new BigDecimal("-5"), null));
		assertThrows(ValidationException.class, () -> store.documents.pay(invoice.id(), PAID, new BigDecimal("1.001"), null),
				"no fractions of a cent");
		assertThrows(ValidationException.class, () -> store.documents.pay(invoice.id(), null, BigDecimal.ONE, null));
		SalesDocument quote = store.document(DocumentType.QUOTE, invoice.partyId(), "EUR", PAID, invoice.lines());
		ValidationException notAnInvoice = assertThrows(ValidationException.class,
				() -> store.documents.pay(quote.id(), PAID, BigDecimal.ONE, null));
		assertTrue(notAnInvoice.concerns("type"));
		assertTrue(store.documents.payments(invoice.id()).isEmpty());
		assertMoney("65.30", store.documents.balanceDue(invoice.id()));
	}
}
