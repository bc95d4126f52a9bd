package org.vinculo.sales.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.vinculo.core.service.ValidationException;
import org.vinculo.core.service.ValidationException.Problem;

/**
 * Rules several sales records share. Problems name the record component at
 * fault ({@code title}, {@code currency}, {@code lines}…) so an editor can show
 * each message next to its field.
 */
final class Checks {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}"); //$NON-NLS-1$
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Checks() {
	}

	/** The ISO 4217 form of what the user typed: trimmed, upper case. */
	static String currency(String currency) {
		return currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
	}

	static void currency(List<Problem> problems, String field, String currency) {
		if (currency == null || !CURRENCY.matcher(currency).matches()) {
			problems.add(new Problem(field, NLS.bind(Messages.Validation_currency, currency == null ? "" : currency))); //$NON-NLS-1$
		}
	}

	/** Reports a value longer than its column, rather than letting the commit fail. */
	static void fits(List<Problem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new Problem(field, NLS.bind(Messages.Validation_tooLong, value.length(), max)));
		}
	}

	static boolean isPercent(BigDecimal value) {
		return value != null && value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
	}

	static void require(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}
}
