package org.vinculo.core.network.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Not a unit test: builds a network the size of a large customer's (1.2 M
 * parties, 200 k of them organizations, 2 M affiliations and 5 M
 * relationships, both heavy-tailed: a few organizations of 30 k people, a
 * few people with thousands of relationships) and prints how long the build
 * takes, how much memory the graph holds, and the latency of "find
 * introductions" (k = 5, 6 hops) between random organizations and parties.
 * Run with {@code java -Xmx2g}; arguments: [queries] [seed].
 */
public final class ScaleCheck {

	static final int ORGANIZATIONS = 200_000;
	static final int PERSONS = 1_000_000;
	static final int AFFILIATIONS = 2_000_000;
	static final int RELATIONSHIPS = 5_000_000;

	private ScaleCheck() {
	}

	public static void main(String[] args) {
		int queries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
		Network network = generate(seed);
		System.out.printf(Locale.ROOT, "generated %,d parties, %,d links%n", network.ids.length, network.from.length);

		System.gc();
		long heapBefore = usedHeap();
		long start = System.nanoTime();
		NetworkGraph.Builder builder = NetworkGraph.builder(network.ids.length, network.from.length);
		for (int i = 0; i < network.ids.length; i++) {
			builder.node(network.ids[i], network.flags[i]);
		}
		for (int l = 0; l < network.from.length; l++) {
			builder.link(network.from[l], network.to[l], network.slots[l], network.past[l]);
		}
		NetworkGraph g = builder.build();
		double buildMillis = (System.nanoTime() - start) / 1e6;
		long dropped = builder.droppedLinks();
		builder = null;
		System.gc();
		System.gc();
		long graphHeap = usedHeap() - heapBefore; // the streamed rows are still held on both sides
		long[] ids = network.ids;
		int[] flags = network.flags;
		network = null;
		System.gc();
		System.gc();
		System.out.printf(Locale.ROOT, "build: %.0f ms (%,d nodes, %,d entries, %,d dropped)%n", buildMillis,
				g.nodeCount(), g.targets.length, dropped);
		System.out.printf(Locale.ROOT,
				"estimatedBytes: %.1f MB; heap the graph holds after GC: %.1f MB; whole heap used after GC: %.1f MB%n",
				g.estimatedBytes() / 1e6, graphHeap / 1e6, usedHeap() / 1e6);
		int maxDegree = 0;
		for (int node = 0; node < g.nodeCount(); node++) {
			maxDegree = Math.max(maxDegree, g.degree(node));
		}
		System.out.printf(Locale.ROOT, "largest degree: %,d%n", maxDegree);

		CostModel model = model(new SplittableRandom(seed + 1));
		SplittableRandom random = new SplittableRandom(seed + 2);
		long[] organizations = Arrays.stream(ids).filter(id -> (flags[g.indexOf(id)] & NetworkGraph.ORGANIZATION) != 0)
				.toArray();
		// warm up the compiler on other pairs
		run(g, model, organizations, ids, random, 300, false);
		run(g, model, organizations, ids, random, queries, true);

		// the same after a thousand edits in the overlay, then compacted
		SplittableRandom editing = new SplittableRandom(seed + 3);
		NetworkGraph edited = g;
		long editStart = System.nanoTime();
		for (int e = 0; e < 1000; e++) {
			edited = relinkOne(edited, ids[editing.nextInt(ids.length)], ids, editing);
		}
		System.out.printf(Locale.ROOT, "%n1,000 edits (both ends each): %.0f ms, overlay %,d parties%n",
				(System.nanoTime() - editStart) / 1e6, edited.overlaySize());
		run(edited, model, organizations, ids, new SplittableRandom(seed + 2), queries, true);
		long compactStart = System.nanoTime();
		NetworkGraph compacted = edited.compacted();
		System.out.printf(Locale.ROOT, "compacted: %.0f ms%n", (System.nanoTime() - compactStart) / 1e6);
		if (compacted.nodeCount() < 0) {
			System.out.println(); // keep it reachable
		}
	}

	private static void run(NetworkGraph g, CostModel model, long[] organizations, long[] ids, SplittableRandom random,
			int queries, boolean report) {
		long[] nanos = new long[queries];
		int found = 0;
		int empty = 0;
		long expanded = 0;
		long scanned = 0;
		long spurs = 0;
		long worstScanned = 0;
		for (int q = 0; q < queries; q++) {
			long from = organizations[random.nextInt(organizations.length)];
			long to = ids[random.nextInt(ids.length)];
			long start = System.nanoTime();
			List<IntroductionFinder.RankedPath> paths = IntroductionFinder.topPaths(g, model, from, to, 5, 6);
			nanos[q] = System.nanoTime() - start;
			long[] counters = IntroductionFinder.lastCounters();
			expanded += counters[0];
			scanned += counters[1];
			spurs += counters[2];
			worstScanned = Math.max(worstScanned, counters[1]);
			found += paths.size();
			if (paths.isEmpty()) {
				empty++;
			}
		}
		if (!report) {
			return;
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT,
				"topPaths k=5 maxHops=6 over %,d (organization, party) pairs: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms%n",
				queries, nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.95)] / 1e6,
				nanos[(int) (queries * 0.99)] / 1e6, nanos[queries - 1] / 1e6,
				Arrays.stream(nanos).average().orElse(0) / 1e6);
		System.out.printf(Locale.ROOT,
				"  %.2f paths a query, %d with none; per query: %,d labels expanded, %,d entries read (worst %,d), %.1f spur searches%n",
				found / (double) queries, empty, expanded / queries, scanned / queries, worstScanned,
				spurs / (double) queries);
	}

	/** Gives a party new links to a few random parties, and reads its old and new neighbours again. */
	private static NetworkGraph relinkOne(NetworkGraph g, long partyId, long[] ids, SplittableRandom random) {
		int links = 1 + random.nextInt(4);
		long[] others = new long[links];
		byte[] attrs = new byte[links];
		for (int i = 0; i < links; i++) {
			others[i] = ids[random.nextInt(ids.length)];
			attrs[i] = (byte) (8 + random.nextInt(20));
		}
		long[] old = GraphEdits.entriesOf(g, partyId).stream().mapToLong(entry -> entry[0]).toArray();
		g = g.withParty(partyId, g.flags(g.indexOf(partyId)), others, attrs);
		for (long neighbour : old) {
			List<long[]> entries = GraphEdits.entriesOf(g, neighbour);
			entries.removeIf(entry -> entry[0] == partyId);
			g = GraphEdits.set(g, neighbour, g.flags(g.indexOf(neighbour)), entries);
		}
		for (int i = 0; i < links; i++) {
			List<long[]> entries = GraphEdits.entriesOf(g, others[i]);
			entries.removeIf(entry -> entry[0] == partyId);
			for (int j = 0; j < links; j++) {
				if (others[j] == others[i]) {
					entries.add(new long[] { partyId, (attrs[j] & 0xFF) ^ NetworkGraph.INVERSE });
				}
			}
			g = GraphEdits.set(g, others[i], g.flags(g.indexOf(others[i])), entries);
		}
		return g;
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/** Strengths as an administrator might set them: employment and friendship strong, acquaintance weak. */
	static CostModel model(SplittableRandom random) {
		double[] strengths = new double[64];
		for (int slot = 0; slot < 64; slot++) {
			strengths[slot] = 0.2 + 0.8 * random.nextDouble();
		}
		strengths[0] = 0.8; // employee
		return CostModel.of(1.0, 2.0, 1.5, 0.5, strengths);
	}

	/** The streamed rows: parties in id order (as the database reads them), links in no particular order. */
	static final class Network {

		long[] ids;
		int[] flags;
		long[] from;
		long[] to;
		int[] slots;
		boolean[] past;
	}

	static Network generate(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int parties = ORGANIZATIONS + PERSONS;
		Network network = new Network();
		network.ids = new long[parties];
		network.flags = new int[parties];
		// sparse ids up to 10^10, ascending; kinds and customers at random
		long spacing = 10_000_000_000L / parties;
		for (int i = 0; i < parties; i++) {
			network.ids[i] = 1 + i * spacing + random.nextLong(spacing - 1);
		}
		int[] order = shuffled(parties, random);
		int[] organizations = Arrays.copyOf(order, ORGANIZATIONS); // indices into ids
		int[] persons = Arrays.copyOfRange(order, ORGANIZATIONS, parties);
		for (int o : organizations) {
			network.flags[o] = NetworkGraph.ORGANIZATION;
		}
		for (int i = 0; i < parties; i++) {
			if (random.nextInt(10) == 0) {
				network.flags[i] |= NetworkGraph.ACTIVE_CUSTOMER;
			}
		}
		int links = AFFILIATIONS + RELATIONSHIPS;
		network.from = new long[links];
		network.to = new long[links];
		network.slots = new int[links];
		network.past = new boolean[links];
		// affiliations: any person, organizations by a Zipf law (the largest about 38 k people)
		double[] organizationLaw = zipf(ORGANIZATIONS, 0.8);
		int l = 0;
		for (int a = 0; a < AFFILIATIONS; a++, l++) {
			network.from[l] = network.ids[persons[random.nextInt(PERSONS)]];
			network.to[l] = network.ids[organizations[draw(organizationLaw, random)]];
			int roll = random.nextInt(100);
			network.slots[l] = roll < 60 ? 0 : 1 + roll % 7;
			network.past[l] = random.nextInt(5) == 0;
		}
		// relationships: people by a Zipf law (a few with thousands), some with or between organizations
		double[] personLaw = zipf(PERSONS, 0.5);
		for (int r = 0; r < RELATIONSHIPS; r++, l++) {
			int roll = random.nextInt(100);
			int a = persons[draw(personLaw, random)];
			int b;
			if (roll < 85) {
				b = persons[draw(personLaw, random)];
			} else if (roll < 95) {
				b = organizations[random.nextInt(ORGANIZATIONS)];
			} else {
				a = organizations[random.nextInt(ORGANIZATIONS)];
				b = organizations[random.nextInt(ORGANIZATIONS)];
			}
			network.from[l] = network.ids[a];
			network.to[l] = network.ids[b];
			network.slots[l] = 8 + random.nextInt(24);
			network.past[l] = random.nextInt(10) == 0;
		}
		return network;
	}

	private static int[] shuffled(int n, SplittableRandom random) {
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		return order;
	}

	/** The cumulative distribution of ranks 1..n with weight rank^-exponent. */
	private static double[] zipf(int n, double exponent) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += Math.pow(i + 1, -exponent);
			cumulative[i] = sum;
		}
		for (int i = 0; i < n; i++) {
			cumulative[i] /= sum;
		}
		return cumulative;
	}

	private static int draw(double[] cumulative, SplittableRandom random) {
		int at = Arrays.binarySearch(cumulative, random.nextDouble());
		return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
	}
}
