package org.vinculo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.vinculo.core.index.internal.LuceneSearchIndex;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.PostalAddress;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.network.internal.IntroductionFinder;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.network.internal.NetworkComponent;
import org.vinculo.core.network.internal.NetworkGraph;
import org.vinculo.core.persistence.internal.JdbcNetworkSource;
import org.vinculo.core.persistence.internal.JdbcPartyChangeFeed;
import org.vinculo.core.persistence.internal.JpaAffiliationService;
import org.vinculo.core.persistence.internal.JpaChoiceListService;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.persistence.internal.JpaRelationshipService;
import org.vinculo.core.search.PartySummary;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.demo.Generator;
import org.vinculo.demo.Generator.Preset;

/**
 * The benchmark harness, started by {@code releng/bench.sh}: {@code generate}
 * writes a large database into a workspace, {@code run} measures it. Every
 * figure is set against the limit, raw JDBC on the same embedded Derby in the
 * same run. Nothing is asserted: the figures go to docs/BENCHMARKS.md.
 */
class Benchmarks {

	private static final long SEED = 20261123L;
	private static final int INSERT_PERSONS = 100_000;
	private static final int WARM_UP_PERSONS = 20_000;
	private static final int INSERT_ROUNDS = 3;
	private static final int SAMPLES = 2_000;

	private final Path workspace = Path.of(System.getProperty("vinculo.bench.dir", "target/bench-workspace")); //$NON-NLS-1$ //$NON-NLS-2$
	private final Path results = workspace.resolve("benchmark-results.md"); //$NON-NLS-1$

	@Test
	void benchmark() throws Exception {
		Files.createDirectories(workspace);
		switch (System.getProperty("vinculo.bench.task", "run")) { //$NON-NLS-1$ //$NON-NLS-2$
		case "generate" -> generate(Preset.named(System.getProperty("vinculo.bench.preset", "1m"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "run" -> run(); //$NON-NLS-1$
		case "reads" -> reads(); //$NON-NLS-1$
		case "reindex" -> reindex(); //$NON-NLS-1$
		case "network" -> network(); //$NON-NLS-1$
		case "fields" -> new CustomerRecordBenchmark(workspace, results).run(); //$NON-NLS-1$
		case "import" -> new ExchangeBenchmark(workspace, results) //$NON-NLS-1$
				.importFile(Integer.getInteger("vinculo.bench.rows", 1_000_000)); //$NON-NLS-1$
		case "dedupe" -> new ExchangeBenchmark(workspace, results).dedupe(); //$NON-NLS-1$
		case "sales" -> new SalesBenchmark(workspace, results).run(); //$NON-NLS-1$
		default -> throw new IllegalArgumentException("vinculo.bench.task must be generate, reindex, run, reads, network, fields, import, dedupe or sales"); //$NON-NLS-1$
		}
	}

	// ---- generate ---------------------------------------------------------------------------

	private void generate(Preset preset) throws IOException {
		Figures figures = new Figures();
		try (Database database = Database.openEmbedded(workspace.resolve("vinculo-db"))) { //$NON-NLS-1$
			JpaPartyService parties = new JpaPartyService(database);
			if (parties.count() > 0) {
				throw new IllegalStateException(workspace + " already holds a database; generate into an empty folder"); //$NON-NLS-1$
			}
			long start = System.nanoTime();
			Generator.Result result = new Generator(parties, new JpaAffiliationService(database),
					new JpaRelationshipService(database), SEED)
					.classifying(new JpaChoiceListService(database))
					.generate(preset, new NullProgressMonitor());
			double seconds = (System.nanoTime() - start) / 1e9;
			long records = result.persons() + result.organizations() + result.affiliations() + result.relationships();
			figures.value("generator: persons", String.format(Locale.ROOT, "%,d", result.persons())); //$NON-NLS-1$ //$NON-NLS-2$
			figures.value("generator: organizations", String.format(Locale.ROOT, "%,d", result.organizations())); //$NON-NLS-1$ //$NON-NLS-2$
			figures.value("generator: affiliations", String.format(Locale.ROOT, "%,d", result.affiliations())); //$NON-NLS-1$ //$NON-NLS-2$
			figures.value("generator: relationships", String.format(Locale.ROOT, "%,d", result.relationships())); //$NON-NLS-1$ //$NON-NLS-2$
			figures.value("generator: wall time", String.format(Locale.ROOT, "%.0f s", seconds)); //$NON-NLS-1$ //$NON-NLS-2$
			figures.rate("generator: records (parties + affiliations + relationships)", records / seconds, 0, "/s"); //$NON-NLS-1$ //$NON-NLS-2$

			try (LuceneSearchIndex index = new LuceneSearchIndex(new JdbcPartyChangeFeed(database))) {
				long indexStart = System.nanoTime();
				index.rebuild(new NullProgressMonitor());
				figures.value("search index: full rebuild", //$NON-NLS-1$
						String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - indexStart) / 1e9)); //$NON-NLS-1$
				figures.value("search index: documents", String.format(Locale.ROOT, "%,d", index.size())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		figures.value("database on disk", megabytes(workspace.resolve("vinculo-db"))); //$NON-NLS-1$ //$NON-NLS-2$
		figures.value("search index on disk", megabytes(workspace.resolve("vinculo-db-search"))); //$NON-NLS-1$ //$NON-NLS-2$
		figures.print(results, "## generate " + preset.name() + " (" + Instant.now() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A full rebuild of the search index of an existing database. */
	private void reindex() throws IOException {
		Figures figures = new Figures();
		try (Database database = Database.openEmbedded(workspace.resolve("vinculo-db")); //$NON-NLS-1$
				LuceneSearchIndex index = new LuceneSearchIndex(new JdbcPartyChangeFeed(database))) {
			long start = System.nanoTime();
			index.rebuild(new NullProgressMonitor());
			figures.value("search index: full rebuild", //$NON-NLS-1$
					String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9)); //$NON-NLS-1$
			figures.value("search index: documents", String.format(Locale.ROOT, "%,d", index.size())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		figures.value("search index on disk", megabytes(workspace.resolve("vinculo-db-search"))); //$NON-NLS-1$ //$NON-NLS-2$
		figures.print(results, "## reindex (" + Instant.now() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	// ---- run --------------------------------------------------------------------------------

	private void run() throws Exception {
		Figures figures = new Figures();
		insertParties(figures);
		Path db = workspace.resolve("vinculo-db"); //$NON-NLS-1$
		if (!Files.isDirectory(db)) {
			figures.print(results, "## run (no generated database in " + workspace + ": only the insert figures)"); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		long openStart = System.nanoTime();
		try (Database database = Database.openEmbedded(db);
				LuceneSearchIndex index = new LuceneSearchIndex(new JdbcPartyChangeFeed(database))) {
			JpaPartyService parties = new JpaPartyService(database);
			figures.value("open database + search index", Figures.ms(System.nanoTime() - openStart)); //$NON-NLS-1$
			index.catchUp();
			System.gc();
			Runtime runtime = Runtime.getRuntime();
			figures.value("heap used with both open (after GC)", //$NON-NLS-1$
					(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " MB"); //$NON-NLS-1$
			figures.value("parties in the database", String.format(Locale.ROOT, "%,d", parties.count())); //$NON-NLS-1$ //$NON-NLS-2$

			try (Connection jdbc = database.dataSource().getConnection()) {
				long[] ids = partyIds(jdbc);
				pointReads(figures, parties, jdbc, ids);
				List<Person> sample = samplePersons(parties, ids);
				search(figures, index, jdbc, sample);
				organizations(figures, database, jdbc);
				editToSearchable(figures, parties, index, sample);
			}
			network(figures, database);
		}
		figures.print(results, "## run (" + Instant.now() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Only the point reads of an existing database: {@code find(id)} against the same row by JDBC; adds no records. */
	private void reads() throws Exception {
		Figures figures = new Figures();
		try (Database database = Database.openEmbedded(workspace.resolve("vinculo-db"))) { //$NON-NLS-1$
			JpaPartyService parties = new JpaPartyService(database);
			try (Connection jdbc = database.dataSource().getConnection()) {
				long[] ids = partyIds(jdbc);
				figures.value("parties in the database", String.format(Locale.ROOT, "%,d", ids.length)); //$NON-NLS-1$ //$NON-NLS-2$
				pointReads(figures, parties, jdbc, ids);
				organizations(figures, database, jdbc);
			}
		}
		figures.print(results, "## reads (" + Instant.now() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Only the network figures of an existing database. */
	private void network() throws Exception {
		Figures figures = new Figures();
		try (Database database = Database.openEmbedded(workspace.resolve("vinculo-db"))) { //$NON-NLS-1$
			network(figures, database);
		}
		figures.print(results, "## network (" + Instant.now() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The relationship network: loading it from the database, its memory, and
	 * top-5 ranked introductions between random organizations and parties,
	 * against the limit of answering with indexed JDBC queries: a breadth-first
	 * search for one shortest path that reads each party's links with the
	 * same four indexed queries the graph uses after an edit.
	 */
	private static void network(Figures figures, Database database) throws Exception {
		JpaRelationshipService relationships = new JpaRelationshipService(database);
		JpaAffiliationService affiliations = new JpaAffiliationService(database);
		JdbcNetworkSource source = JdbcNetworkSource.on(database);
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		long heapBefore = runtime.totalMemory() - runtime.freeMemory();
		// without a snapshot: everything from the database, then the snapshot is written
		java.nio.file.Files.deleteIfExists(source.snapshotFile());
		long start = System.nanoTime();
		NetworkComponent loaded = new NetworkComponent(source, relationships, affiliations);
		long loadNanos = untilReady(loaded, start);
		loaded.awaitIdle(600_000);
		long savedNanos = System.nanoTime() - start - loadNanos;
		figures.value("network: start without a snapshot (" + loaded.startedFrom() + ")", Figures.ms(loadNanos)); //$NON-NLS-1$ //$NON-NLS-2$
		figures.value("network: snapshot written after that load", Figures.ms(savedNanos) + String.format(Locale.ROOT, //$NON-NLS-1$
				", %.0f MB", java.nio.file.Files.size(source.snapshotFile()) / 1e6)); //$NON-NLS-1$
		NetworkGraph graph = loaded.graph();
		System.gc();
		figures.value("network: heap growth after GC", String.format(Locale.ROOT, "%.1f MB", //$NON-NLS-1$ //$NON-NLS-2$
				(runtime.totalMemory() - runtime.freeMemory() - heapBefore) / 1e6));
		loaded.deactivate();
		graph = null;
		loaded = null;
		System.gc();

		// a start with the snapshot: read it, catch up with the database (nothing changed)
		start = System.nanoTime();
		NetworkComponent network = new NetworkComponent(source, relationships, affiliations);
		String origin = untilReadyFrom(network, start);
		figures.value("network: start from the snapshot (" + origin, Figures.ms(System.nanoTime() - start)); //$NON-NLS-1$
		network.deactivate();

		// 100 relationships written one by one while it was not running: the next start catches up
		SplittableRandom edits = new SplittableRandom(SEED + 11);
		long[] ids = partyIdSample(database, 20_000, edits);
		RelationshipType friend = relationships.typeByCode(RelationshipType.FRIEND);
		List<org.vinculo.core.model.Relationship> written = new java.util.ArrayList<>();
		for (int i = 0; written.size() < 100; i++) {
			long a = ids[edits.nextInt(ids.length)];
			long b = ids[edits.nextInt(ids.length)];
			if (a != b) {
				try {
					written.add(relationships.relate(new org.vinculo.core.model.Relationship(
							org.vinculo.core.model.Party.reference(org.vinculo.core.model.PartyKind.PERSON, a), friend,
							org.vinculo.core.model.Party.reference(org.vinculo.core.model.PartyKind.PERSON, b))));
				} catch (org.vinculo.core.service.ValidationException e) {
					// already related: another pair
				}
			}
		}
		start = System.nanoTime();
		network = new NetworkComponent(source, relationships, affiliations);
		origin = untilReadyFrom(network, start);
		figures.value("network: start from the snapshot after 100 new relationships (" + origin, //$NON-NLS-1$
				Figures.ms(System.nanoTime() - start));
		try {
			network.awaitIdle(600_000);
			graph = network.graph();
			figures.value("network: parties / link entries", String.format(Locale.ROOT, "%,d / %,d", //$NON-NLS-1$ //$NON-NLS-2$
					graph.nodeCount(), linkEntries(graph)));
			figures.value("network: graph arrays", String.format(Locale.ROOT, "%.1f MB", graph.estimatedBytes() / 1e6)); //$NON-NLS-1$ //$NON-NLS-2$
			int maxDegree = 0;
			for (int node = 0; node < graph.nodeCount(); node++) {
				maxDegree = Math.max(maxDegree, graph.degree(node));
			}
			figures.value("network: largest degree", String.format(Locale.ROOT, "%,d", maxDegree)); //$NON-NLS-1$ //$NON-NLS-2$

			SplittableRandom random = new SplittableRandom(SEED + 7);
			long[] from = new long[1_000];
			long[] to = new long[from.length];
			for (int i = 0; i < from.length; i++) {
				int node;
				do {
					node = random.nextInt(graph.nodeCount());
				} while ((graph.flags(node) & NetworkGraph.ORGANIZATION) == 0 || graph.degree(node) == 0);
				from[i] = graph.idAt(node);
				to[i] = graph.idAt(random.nextInt(graph.nodeCount()));
			}
			for (int i = 0; i < 200; i++) { // warm up
				network.introductions(from[i], to[i], 5);
			}
			long[] paths = new long[from.length];
			long[] explained = new long[from.length];
			int found = 0;
			for (int i = 0; i < from.length; i++) {
				long t0 = System.nanoTime();
				List<org.vinculo.core.network.internal.IntroductionFinder.RankedPath> ranked = IntroductionFinder
						.topPaths(graph, network.costModel(), from[i], to[i], 5, 6);
				paths[i] = System.nanoTime() - t0;
				found += ranked.isEmpty() ? 0 : 1;
				t0 = System.nanoTime();
				network.introductions(from[i], to[i], 5);
				explained[i] = System.nanoTime() - t0;
			}
			// for comparison: the same search when being an active customer did not matter
			org.vinculo.core.network.internal.CostModel flat = network.costModel().withNonCustomerPenalty(0);
			long[] flatPaths = new long[from.length];
			for (int i = 0; i < from.length; i++) {
				long t0 = System.nanoTime();
				IntroductionFinder.topPaths(graph, flat, from[i], to[i], 5, 6);
				flatPaths[i] = System.nanoTime() - t0;
			}
			long[] raw = new long[50];
			try (Connection jdbc = database.dataSource().getConnection()) {
				for (int i = 0; i < raw.length; i++) {
					long t0 = System.nanoTime();
					jdbcShortestPath(jdbc, from[i], to[i], 2_000);
					raw[i] = System.nanoTime() - t0;
				}
			}
			figures.latency("network: top-5 ranked paths (graph only)", paths, raw); //$NON-NLS-1$
			figures.latency("network: top-5, named and explained (what the view gets)", explained, raw); //$NON-NLS-1$
			figures.latency("network: top-5 (graph only), customers not weighed", flatPaths, raw); //$NON-NLS-1$
			figures.value("network: pairs with a path of <= 6 links", found + " of " + from.length); //$NON-NLS-1$ //$NON-NLS-2$
			for (org.vinculo.core.model.Relationship relationship : written) { // the database as it was
				relationships.remove(relationship);
			}
		} finally {
			network.deactivate();
		}
	}

	/** Waits until the network answers; the time since {@code start}. */
	private static long untilReady(NetworkComponent network, long start) throws InterruptedException {
		while (!network.isReady()) {
			Thread.sleep(2);
		}
		return System.nanoTime() - start;
	}

	/** Waits until the network answers; where it started from, closing a figure's label. */
	private static String untilReadyFrom(NetworkComponent network, long start) throws InterruptedException {
		untilReady(network, start);
		while (network.startedFrom().isEmpty()) {
			Thread.sleep(1);
		}
		return network.startedFrom() + ")"; //$NON-NLS-1$
	}

	/** Random party ids, read from the (KIND, ID) index. */
	private static long[] partyIdSample(Database database, int count, SplittableRandom random) throws SQLException {
		try (Connection jdbc = database.dataSource().getConnection()) {
			long[] all = partyIds(jdbc);
			long[] sample = new long[count];
			for (int i = 0; i < count; i++) {
				sample[i] = all[random.nextInt(all.length)];
			}
			return sample;
		}
	}

	private static long linkEntries(NetworkGraph graph) {
		long entries = 0;
		for (int node = 0; node < graph.nodeCount(); node++) {
			entries += graph.degree(node);
		}
		return entries;
	}

	/**
	 * The JDBC baseline: breadth-first from both ends, each party's links read
	 * with the indexed queries (persons' and organizations' affiliations,
	 * relationships from and to), until the frontiers meet or {@code budget}
	 * parties were expanded.
	 */
	private static int jdbcShortestPath(Connection jdbc, long from, long to, int budget) throws SQLException {
		String[] queries = { "SELECT ORGANIZATION_ID FROM AFFILIATION WHERE PERSON_ID = ?", //$NON-NLS-1$
				"SELECT PERSON_ID FROM AFFILIATION WHERE ORGANIZATION_ID = ?", //$NON-NLS-1$
				"SELECT TO_ID FROM RELATIONSHIP WHERE FROM_ID = ?", //$NON-NLS-1$
				"SELECT FROM_ID FROM RELATIONSHIP WHERE TO_ID = ?" }; //$NON-NLS-1$
		PreparedStatement[] statements = new PreparedStatement[queries.length];
		try {
			for (int i = 0; i < queries.length; i++) {
				statements[i] = jdbc.prepareStatement(queries[i]);
			}
			java.util.Map<Long, Integer> seenFrom = new java.util.HashMap<>(java.util.Map.of(from, 0));
			java.util.Map<Long, Integer> seenTo = new java.util.HashMap<>(java.util.Map.of(to, 0));
			java.util.ArrayDeque<Long> frontierFrom = new java.util.ArrayDeque<>(List.of(from));
			java.util.ArrayDeque<Long> frontierTo = new java.util.ArrayDeque<>(List.of(to));
			int expanded = 0;
			while (!frontierFrom.isEmpty() && !frontierTo.isEmpty() && expanded < budget) {
				boolean forward = frontierFrom.size() <= frontierTo.size();
				java.util.ArrayDeque<Long> frontier = forward ? frontierFrom : frontierTo;
				java.util.Map<Long, Integer> seen = forward ? seenFrom : seenTo;
				java.util.Map<Long, Integer> other = forward ? seenTo : seenFrom;
				long party = frontier.poll();
				expanded++;
				for (PreparedStatement statement : statements) {
					statement.setLong(1, party);
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							long next = rs.getLong(1);
							if (other.containsKey(next)) {
								return seen.get(party) + 1 + other.get(next);
							}
							if (seen.putIfAbsent(next, seen.get(party) + 1) == null) {
								frontier.add(next);
							}
						}
					}
				}
			}
			return -1;
		} finally {
			for (PreparedStatement statement : statements) {
				if (statement != null) {
					statement.close();
				}
			}
		}
	}

	/**
	 * Batched insert of the same person drafts through EclipseLink and through hand-written JDBC, in
	 * rounds: a warm-up of each, then {@value #INSERT_ROUNDS} measured rounds, the two taking turns to
	 * go first (a machine's speed drifts by ±15 % over minutes here: one round of each may catch them
	 * at different speeds). The figure is the round with the median ratio, with the range of all.
	 */
	private void insertParties(Figures figures) throws Exception {
		Path scratch = workspace.resolve("scratch"); //$NON-NLS-1$
		delete(scratch);
		insertRound(scratch, "w", WARM_UP_PERSONS, true); //$NON-NLS-1$
		List<double[]> rounds = new ArrayList<>();
		for (int i = 0; i < INSERT_ROUNDS; i++) {
			rounds.add(insertRound(scratch, "m" + i, INSERT_PERSONS, i % 2 == 0)); //$NON-NLS-1$
		}
		rounds.sort(Comparator.comparingDouble(r -> r[0] / r[1]));
		double[] median = rounds.get(rounds.size() / 2);
		String range = String.format(Locale.ROOT, "%d rounds: %.2fx-%.2fx", rounds.size(), //$NON-NLS-1$
				rounds.get(0)[0] / rounds.get(0)[1], rounds.getLast()[0] / rounds.getLast()[1]);
		figures.rate("insert persons with details (batched, durable)", median[0], median[1], "/s", range); //$NON-NLS-1$ //$NON-NLS-2$
		delete(scratch);
	}

	/** One round: {ours, raw} in persons per second, each into a new database. */
	private static double[] insertRound(Path scratch, String round, int count, boolean rawFirst) throws Exception {
		double raw = 0;
		double ours = 0;
		for (boolean rawTurn : new boolean[] { rawFirst, !rawFirst }) {
			Path directory = scratch.resolve((rawTurn ? "raw-" : "ours-") + round); //$NON-NLS-1$ //$NON-NLS-2$
			try (Database database = Database.openEmbedded(directory)) {
				List<Person> drafts = Generator.samplePersons(SEED, count);
				long start = System.nanoTime();
				if (rawTurn) {
					rawInsert(database, drafts);
					raw = count / ((System.nanoTime() - start) / 1e9);
				} else {
					new JpaPartyService(database).createAll(drafts);
					ours = count / ((System.nanoTime() - start) / 1e9);
				}
			}
			delete(directory); // each round writes to a disk as empty as the first's
		}
		return new double[] { ours, raw };
	}

	/** The limit: PreparedStatement batches of the same rows, commits as often as the bulk path. */
	private static void rawInsert(Database database, List<Person> drafts) throws SQLException {
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			long nextId = 10_000_000L;
			// the same stored rows as the bulk path's, the stage and its date included
			try (PreparedStatement party = c.prepareStatement("INSERT INTO PARTY (ID, KIND, VERSION, DISPLAY_NAME, " //$NON-NLS-1$
					+ "SORT_KEY, FIRST_NAME, LAST_NAME, EMAIL, PHONE, CITY, CREATED_AT, UPDATED_AT, REVISION, LIFECYCLE, " //$NON-NLS-1$
					+ "LIFECYCLE_SINCE) VALUES (?, 'P', 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"); //$NON-NLS-1$
					PreparedStatement contact = c.prepareStatement("INSERT INTO CONTACT_POINT (ID, PARTY_ID, CHANNEL, " //$NON-NLS-1$
							+ "LABEL, CONTACT_VALUE, SORT_ORDER) VALUES (?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
					PreparedStatement address = c.prepareStatement("INSERT INTO POSTAL_ADDRESS (ID, PARTY_ID, LABEL, " //$NON-NLS-1$
							+ "CITY, SORT_ORDER) VALUES (?, ?, ?, ?, ?)"); //$NON-NLS-1$
					PreparedStatement tag = c.prepareStatement("INSERT INTO PARTY_TAG (PARTY_ID, TAG) VALUES (?, ?)")) { //$NON-NLS-1$
				int inChunk = 0;
				for (Person p : drafts) {
					p.refreshDerivedFields();
					long id = nextId++;
					Timestamp now = Timestamp.from(Instant.now());
					party.setLong(1, id);
					party.setString(2, p.getDisplayName());
					party.setString(3, p.getSortKey());
					party.setString(4, p.getFirstName());
					party.setString(5, p.getLastName());
					party.setString(6, p.getEmail());
					party.setString(7, p.getPhone());
					party.setString(8, p.getCity());
					party.setTimestamp(9, now);
					party.setTimestamp(10, now);
					party.setString(11, p.getLifecycle().name());
					party.setTimestamp(12, now);
					party.addBatch();
					int order = 0;
					for (ContactPoint point : p.getContactPoints()) {
						contact.setLong(1, nextId++);
						contact.setLong(2, id);
						contact.setString(3, point.getChannel().name());
						contact.setString(4, point.getLabel().name());
						contact.setString(5, point.getValue());
						contact.setInt(6, order++);
						contact.addBatch();
					}
					order = 0;
					for (PostalAddress a : p.getAddresses()) {
						address.setLong(1, nextId++);
						address.setLong(2, id);
						address.setString(3, a.getLabel().name());
						address.setString(4, a.getCity());
						address.setInt(5, order++);
						address.addBatch();
					}
					for (String t : p.getTags()) {
						tag.setLong(1, id);
						tag.setString(2, t);
						tag.addBatch();
					}
					if (++inChunk == Database.BULK_CHUNK) {
						flush(c, party, contact, address, tag);
						inChunk = 0;
					}
				}
				flush(c, party, contact, address, tag);
			}
		}
	}

	private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
		for (PreparedStatement s : statements) {
			s.executeBatch();
		}
		c.commit();
	}

	private static long[] partyIds(Connection jdbc) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery("SELECT ID FROM PARTY")) { //$NON-NLS-1$
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids.stream().mapToLong(Long::longValue).toArray();
	}

	/**
	 * Every column EclipseLink selects for {@code find(id)} (all of PARTY's mapped columns, both kinds:
	 * see its SQL with eclipselink.logging.level.sql=FINE), so the limit reads what find reads.
	 */
	static final String PARTY_COLUMNS = "ID, KIND, ACTIVITY_ID, CITY, CREATED_AT, CUSTOM_VALUES, DISPLAY_NAME, EMAIL, " //$NON-NLS-1$
			+ "IMPORT_RUN_ID, INDUSTRY_ID, LIFECYCLE, LIFECYCLE_SINCE, MERGED_INTO, NOTES, OWNER_ID, PHONE, REVISION, " //$NON-NLS-1$
			+ "SORT_KEY, SOURCE_ID, TERRITORY_ID, TYPE_ID, UPDATED_AT, VERSION, ORG_NAME, WEBSITE, FIRST_NAME, LAST_NAME"; //$NON-NLS-1$
	private static final int PARTY_COLUMN_COUNT = PARTY_COLUMNS.split(",").length; //$NON-NLS-1$

	/** Reads of each kind before the warm figure, by when the JIT has compiled both paths. */
	private static final int WARM_READS = 60_000;

	/**
	 * {@code find(id)} of random uncached ids against the limit: one prepared statement on one open
	 * connection (autocommit, Derby's default isolation, like EclipseLink's pooled connections)
	 * reading the same columns of another random row, the two alternating. Measured twice: reads
	 * 2,001-4,000 after opening (the only figure until 2026-11-23), when EclipseLink's much longer path
	 * still runs mostly in the interpreter, and again once both are warm.
	 */
	private static void pointReads(Figures figures, JpaPartyService parties, Connection jdbc, long[] ids)
			throws SQLException {
		SplittableRandom random = new SplittableRandom(SEED);
		long[] ours = new long[SAMPLES];
		long[] raw = new long[SAMPLES];
		try (PreparedStatement find = jdbc.prepareStatement("SELECT " + PARTY_COLUMNS + " FROM PARTY WHERE ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
			pointReads(SAMPLES, parties, find, ids, random, null, null); // warms up both
			pointReads(SAMPLES, parties, find, ids, random, ours, raw);
			figures.latency("find a party by id, reads 2,001-4,000", ours, raw); //$NON-NLS-1$
			figures.latency("  the limit: the same columns by raw JDBC", raw, null); //$NON-NLS-1$
			pointReads(WARM_READS - 2 * SAMPLES, parties, find, ids, random, null, null);
			pointReads(SAMPLES, parties, find, ids, random, ours, raw);
			figures.latency(String.format(Locale.ROOT, "find a party by id, warm (after %,d)", WARM_READS), ours, raw); //$NON-NLS-1$
			figures.latency("  the limit: the same columns by raw JDBC", raw, null); //$NON-NLS-1$
		}
	}

	/** {@code count} reads of each kind, random ids, times recorded in {@code ours} and {@code raw} if given. */
	private static void pointReads(int count, JpaPartyService parties, PreparedStatement find, long[] ids,
			SplittableRandom random, long[] ours, long[] raw) throws SQLException {
		for (int i = 0; i < count; i++) {
			long id = ids[random.nextInt(ids.length)];
			long start = System.nanoTime();
			find.setLong(1, id);
			try (ResultSet rs = find.executeQuery()) {
				while (rs.next()) {
					for (int column = 1; column <= PARTY_COLUMN_COUNT; column++) {
						rs.getObject(column);
					}
				}
			}
			long rawNanos = System.nanoTime() - start;
			id = ids[random.nextInt(ids.length)];
			start = System.nanoTime();
			parties.find(id).orElseThrow();
			long ourNanos = System.nanoTime() - start;
			if (ours != null) {
				ours[i] = ourNanos;
				raw[i] = rawNanos;
			}
		}
	}

	private static List<Person> samplePersons(JpaPartyService parties, long[] ids) {
		SplittableRandom random = new SplittableRandom(SEED + 1);
		List<Person> sample = new ArrayList<>();
		while (sample.size() < 300) {
			parties.find(ids[random.nextInt(ids.length)]).filter(Person.class::isInstance).map(Person.class::cast)
					.ifPresent(sample::add);
		}
		return sample;
	}

	private static void search(Figures figures, LuceneSearchIndex index, Connection jdbc, List<Person> sample)
			throws SQLException {
		// warm up: the first queries load the index files into the page cache
		for (Person p : sample) {
			index.search(new PartyQuery(p.getLastName(), null, 0, 50));
		}
		List<String> prefixes = sample.stream()
				.map(p -> Party.normalize(p.getFirstName()) + ' ' + Party.normalize(p.getLastName()).substring(0, 3))
				.toList();
		long[] raw = new long[prefixes.size()];
		try (PreparedStatement like = jdbc.prepareStatement("SELECT ID, KIND, DISPLAY_NAME, EMAIL, PHONE, CITY FROM PARTY " //$NON-NLS-1$
				+ "WHERE SORT_KEY LIKE ? ORDER BY SORT_KEY FETCH FIRST 50 ROWS ONLY")) { //$NON-NLS-1$
			for (int round = 0; round < 2; round++) {
				for (int i = 0; i < prefixes.size(); i++) {
					long start = System.nanoTime();
					like.setString(1, prefixes.get(i) + '%');
					try (ResultSet rs = like.executeQuery()) {
						while (rs.next()) {
							rs.getString(3);
						}
					}
					raw[i] = System.nanoTime() - start;
				}
			}
		}
		figures.latency("search 'first-name last-prefix' (top 50)", time(index, prefixes, 50), raw); //$NON-NLS-1$
		figures.latency("  same, a page of 200 rows (the list's page)", time(index, prefixes, 200), null); //$NON-NLS-1$
		figures.latency("search a last name with two typos (top 50)", //$NON-NLS-1$
				time(index, sample.stream().map(p -> typos(p.getLastName())).toList(), 50), null);
		figures.latency("search a name prefix while typing (4 letters)", //$NON-NLS-1$
				time(index, sample.stream().map(p -> p.getLastName().substring(0, Math.min(4, p.getLastName().length())))
						.toList(), 50),
				null);

		List<String> emails = sample.stream().map(Party::getEmail).toList();
		long[] rawEmail = new long[5];
		try (PreparedStatement like = jdbc.prepareStatement(
				"SELECT PARTY_ID FROM CONTACT_POINT WHERE LOWER(CONTACT_VALUE) LIKE ? FETCH FIRST 50 ROWS ONLY")) { //$NON-NLS-1$
			for (int i = 0; i < rawEmail.length; i++) {
				long start = System.nanoTime();
				like.setString(1, '%' + emails.get(i).substring(0, emails.get(i).indexOf('@')) + "@%"); //$NON-NLS-1$
				try (ResultSet rs = like.executeQuery()) {
					while (rs.next()) {
						rs.getLong(1);
					}
				}
				rawEmail[i] = System.nanoTime() - start;
			}
		}
		figures.latency("search an email (vs JDBC LIKE '%x%', no index fits)", time(index, emails, 50), rawEmail); //$NON-NLS-1$
		figures.latency("search a phone, last 6 digits typed with a space", //$NON-NLS-1$
				time(index, sample.stream().map(p -> {
					String phone = p.getPhone();
					return phone.substring(phone.length() - 7);
				}).toList(), 50), null);
		figures.latency("search city + first name, persons only", time(index, sample.stream() //$NON-NLS-1$
				.map(p -> p.getCity() + ' ' + p.getFirstName()).toList(), 50, PartyKind.PERSON), null);
		figures.latency("browse everyone by name, first page of 200", //$NON-NLS-1$
				time(index, java.util.Collections.nCopies(200, ""), 200), null); //$NON-NLS-1$
	}

	/** Two letters wrong in a word of six or more (the length that allows two typos). */
	private static String typos(String name) {
		String word = name.split(" ")[0]; //$NON-NLS-1$
		if (word.length() < 6) {
			return word;
		}
		char[] letters = word.toCharArray();
		for (int at : new int[] { 2, letters.length - 2 }) {
			letters[at] = letters[at] == 'x' ? 'y' : 'x';
		}
		return new String(letters);
	}

	private static long[] time(LuceneSearchIndex index, List<String> texts, int limit, PartyKind... kinds) {
		long[] nanos = new long[texts.size()];
		for (int i = 0; i < texts.size(); i++) {
			PartyQuery query = new PartyQuery(texts.get(i), kinds.length == 0 ? null : java.util.Set.of(kinds), 0,
					limit);
			long start = System.nanoTime();
			List<PartySummary> hits = index.search(query).hits();
			nanos[i] = System.nanoTime() - start;
			if (hits.isEmpty() && !texts.get(i).isEmpty()) {
				System.out.println("  (no hit for '" + texts.get(i) + "')"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return nanos;
	}

	/** An organization's people as its editor's table shows them, by JDBC: each row and its person's columns. */
	private static final String PEOPLE_ROWS = "SELECT a.ID, a.TITLE, a.SINCE_DATE, a.UNTIL_DATE, a.ROLE_ID, p.ID, " //$NON-NLS-1$
			+ "p.DISPLAY_NAME, p.EMAIL, p.PHONE, p.CITY FROM AFFILIATION a JOIN PARTY p ON p.ID = a.PERSON_ID "; //$NON-NLS-1$
	private static final String COUNT_PEOPLE = "SELECT COUNT(*) FROM AFFILIATION WHERE ORGANIZATION_ID = ?"; //$NON-NLS-1$

	/** Reads every row of a page of {@link #PEOPLE_ROWS} (each person's name), then closes it. */
	private static void readPeople(ResultSet rows) throws SQLException {
		try (ResultSet rs = rows) {
			while (rs.next()) {
				rs.getString(7);
			}
		}
	}

	/** Runs {@link #COUNT_PEOPLE} for {@code organization}. */
	private static void countPeople(PreparedStatement count, long organization) throws SQLException {
		count.setLong(1, organization);
		try (ResultSet rs = count.executeQuery()) {
			rs.next();
		}
	}

	/** What an organization editor reads when it opens: the first page of people by name, and the total. */
	private static void organizations(Figures figures, Database database, Connection jdbc) throws SQLException {
		String[] picks = { "HAVING COUNT(*) BETWEEN 9000 AND 12000 ORDER BY N", "ORDER BY N DESC" }; //$NON-NLS-1$ //$NON-NLS-2$
		for (String pick : picks) {
			long organization;
			long size;
			try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery("SELECT ORGANIZATION_ID, COUNT(*) AS N " //$NON-NLS-1$
					+ "FROM AFFILIATION GROUP BY ORGANIZATION_ID " + pick + " FETCH FIRST 1 ROWS ONLY")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (!rs.next()) {
					continue;
				}
				organization = rs.getLong(1);
				size = rs.getLong(2);
			}
			JpaAffiliationService affiliations = new JpaAffiliationService(database);
			long[] ours = new long[5];
			long[] raw = new long[5];
			try (PreparedStatement people = jdbc.prepareStatement(PEOPLE_ROWS + "WHERE a.ORGANIZATION_ID = ? " //$NON-NLS-1$
					+ "ORDER BY a.PERSON_SORT_KEY, a.ID FETCH FIRST 500 ROWS ONLY"); // the same index the service's query uses //$NON-NLS-1$
					PreparedStatement count = jdbc.prepareStatement(COUNT_PEOPLE)) {
				for (int round = 0; round < 2; round++) {
					for (int i = 0; i < ours.length; i++) {
						long start = System.nanoTime();
						people.setLong(1, organization);
						readPeople(people.executeQuery());
						countPeople(count, organization);
						raw[i] = System.nanoTime() - start;
						start = System.nanoTime();
						affiliations.peopleOf(organization, Period.ALL, 0, 500);
						ours[i] = System.nanoTime() - start;
					}
				}
			}
			figures.latency(String.format(Locale.ROOT, "open an organization of %,d people (500 + total)", size), //$NON-NLS-1$
					ours, raw);
			farPage(figures, affiliations, jdbc, organization, (int) size);
		}
	}

	/**
	 * The last page of an organization's people, as the table reads it when the user drags to the
	 * end; the limit reads the page's ids from the index, then those rows with their people, and the
	 * total. For context, one JDBC query with an offset, which joins every skipped row to its person
	 * (what the service did until 2026-11-24).
	 */
	private static void farPage(Figures figures, JpaAffiliationService affiliations, Connection jdbc, long organization,
			int size) throws SQLException {
		int offset = Math.max(0, size - 500);
		long[] ours = new long[5];
		long[] raw = new long[5];
		long[] oneQuery = new long[5];
		try (PreparedStatement ids = jdbc.prepareStatement("SELECT ID FROM AFFILIATION WHERE ORGANIZATION_ID = ? " //$NON-NLS-1$
				+ "ORDER BY PERSON_SORT_KEY, ID OFFSET ? ROWS FETCH NEXT 500 ROWS ONLY"); //$NON-NLS-1$
				PreparedStatement offsetPage = jdbc.prepareStatement(PEOPLE_ROWS + "WHERE a.ORGANIZATION_ID = ? " //$NON-NLS-1$
						+ "ORDER BY a.PERSON_SORT_KEY, a.ID OFFSET ? ROWS FETCH NEXT 500 ROWS ONLY"); //$NON-NLS-1$
				PreparedStatement count = jdbc.prepareStatement(COUNT_PEOPLE)) {
			for (int round = 0; round < 2; round++) { // the first round warms up all three
				for (int i = 0; i < ours.length; i++) {
					long start = System.nanoTime();
					List<Long> page = new ArrayList<>();
					ids.setLong(1, organization);
					ids.setInt(2, offset);
					try (ResultSet rs = ids.executeQuery()) {
						while (rs.next()) {
							page.add(rs.getLong(1));
						}
					}
					try (Statement rows = jdbc.createStatement()) {
						readPeople(rows.executeQuery(PEOPLE_ROWS + "WHERE a.ID IN " //$NON-NLS-1$
								+ page.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "(", ")")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								+ " ORDER BY a.PERSON_SORT_KEY, a.ID")); //$NON-NLS-1$
					}
					countPeople(count, organization);
					raw[i] = System.nanoTime() - start;
					start = System.nanoTime();
					offsetPage.setLong(1, organization);
					offsetPage.setInt(2, offset);
					readPeople(offsetPage.executeQuery());
					oneQuery[i] = System.nanoTime() - start;
					start = System.nanoTime();
					affiliations.peopleOf(organization, Period.ALL, offset, 500);
					ours[i] = System.nanoTime() - start;
				}
			}
		}
		figures.latency(String.format(Locale.ROOT, "  its last page (rows %,d-%,d, + total)", offset + 1, size), ours, //$NON-NLS-1$
				raw);
		figures.latency("  the same page by one JDBC query with an offset", oneQuery, null); //$NON-NLS-1$
	}

	/** From a committed edit to the edit being searchable. */
	private static void editToSearchable(Figures figures, JpaPartyService parties, LuceneSearchIndex index,
			List<Person> sample) {
		long[] nanos = new long[50];
		for (int i = 0; i < nanos.length; i++) {
			Person person = parties.findPerson(sample.get(i).getId()).orElseThrow();
			person.setNotes("benchmark edit " + i); //$NON-NLS-1$
			parties.update(person);
			long start = System.nanoTime();
			index.catchUp();
			nanos[i] = System.nanoTime() - start;
		}
		figures.latency("index catch-up after one edit", nanos, null); //$NON-NLS-1$
	}

	private static String megabytes(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
			return bytes / (1024 * 1024) + " MB"; //$NON-NLS-1$
		}
	}

	static void delete(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
	}
}
