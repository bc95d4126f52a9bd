package org.vinculo.sales;

import java.time.LocalDate;
import java.util.List;

/**
 * A quote, sales order or invoice for a party, optionally for an opportunity.
 * {@code sourceId} is the document it was created from (the quote of an order,
 * the order of an invoice). {@code number} is assigned on insert (Q-2026-0001,
 * SO-…, INV-…). {@code dueOn} matters for invoices.
 */
public record SalesDocument(Long id, DocumentType type, String number, long partyId, Long opportunityId,
		Long sourceId, String currency, LocalDate issuedOn, LocalDate dueOn, List<DocumentLine> lines, String notes,
		long version) {

	public SalesDocument {
		lines = List.copyOf(lines);
	}
}
