package org.vinculo.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Currency;

import org.vinculo.sales.DocumentLine;
import org.vinculo.sales.Totals;

/**
 * The money of quotes, orders and invoices. Each figure of each line is
 * rounded half up to the currency's minor unit before the lines are summed:
 * a printed document then adds up, line by line, to its printed total, which
 * rounding only the sums would not guarantee.
 */
public final class DocumentMath {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	/** Minor-unit digits when the currency is unknown or has none (gold, test codes). */
	private static final int DEFAULT_DIGITS = 2;

	private DocumentMath() {
	}

	/** Digits after the decimal point of {@code currency}'s minor unit (2 for EUR, 0 for JPY). */
	public static int digits(String currency) {
		if (currency == null) {
			return DEFAULT_DIGITS;
		}
		try {
			int digits = Currency.getInstance(currency).getDefaultFractionDigits();
			return digits < 0 ? DEFAULT_DIGITS : digits;
		} catch (IllegalArgumentException e) {
			return DEFAULT_DIGITS;
		}
	}

	/** The figures of one line, each rounded to {@code digits}. */
	public static Totals line(DocumentLine line, int digits) {
		BigDecimal gross = round(nonNull(line.quantity()).multiply(nonNull(line.unitPrice())), digits);
		BigDecimal discount = round(gross.multiply(nonNull(line.discountPercent())).divide(HUNDRED), digits);
		BigDecimal net = gross.subtract(discount);
		BigDecimal tax = round(net.multiply(nonNull(line.taxRate())).divide(HUNDRED), digits);
		return new Totals(gross, discount, net, tax, net.add(tax));
	}

	/** The sums of the rounded line figures. */
	public static Totals totals(Collection<DocumentLine> lines, String currency) {
		int digits = digits(currency);
		BigDecimal zero = BigDecimal.ZERO.setScale(digits);
		BigDecimal gross = zero;
		BigDecimal discount = zero;
		BigDecimal net = zero;
		BigDecimal tax = zero;
		BigDecimal total = zero;
		for (DocumentLine line : lines) {
			Totals figures = line(line, digits);
			gross = gross.add(figures.gross());
			discount = discount.add(figures.discount());
			net = net.add(figures.net());
			tax = tax.add(figures.tax());
			total = total.add(figures.total());
		}
		return new Totals(gross, discount, net, tax, total);
	}

	/** {@code amount} rounded half up to {@code currency}'s minor unit. */
	public static BigDecimal money(BigDecimal amount, String currency) {
		return round(nonNull(amount), digits(currency));
	}

	static BigDecimal round(BigDecimal value, int digits) {
		return value.setScale(digits, RoundingMode.HALF_UP);
	}

	private static BigDecimal nonNull(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
