package org.vinculo.sales.ui.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How the sales UI and the PDF write money, dates and percentages in the user's
 * language, and read back what the user typed. No SWT here: the PDF uses it too.
 */
public final class Formats {

	/** Currencies offered in the currency combos; any other ISO code may be typed. */
	public static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "MXN", "ARS", "BRL", "CLP", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"COP", "PEN"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final String DEFAULT_CURRENCY = "EUR"; //$NON-NLS-1$

	private final Locale locale;

	public Formats(Locale locale) {
		this.locale = locale;
	}

	/** Formats in the user's language. */
	public static Formats user() {
		return new Formats(Locale.getDefault());
	}

	public Locale locale() {
		return locale;
	}

	/** "12.500,00 EUR": the amount with the currency's minor digits, then its code; empty for none. */
	public String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return ""; //$NON-NLS-1$
		}
		String number = number(amount, fractionDigits(currency));
		return currency == null || currency.isBlank() ? number : number + " " + currency; //$NON-NLS-1$
	}

	/** The amount alone with {@code digits} decimals, grouped. */
	public String number(BigDecimal amount, int digits) {
		if (amount == null) {
			return ""; //$NON-NLS-1$
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		format.setGroupingUsed(true);
		return format.format(amount);
	}

	/** A plain number as the user would type it back ("1.5", "2", "19"). */
	public String plain(BigDecimal value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		DecimalFormat format = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(locale)); //$NON-NLS-1$
		format.setParseBigDecimal(true);
		return format.format(value);
	}

	/** Amounts per currency, summed and joined: "12.000,00 EUR + 500,00 USD"; "0" when there are none. */
	public String sums(Map<String, BigDecimal> byCurrency) {
		if (byCurrency.isEmpty()) {
			return "0"; //$NON-NLS-1$
		}
		return new TreeMap<>(byCurrency).entrySet().stream().map(e -> money(e.getValue(), e.getKey()))
				.collect(Collectors.joining(" + ")); //$NON-NLS-1$
	}

	/** Compact amounts for chart axes: "1.2M", "350k", "900". */
	public String compact(double value) {
		double magnitude = Math.abs(value);
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		if (magnitude >= 1_000_000) {
			return format.format(value / 1_000_000) + "M"; //$NON-NLS-1$
		}
		if (magnitude >= 1_000) {
			return format.format(value / 1_000) + "k"; //$NON-NLS-1$
		}
		format.setMaximumFractionDigits(0);
		return format.format(value);
	}

	public String percent(double fraction) {
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(0);
		return format.format(fraction);
	}

	public String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date); //$NON-NLS-1$
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return ""; //$NON-NLS-1$
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
				.format(instant.atZone(ZoneId.systemDefault()));
	}

	/** "Mar 2026" for a month, "Q1 2026" for a quarter starting that month. */
	public String period(YearMonth start, boolean quarter) {
		if (quarter) {
			return "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(start); //$NON-NLS-1$
	}

	/** The short name of a month ("Jan", "ene."). */
	public String monthName(int month) {
		return DateTimeFormatter.ofPattern("MMM", locale).format(YearMonth.of(2000, month)); //$NON-NLS-1$
	}

	/**
	 * Reads a number the user typed, in their language ("1.234,5" in Spanish)
	 * or plainly ("1234.5"); {@code null} for blank input.
	 *
	 * @throws NumberFormatException when the text is not a number
	 */
	public BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip().replaceAll("[\\s\u00a0\u202f%]", ""); //$NON-NLS-1$ //$NON-NLS-2$
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
		String decimal = String.valueOf(symbols.getDecimalSeparator());
		String grouping = String.valueOf(symbols.getGroupingSeparator());
		String plain;
		if (trimmed.contains(decimal)) {
			plain = trimmed.replace(grouping, "").replace(decimal, "."); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (!grouping.equals(decimal) && trimmed.contains(grouping)) {
			boolean grouped = trimmed.matches("-?\\d{1,3}(" + java.util.regex.Pattern.quote(grouping) + "\\d{3})+"); //$NON-NLS-1$ //$NON-NLS-2$
			boolean oneDot = ".".equals(grouping) && trimmed.indexOf('.') == trimmed.lastIndexOf('.'); //$NON-NLS-1$
			// "1.234" is a thousand and more in Spanish, "12.5" a decimal the keyboard's dot typed
			plain = !grouped && oneDot ? trimmed : trimmed.replace(grouping, ""); //$NON-NLS-1$
		} else {
			plain = trimmed;
		}
		return new BigDecimal(plain);
	}

	private static int fractionDigits(String currency) {
		try {
			int digits = currency == null ? 2 : Currency.getInstance(currency).getDefaultFractionDigits();
			return digits < 0 ? 2 : digits;
		} catch (IllegalArgumentException e) {
			return 2; // not an ISO code: show cents
		}
	}
}
