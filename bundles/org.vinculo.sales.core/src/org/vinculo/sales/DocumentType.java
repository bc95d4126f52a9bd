package org.vinculo.sales;

/** The steps of a sale: each is created from the previous one and keeps the link. */
public enum DocumentType {
	QUOTE, ORDER, INVOICE
}
