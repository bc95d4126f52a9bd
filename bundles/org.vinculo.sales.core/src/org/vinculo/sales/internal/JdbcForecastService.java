package org.vinculo.sales.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.storage.DataStore;
import org.vinculo.core.users.Quota;
import org.vinculo.core.users.Team;
import org.vinculo.core.users.TeamService;
import org.vinculo.core.users.User;
import org.vinculo.sales.Forecast;
import org.vinculo.sales.ForecastGrouping;
import org.vinculo.sales.ForecastPeriod;
import org.vinculo.sales.ForecastRow;
import org.vinculo.sales.ForecastService;
import org.vinculo.sales.RepPerformance;
import org.vinculo.sales.StageKind;
import org.vinculo.sales.internal.ForecastMath.Entry;
import org.vinculo.sales.internal.ForecastMath.Figures;

/**
 * {@link ForecastService}: one read of the opportunities closing in the range,
 * summed per owner and period by {@link ForecastMath}, then added up per rep,
 * per team (its members) or per manager (everyone {@link TeamService#reportsOf}
 * gives). Opportunities without an owner belong to no row.
 */
@Component(service = ForecastService.class)
public final class JdbcForecastService implements ForecastService {

	private final DataStore store;
	private final TeamService teams;

	@Activate
	public JdbcForecastService(@Reference DataStore store, @Reference TeamService teams) {
		this.store = store;
		this.teams = teams;
	}

	/** For tests and tools that build the services by hand. */
	public static JdbcForecastService on(DataStore store, TeamService teams) {
		return new JdbcForecastService(store, teams);
	}

	/** One group of users a row sums. */
	private record Group(long id, String name, Set<Long> users) {
	}

	@Override
	public Forecast forecast(ForecastGrouping grouping, ForecastPeriod period, YearMonth from, YearMonth to,
			String currency) {
		String code = Objects.requireNonNull(Checks.currency(currency), "currency"); //$NON-NLS-1$
		List<YearMonth> periods = ForecastMath.periods(from, to, period);
		if (periods.isEmpty()) {
			return new Forecast(grouping, period, code, periods, List.of(), 0);
		}
		YearMonth firstMonth = periods.get(0);
		YearMonth lastMonth = ForecastMath.periodEnd(periods.get(periods.size() - 1), period);
		int[] skipped = new int[1];
		List<Entry> entries = Sql.read(store, connection -> Sql.list(connection,
				"SELECT o.OWNER_ID, o.CLOSE_DATE, o.AMOUNT, o.CURRENCY, s.KIND, s.PROBABILITY FROM OPPORTUNITY o " //$NON-NLS-1$
						+ "JOIN SALES_STAGE s ON s.ID = o.STAGE_ID WHERE o.CLOSE_DATE >= ? AND o.CLOSE_DATE <= ? " //$NON-NLS-1$
						+ "AND s.KIND <> 'LOST' AND o.OWNER_ID IS NOT NULL", //$NON-NLS-1$
				rows -> {
					if (!code.equals(Sql.trimmed(rows, "CURRENCY"))) { //$NON-NLS-1$
						skipped[0]++;
						return null;
					}
					return new Entry(rows.getLong("OWNER_ID"), Sql.date(rows, "CLOSE_DATE"), //$NON-NLS-1$ //$NON-NLS-2$
							StageKind.valueOf(rows.getString("KIND").strip()), rows.getInt("PROBABILITY"), //$NON-NLS-1$ //$NON-NLS-2$
							rows.getBigDecimal("AMOUNT")); //$NON-NLS-1$
				}, firstMonth.atDay(1), lastMonth.atEndOfMonth()));
		entries.removeIf(Objects::isNull);
		Map<Long, Map<YearMonth, Figures>> byOwner = ForecastMath.byOwner(entries, period);
		Map<Long, String> names = userNames();
		Set<Long> everyone = new HashSet<>(names.keySet());
		everyone.addAll(byOwner.keySet());
		List<Quota> quotas = teams.quotas(everyone, firstMonth, lastMonth);
		List<Group> groups = switch (grouping) {
		case REP -> reps(byOwner.keySet(), quotas, names);
		case TEAM -> teams.teams().stream()
				.map(team -> new Group(team.id(), team.name(), new HashSet<>(team.memberIds()))).toList();
		case MANAGER -> managers(names);
		};
		List<ForecastRow> rows = new ArrayList<>();
		for (Group group : groups.stream().sorted(Comparator.comparing(Group::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(Group::id)).toList()) {
			for (YearMonth start : periods) {
				Figures figures = ForecastMath.sum(byOwner, group.users(), start);
				BigDecimal quota = ForecastMath.quota(quotas, group.users(), start, period);
				rows.add(new ForecastRow(grouping, group.id(), group.name(), start, DocumentMath.money(quota, code),
						DocumentMath.money(figures.won(), code), DocumentMath.money(figures.weighted(), code),
						DocumentMath.money(figures.open(), code)));
			}
		}
		return new Forecast(grouping, period, code, periods, rows, skipped[0]);
	}

	/** Reps with something to show: an opportunity in the range or a quota. */
	private static List<Group> reps(Set<Long> owners, List<Quota> quotas, Map<Long, String> names) {
		Set<Long> reps = new TreeSet<>(owners);
		quotas.stream().filter(quota -> quota.amount() != null && quota.amount().signum() != 0)
				.forEach(quota -> reps.add(quota.userId()));
		return reps.stream().map(id -> new Group(id, name(names, id), Set.of(id))).toList();
	}

	/** Every user who manages a team, with everyone whose numbers they see. */
	private List<Group> managers(Map<Long, String> names) {
		Set<Long> managers = new LinkedHashSet<>();
		for (Team team : teams.teams()) {
			if (team.managerId() != null) {
				managers.add(team.managerId());
			}
		}
		return managers.stream().map(id -> new Group(id, name(names, id), new HashSet<>(teams.reportsOf(id)))).toList();
	}

	private Map<Long, String> userNames() {
		Map<Long, String> names = new HashMap<>();
		for (User user : teams.users(true)) {
			names.put(user.id(), user.name());
		}
		return names;
	}

	private static String name(Map<Long, String> names, long id) {
		return names.getOrDefault(id, "#" + id); //$NON-NLS-1$
	}

	// ---- performance

	/** A closed opportunity as performance counts it. */
	private record Closed(long ownerId, StageKind kind, BigDecimal amount, String currency, Instant createdAt,
			Instant closedAt) {
	}

	/** Running figures of one rep. */
	private static final class Tally {
		int won;
		int lost;
		double cycleDays;
		BigDecimal wonAmount = BigDecimal.ZERO;
		BigDecimal pipeline = BigDecimal.ZERO;
		int open;
		int activities;
	}

	@Override
	public List<RepPerformance> performance(YearMonth from, YearMonth to, String currency) {
		String code = Objects.requireNonNull(Checks.currency(currency), "currency"); //$NON-NLS-1$
		ZoneId zone = ZoneId.systemDefault();
		Instant start = from.atDay(1).atStartOfDay(zone).toInstant();
		Instant end = to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Map<Long, Tally> tallies = new HashMap<>();
		Sql.read(store, connection -> {
			Sql.list(connection, "SELECT DISTINCT OWNER_ID FROM OPPORTUNITY WHERE OWNER_ID IS NOT NULL", //$NON-NLS-1$
					rows -> tallies.put(rows.getLong(1), new Tally()));
			List<Closed> closed = Sql.list(connection, "SELECT o.OWNER_ID, s.KIND, o.AMOUNT, o.CURRENCY, o.CREATED_AT, o.CLOSED_AT " //$NON-NLS-1$
					+ "FROM OPPORTUNITY o JOIN SALES_STAGE s ON s.ID = o.STAGE_ID WHERE o.OWNER_ID IS NOT NULL " //$NON-NLS-1$
					+ "AND s.KIND <> 'OPEN' AND o.CLOSED_AT >= ? AND o.CLOSED_AT < ?", //$NON-NLS-1$
					rows -> new Closed(rows.getLong("OWNER_ID"), StageKind.valueOf(rows.getString("KIND").strip()), //$NON-NLS-1$ //$NON-NLS-2$
							rows.getBigDecimal("AMOUNT"), Sql.trimmed(rows, "CURRENCY"), Sql.instant(rows, "CREATED_AT"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							Sql.instant(rows, "CLOSED_AT")), //$NON-NLS-1$
					start, end);
			for (Closed deal : closed) {
				Tally tally = tallies.get(deal.ownerId());
				if (deal.kind() == StageKind.LOST) {
					tally.lost++;
					continue;
				}
				tally.won++;
				tally.cycleDays += Duration.between(deal.createdAt(), deal.closedAt()).toSeconds() / 86_400.0;
				if (code.equals(deal.currency()) && deal.amount() != null) {
					tally.wonAmount = tally.wonAmount.add(deal.amount());
				}
			}
			Sql.list(connection, "SELECT o.OWNER_ID, o.CURRENCY, COUNT(*), SUM(o.AMOUNT) FROM OPPORTUNITY o " //$NON-NLS-1$
					+ "JOIN SALES_STAGE s ON s.ID = o.STAGE_ID WHERE o.OWNER_ID IS NOT NULL AND s.KIND = 'OPEN' " //$NON-NLS-1$
					+ "GROUP BY o.OWNER_ID, o.CURRENCY", rows -> { //$NON-NLS-1$
						Tally tally = tallies.get(rows.getLong(1));
						tally.open += rows.getInt(3);
						BigDecimal sum = rows.getBigDecimal(4);
						if (code.equals(rows.getString(2).strip()) && sum != null) {
							tally.pipeline = tally.pipeline.add(sum);
						}
						return null;
					});
			// a done activity counts when it was done; older rows without that time count when they started
			Sql.list(connection, "SELECT OWNER_ID, COUNT(*) FROM ACTIVITY WHERE STATUS = 'DONE' AND OWNER_ID IS NOT NULL " //$NON-NLS-1$
					+ "AND COALESCE(DONE_AT, STARTS_AT) >= ? AND COALESCE(DONE_AT, STARTS_AT) < ? GROUP BY OWNER_ID", //$NON-NLS-1$
					rows -> {
						Tally tally = tallies.get(rows.getLong(1));
						if (tally != null) {
							tally.activities = rows.getInt(2);
						}
						return null;
					}, start, end);
			return null;
		});
		Map<Long, String> names = userNames();
		List<RepPerformance> performance = new ArrayList<>();
		tallies.forEach((owner, tally) -> {
			int closed = tally.won + tally.lost;
			performance.add(new RepPerformance(owner, name(names, owner), tally.won, tally.lost,
					closed == 0 ? null : (double) tally.won / closed, tally.won == 0 ? null : tally.cycleDays / tally.won,
					DocumentMath.money(tally.wonAmount, code), DocumentMath.money(tally.pipeline, code), tally.open,
					tally.activities));
		});
		performance.sort(Comparator.comparing(RepPerformance::userName, String.CASE_INSENSITIVE_ORDER)
				.thenComparingLong(RepPerformance::userId));
		return performance;
	}
}
