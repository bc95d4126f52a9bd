package org.vinculo.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.vinculo.core.model.PartyKind;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JdbcDataStore;
import org.vinculo.core.persistence.internal.JdbcTeamService;
import org.vinculo.core.persistence.internal.JpaChoiceListService;
import org.vinculo.core.users.User;
import org.vinculo.sales.ForecastGrouping;
import org.vinculo.sales.ForecastPeriod;
import org.vinculo.sales.OpportunityQuery;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.Stage;
import org.vinculo.sales.internal.JdbcForecastService;
import org.vinculo.sales.internal.JdbcSalesService;

/**
 * The sales plug-in on the 1M database ({@code releng/bench.sh sales [DIR]}):
 * opportunities are added by JDBC batch inserts until there are
 * {@code vinculo.bench.opportunities} (200,000 by default), spread over random
 * parties, both pipelines, every stage, 20 reps and two years of close dates.
 * Then what users wait for is timed against hand-written JDBC answering the
 * same question on the same database: a party's opportunities (the editor
 * section), one pipeline's opportunities (the board and the table) and a
 * year's forecast per rep and month.
 */
final class SalesBenchmark {

	private static final long SEED = 20261123L;

	private final Path workspace;
	private final Path results;

	SalesBenchmark(Path workspace, Path results) {
		this.workspace = workspace;
		this.results = results;
	}

	void run() throws Exception {
		Figures figures = new Figures();
		try (Database database = Database.openEmbedded(workspace.resolve("vinculo-db"))) { //$NON-NLS-1$
			JdbcDataStore store = JdbcDataStore.on(database);
			JdbcTeamService teams = JdbcTeamService.on(database);
			JdbcSalesService sales = JdbcSalesService.on(store, new JpaChoiceListService(database));
			JdbcForecastService forecasts = JdbcForecastService.on(store, teams);
			int wanted = Integer.getInteger("vinculo.bench.opportunities", 200_000); //$NON-NLS-1$
			long added = fill(database, sales, teams.users(false), wanted);
			figures.value("opportunities in the database", String.format(Locale.ROOT, "%,d (%,d added now)", //$NON-NLS-1$ //$NON-NLS-2$
					count(database, "SELECT COUNT(*) FROM OPPORTUNITY"), added)); //$NON-NLS-1$

			long[] parties = partiesWithOpportunities(database, 500);
			long[] ours = new long[parties.length];
			long[] raw = new long[parties.length];
			for (int i = 0; i < parties.length; i++) {
				long start = System.nanoTime();
				sales.opportunities(OpportunityQuery.ofParty(parties[i]));
				ours[i] = System.nanoTime() - start;
				start = System.nanoTime();
				rawRows(database, ROWS + " WHERE o.PARTY_ID = ?", parties[i]); //$NON-NLS-1$
				raw[i] = System.nanoTime() - start;
			}
			figures.latency("a party's opportunities (editor section), 500 parties", ours, raw); //$NON-NLS-1$

			Pipeline business = sales.pipelines(false).stream().filter(p -> p.partyKind() == PartyKind.ORGANIZATION)
					.findFirst().orElseThrow();
			int size = sales.opportunities(OpportunityQuery.inPipeline(business.id())).size();
			ours = new long[5];
			raw = new long[5];
			for (int i = 0; i < 5; i++) {
				long start = System.nanoTime();
				sales.opportunities(OpportunityQuery.inPipeline(business.id()));
				ours[i] = System.nanoTime() - start;
				start = System.nanoTime();
				rawRows(database, ROWS + " WHERE o.PIPELINE_ID = ?", business.id()); //$NON-NLS-1$
				raw[i] = System.nanoTime() - start;
			}
			figures.latency(String.format(Locale.ROOT, "one pipeline's %,d opportunities (board, table)", size), ours, raw); //$NON-NLS-1$

			YearMonth now = YearMonth.now();
			ours = new long[5];
			raw = new long[5];
			for (int i = 0; i < 5; i++) {
				long start = System.nanoTime();
				forecasts.forecast(ForecastGrouping.REP, ForecastPeriod.MONTH, now.minusMonths(6), now.plusMonths(5), "EUR"); //$NON-NLS-1$
				ours[i] = System.nanoTime() - start;
				start = System.nanoTime();
				rawForecast(database, now.minusMonths(6).atDay(1), now.plusMonths(5).atEndOfMonth());
				raw[i] = System.nanoTime() - start;
			}
			figures.latency("forecast per rep and month, 12 months", ours, raw); //$NON-NLS-1$
		}
		figures.print(results, "## sales (" + Instant.now() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The same rows the service reads for a list: opportunity, party name, stage and owner. */
	private static final String ROWS = "SELECT o.ID, o.TITLE, o.PARTY_ID, p.DISPLAY_NAME, p.KIND, o.PIPELINE_ID, o.STAGE_ID, " //$NON-NLS-1$
			+ "s.NAME, s.KIND, s.PROBABILITY, o.AMOUNT, o.CURRENCY, o.CLOSE_DATE, o.OWNER_ID, u.NAME, o.VERSION " //$NON-NLS-1$
			+ "FROM OPPORTUNITY o JOIN PARTY p ON p.ID = o.PARTY_ID JOIN SALES_STAGE s ON s.ID = o.STAGE_ID " //$NON-NLS-1$
			+ "LEFT JOIN CHOICE_VALUE u ON u.ID = o.OWNER_ID"; //$NON-NLS-1$

	/** Reads every column of every row, as a prepared statement on a connection of its own (as the service does). */
	private static int rawRows(Database database, String sql, long parameter) throws Exception {
		int rows = 0;
		try (Connection connection = database.connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, parameter);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					for (int column = 1; column <= 16; column++) {
						result.getObject(column);
					}
					rows++;
				}
			}
		}
		return rows;
	}

	/** Weighted and won sums per owner and month, the forecast's arithmetic without its grouping code. */
	private static Map<String, BigDecimal> rawForecast(Database database, LocalDate from, LocalDate to) throws Exception {
		Map<String, BigDecimal> sums = new HashMap<>();
		try (Connection connection = database.connection(); PreparedStatement query = connection.prepareStatement(
				"SELECT o.OWNER_ID, o.CLOSE_DATE, o.AMOUNT, s.KIND, s.PROBABILITY FROM OPPORTUNITY o " //$NON-NLS-1$
						+ "JOIN SALES_STAGE s ON s.ID = o.STAGE_ID WHERE o.CLOSE_DATE >= ? AND o.CLOSE_DATE <= ? " //$NON-NLS-1$
						+ "AND o.CURRENCY = 'EUR' AND o.OWNER_ID IS NOT NULL")) { //$NON-NLS-1$
			query.setDate(1, Date.valueOf(from));
			query.setDate(2, Date.valueOf(to));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					String key = rows.getLong(1) + "/" + YearMonth.from(rows.getDate(2).toLocalDate()) + "/" //$NON-NLS-1$ //$NON-NLS-2$
							+ rows.getString(4).strip();
					BigDecimal amount = rows.getBigDecimal(3).multiply(BigDecimal.valueOf(rows.getInt(5)))
							.movePointLeft(2);
					sums.merge(key, amount, BigDecimal::add);
				}
			}
		}
		return sums;
	}

	/** Adds opportunities by JDBC batches until there are {@code wanted}; returns how many it added. */
	private static long fill(Database database, JdbcSalesService sales, List<User> users, int wanted) throws Exception {
		long have = count(database, "SELECT COUNT(*) FROM OPPORTUNITY"); //$NON-NLS-1$
		if (have >= wanted || users.isEmpty()) {
			return 0;
		}
		Map<PartyKind, Pipeline> pipelines = new HashMap<>();
		for (Pipeline pipeline : sales.pipelines(false)) {
			if (pipeline.partyKind() != null) {
				pipelines.putIfAbsent(pipeline.partyKind(), pipeline);
			}
		}
		long[] ids;
		String[] kinds;
		try (Connection connection = database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT ID, KIND FROM PARTY WHERE MERGED_INTO IS NULL")) { //$NON-NLS-1$
			List<long[]> read = new ArrayList<>();
			while (rows.next()) {
				read.add(new long[] { rows.getLong(1), "O".equals(rows.getString(2).strip()) ? 1 : 0 }); //$NON-NLS-1$
			}
			ids = new long[read.size()];
			kinds = new String[read.size()];
			for (int i = 0; i < read.size(); i++) {
				ids[i] = read.get(i)[0];
				kinds[i] = read.get(i)[1] == 1 ? "O" : "P"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Random random = new Random(SEED + have);
		LocalDate today = LocalDate.now();
		Timestamp now = Timestamp.from(Instant.now());
		long toAdd = wanted - have;
		try (Connection connection = database.connection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO OPPORTUNITY (VERSION, TITLE, PARTY_ID, " //$NON-NLS-1$
					+ "PIPELINE_ID, STAGE_ID, AMOUNT, CURRENCY, CLOSE_DATE, OWNER_ID, CREATED_AT, UPDATED_AT, CLOSED_AT) " //$NON-NLS-1$
					+ "VALUES (1, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
				for (long i = 0; i < toAdd; i++) {
					int party = random.nextInt(ids.length);
					Pipeline pipeline = pipelines.get("O".equals(kinds[party]) ? PartyKind.ORGANIZATION : PartyKind.PERSON); //$NON-NLS-1$
					Stage stage = pipeline.stages().get(random.nextInt(pipeline.stages().size()));
					insert.setString(1, "Deal " + (have + i)); //$NON-NLS-1$
					insert.setLong(2, ids[party]);
					insert.setLong(3, pipeline.id());
					insert.setLong(4, stage.id());
					insert.setBigDecimal(5, BigDecimal.valueOf(500 + 100L * random.nextInt(1_000)));
					insert.setDate(6, Date.valueOf(today.plusDays(-365 + random.nextInt(730))));
					insert.setLong(7, users.get(random.nextInt(Math.min(20, users.size()))).id());
					insert.setTimestamp(8, now);
					insert.setTimestamp(9, now);
					insert.setTimestamp(10, stage.kind() == org.vinculo.sales.StageKind.OPEN ? null : now);
					insert.addBatch();
					if (i % 5_000 == 4_999) {
						insert.executeBatch();
						connection.commit();
					}
				}
				insert.executeBatch();
				connection.commit();
			}
		}
		return toAdd;
	}

	private static long[] partiesWithOpportunities(Database database, int howMany) throws Exception {
		List<Long> all = new ArrayList<>();
		try (Connection connection = database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT PARTY_ID FROM OPPORTUNITY")) { //$NON-NLS-1$
			while (rows.next()) {
				all.add(rows.getLong(1));
			}
		}
		Random random = new Random(SEED);
		long[] chosen = new long[howMany];
		for (int i = 0; i < howMany; i++) {
			chosen[i] = all.get(random.nextInt(all.size()));
		}
		return chosen;
	}

	private static long count(Database database, String sql) throws Exception {
		try (Connection connection = database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
