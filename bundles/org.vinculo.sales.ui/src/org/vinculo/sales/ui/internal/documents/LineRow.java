package org.vinculo.sales.ui.internal.documents;

import java.math.BigDecimal;

import org.vinculo.sales.DocumentLine;

/** A document line being edited in the lines table; becomes a {@link DocumentLine} again on save. */
final class LineRow {

	Long productId;
	String description;
	BigDecimal quantity;
	BigDecimal unitPrice;
	BigDecimal discountPercent;
	BigDecimal taxRate;

	LineRow(DocumentLine line) {
		productId = line.productId();
		description = line.description();
		quantity = line.quantity();
		unitPrice = line.unitPrice();
		discountPercent = line.discountPercent();
		taxRate = line.taxRate();
	}

	/** A new line: one unit, no price, no discount, no tax yet. */
	static LineRow blank() {
		return new LineRow(new DocumentLine(null, "", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, //$NON-NLS-1$
				BigDecimal.ZERO));
	}

	DocumentLine toLine() {
		return new DocumentLine(productId, description, quantity, unitPrice, discountPercent, taxRate);
	}
}
