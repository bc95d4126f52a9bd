package org.vinculo.sales.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vinculo.core.users.Quota;
import org.vinculo.sales.ForecastPeriod;
import org.vinculo.sales.StageKind;

/**
 * The arithmetic of forecasts, apart from the database so it can be checked
 * on its own: which period a close date falls in, what an open opportunity is
 * worth weighted by its stage's probability, and the sums per user and period
 * that team and manager rows add up. Sums keep full precision; rounding is the
 * caller's, once per figure shown.
 */
public final class ForecastMath {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ForecastMath() {
	}

	/** One opportunity as a forecast counts it; lost ones are never entries. */
	public record Entry(long ownerId, LocalDate closeDate, StageKind kind, int probability, BigDecimal amount) {
	}

	/** What won opportunities brought and open ones promise, weighted and not. */
	public record Figures(BigDecimal won, BigDecimal weighted, BigDecimal open) {

		public static final Figures ZERO = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

		public Figures plus(Figures other) {
			return new Figures(won.add(other.won), weighted.add(other.weighted), open.add(other.open));
		}

		static Figures of(Entry entry) {
			BigDecimal amount = entry.amount() == null ? BigDecimal.ZERO : entry.amount();
			return switch (entry.kind()) {
			case WON -> new Figures(amount, BigDecimal.ZERO, BigDecimal.ZERO);
			case OPEN -> new Figures(BigDecimal.ZERO, ForecastMath.weighted(amount, entry.probability()), amount);
			case LOST -> ZERO;
			};
		}
	}

	/** The first month of the month or quarter containing {@code month}. */
	public static YearMonth periodStart(YearMonth month, ForecastPeriod period) {
		return switch (period) {
		case MONTH -> month;
		case QUARTER -> YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
		};
	}

	/** The last month of the period starting {@code start}. */
	public static YearMonth periodEnd(YearMonth start, ForecastPeriod period) {
		return period == ForecastPeriod.QUARTER ? start.plusMonths(2) : start;
	}

	/** The starts of the periods from the one containing {@code from} to the one containing {@code to}. */
	public static List<YearMonth> periods(YearMonth from, YearMonth to, ForecastPeriod period) {
		List<YearMonth> periods = new ArrayList<>();
		YearMonth last = periodStart(to, period);
		int step = period == ForecastPeriod.QUARTER ? 3 : 1;
		for (YearMonth start = periodStart(from, period); !start.isAfter(last); start = start.plusMonths(step)) {
			periods.add(start);
		}
		return periods;
	}

	/** Amount × probability / 100. */
	public static BigDecimal weighted(BigDecimal amount, int probability) {
		return amount.multiply(BigDecimal.valueOf(probability)).divide(HUNDRED);
	}

	/** Won, weighted and open sums per owner and period start. */
	public static Map<Long, Map<YearMonth, Figures>> byOwner(Collection<Entry> entries, ForecastPeriod period) {
		Map<Long, Map<YearMonth, Figures>> sums = new HashMap<>();
		for (Entry entry : entries) {
			if (entry.closeDate() == null || entry.kind() == StageKind.LOST) {
				continue;
			}
			YearMonth start = periodStart(YearMonth.from(entry.closeDate()), period);
			sums.computeIfAbsent(entry.ownerId(), k -> new HashMap<>()).merge(start, Figures.of(entry), Figures::plus);
		}
		return sums;
	}

	/** The figures of {@code users} together in the period starting {@code start}. */
	public static Figures sum(Map<Long, Map<YearMonth, Figures>> byOwner, Collection<Long> users, YearMonth start) {
		Figures total = Figures.ZERO;
		for (Long user : users) {
			Figures figures = byOwner.getOrDefault(user, Map.of()).get(start);
			if (figures != null) {
				total = total.plus(figures);
			}
		}
		return total;
	}

	/** The quotas of {@code users} over the months of the period starting {@code start}. */
	public static BigDecimal quota(Collection<Quota> quotas, Collection<Long> users, YearMonth start,
			ForecastPeriod period) {
		YearMonth end = periodEnd(start, period);
		BigDecimal total = BigDecimal.ZERO;
		for (Quota quota : quotas) {
			if (users.contains(quota.userId()) && !quota.month().isBefore(start) && !quota.month().isAfter(end)
					&& quota.amount() != null) {
				total = total.add(quota.amount());
			}
		}
		return total;
	}
}
