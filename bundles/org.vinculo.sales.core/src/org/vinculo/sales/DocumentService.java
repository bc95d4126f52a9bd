package org.vinculo.sales;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Products, price lists, and the quote → order → invoice → payments chain.
 * Totals come from {@link #totals(SalesDocument)} everywhere (editor, PDF,
 * balance), never recomputed elsewhere.
 */
public interface DocumentService {

	/** Announced after every write to products, price lists, documents and payments, with the record's {@code id}. */
	String TOPIC = "org/vinculo/sales/documents/CHANGED"; //$NON-NLS-1$

	List<Product> products(boolean includeInactive);

	Product saveProduct(Product product);

	List<PriceList> priceLists();

	PriceList savePriceList(PriceList list);

	List<SalesDocument> documents(DocumentType type, Long partyId);

	Optional<SalesDocument> document(long id);

	SalesDocument save(SalesDocument document);

	/** A new order from a quote, or a new invoice from an order: same party, lines and currency, linked. */
	SalesDocument createFrom(long sourceId, DocumentType type);

	/** The documents created from {@code id}, and from those, in order. */
	List<SalesDocument> chain(long id);

	Totals totals(SalesDocument document);

	/** Records a payment; refuses zero, negative, or more than the balance due. */
	Payment pay(long invoiceId, java.time.LocalDate paidOn, BigDecimal amount, String method);

	List<Payment> payments(long invoiceId);

	/** Invoice total less payments. */
	BigDecimal balanceDue(long invoiceId);
}
