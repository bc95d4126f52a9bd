package org.vinculo.core.network.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vinculo.core.network.internal.NetworkGraph.ACTIVE_CUSTOMER;
import static org.vinculo.core.network.internal.NetworkGraph.INVERSE;
import static org.vinculo.core.network.internal.NetworkGraph.ORGANIZATION;
import static org.vinculo.core.network.internal.NetworkGraph.PAST;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.vinculo.core.network.internal.IntroductionFinder.RankedPath;

/** Introductions on small networks whose answers are known, and against every simple path of random ones. */
class IntroductionFinderTest {

	static final int EMPLOYEE = 0;
	static final int FRIEND = 1;
	static final int SUPPLIER = 2;
	static final int CONSULTANT = 3;

	// the demo story
	static final long OURS = 100;
	static final long XYZ = 200;
	static final long MAREA = 300;
	static final long SUMINISTROS = 400;
	static final long ANA = 1;
	static final long PEPE = 2;

	/**
	 * We reach Empresa XYZ through our colleague Ana, a friend of Pepe, who
	 * supplies XYZ; and through Marea, the consultancy that does our
	 * marketing and consults for XYZ too.
	 */
	static NetworkGraph demo() {
		NetworkGraph.Builder b = NetworkGraph.builder(8, 8);
		b.node(OURS, ORGANIZATION).node(XYZ, ORGANIZATION).node(MAREA, ORGANIZATION).node(SUMINISTROS, ORGANIZATION);
		b.node(ANA, 0).node(PEPE, 0);
		b.link(ANA, OURS, EMPLOYEE, false);
		b.link(ANA, PEPE, FRIEND, false);
		b.link(PEPE, SUMINISTROS, EMPLOYEE, false);
		b.link(PEPE, XYZ, SUPPLIER, false);
		b.link(MAREA, OURS, CONSULTANT, false);
		b.link(MAREA, XYZ, CONSULTANT, false);
		return b.build();
	}

	@Test
	void bothIntroductionsToXyzRankedAsTheWeightsSay() {
		NetworkGraph g = demo();
		// defaults: every link 2.0, every person or company in between 0.5
		List<RankedPath> paths = IntroductionFinder.topPaths(g, CostModel.DEFAULT, OURS, XYZ, 5, 6);
		assertEquals(2, paths.size());
		assertPath(paths.get(0), 4.5, OURS, MAREA, XYZ);
		assertPath(paths.get(1), 7.0, OURS, ANA, PEPE, XYZ);

		// friendship, supply and employment count for much more than a consultancy
		CostModel personal = CostModel.DEFAULT.withSlotStrength(EMPLOYEE, 1).withSlotStrength(FRIEND, 1)
				.withSlotStrength(SUPPLIER, 1).withSlotStrength(CONSULTANT, 0.1);
		paths = IntroductionFinder.topPaths(g, personal, OURS, XYZ, 5, 6);
		assertEquals(2, paths.size());
		assertPath(paths.get(0), 3 + 2 * 0.5, OURS, ANA, PEPE, XYZ);
		assertEquals(2 * (1 + 2 * 0.9) + 0.5, paths.get(1).cost(), 1e-4);
		assertArrayEquals(new long[] { OURS, MAREA, XYZ }, paths.get(1).partyIds());
	}

	@Test
	void directionBitsAreAsWalked() {
		NetworkGraph g = demo();
		RankedPath there = IntroductionFinder.topPaths(g, CostModel.DEFAULT, OURS, XYZ, 5, 6).get(1);
		assertArrayEquals(new int[] { EMPLOYEE | INVERSE, FRIEND, SUPPLIER }, there.attrs());
		RankedPath back = IntroductionFinder.topPaths(g, CostModel.DEFAULT, XYZ, OURS, 5, 6).get(1);
		assertArrayEquals(new long[] { XYZ, PEPE, ANA, OURS }, back.partyIds());
		assertArrayEquals(new int[] { SUPPLIER | INVERSE, FRIEND | INVERSE, EMPLOYEE }, back.attrs());
		RankedPath viaMarea = IntroductionFinder.topPaths(g, CostModel.DEFAULT, OURS, XYZ, 1, 6).get(0);
		assertArrayEquals(new int[] { CONSULTANT | INVERSE, CONSULTANT }, viaMarea.attrs());
	}

	@Test
	void nothingWhenNoPathUnknownPartiesOrSameParty() {
		NetworkGraph.Builder b = NetworkGraph.builder(4, 4);
		b.node(1, 0).node(2, 0).node(3, 0).node(4, 0);
		b.link(1, 2, FRIEND, false);
		b.link(3, 4, FRIEND, false);
		NetworkGraph g = b.build();
		assertTrue(IntroductionFinder.topPaths(g, CostModel.DEFAULT, 1, 4, 5, 6).isEmpty());
		assertTrue(IntroductionFinder.topPaths(g, CostModel.DEFAULT, 1, 99, 5, 6).isEmpty());
		assertTrue(IntroductionFinder.topPaths(g, CostModel.DEFAULT, 99, 1, 5, 6).isEmpty());
		assertTrue(IntroductionFinder.topPaths(g, CostModel.DEFAULT, 1, 1, 5, 6).isEmpty());
		assertTrue(IntroductionFinder.topPaths(g, CostModel.DEFAULT, 1, 2, 0, 6).isEmpty());
		assertTrue(IntroductionFinder.topPaths(g, CostModel.DEFAULT, 1, 2, 5, 0).isEmpty());
		// a filtered-out type cuts the only link
		assertTrue(IntroductionFinder.topPaths(g, CostModel.DEFAULT.withSlotTraversable(FRIEND, false), 1, 2, 5, 6)
				.isEmpty());
	}

	@Test
	void directLinkComesFirst() {
		NetworkGraph.Builder b = NetworkGraph.builder(4, 4);
		b.node(1, 0).node(2, 0).node(3, ACTIVE_CUSTOMER);
		b.link(1, 2, FRIEND, false);
		b.link(1, 3, FRIEND, false);
		b.link(3, 2, FRIEND, false);
		List<RankedPath> paths = IntroductionFinder.topPaths(b.build(), CostModel.DEFAULT, 1, 2, 5, 6);
		assertEquals(2, paths.size());
		assertPath(paths.get(0), 2.0, 1, 2);
		assertArrayEquals(new int[] { FRIEND }, paths.get(0).attrs());
		assertPath(paths.get(1), 4.0, 1, 3, 2); // through a customer: no penalty
	}

	@Test
	void pathsAroundCyclesStaySimple() {
		// a wheel: hub 9 joined to a ring 1-2-3-4-5-6-1
		NetworkGraph.Builder b = NetworkGraph.builder(8, 16);
		for (long id = 1; id <= 6; id++) {
			b.node(id, 0);
		}
		b.node(9, ORGANIZATION);
		for (long id = 1; id <= 6; id++) {
			b.link(id, id % 6 + 1, FRIEND, false);
			b.link(id, 9, EMPLOYEE, false);
		}
		NetworkGraph g = b.build();
		List<RankedPath> paths = IntroductionFinder.topPaths(g, CostModel.DEFAULT, 1, 4, 100, 10);
		assertEquals(BruteForcePaths.topPaths(g, CostModel.DEFAULT, 1, 4, 100, 10), paths);
		assertTrue(paths.size() > 10);
		Set<String> distinct = new HashSet<>();
		for (RankedPath path : paths) {
			Set<Long> seen = new HashSet<>();
			for (long id : path.partyIds()) {
				assertTrue(seen.add(id), "simple: " + path);
			}
			assertTrue(distinct.add(java.util.Arrays.toString(path.partyIds())), "distinct: " + path);
		}
		assertPath(paths.get(0), 4.5, 1, 9, 4);
	}

	@Test
	void pastLinksRankBelowCurrentOnes() {
		NetworkGraph.Builder b = NetworkGraph.builder(4, 4);
		b.node(1, ORGANIZATION).node(2, 0).node(3, 0).node(4, 0);
		b.link(2, 1, EMPLOYEE, true); // a former employee
		b.link(3, 1, EMPLOYEE, false);
		b.link(2, 4, FRIEND, false);
		b.link(3, 4, FRIEND, false);
		// and two links between the same pair: the current one is used
		b.link(1, 4, CONSULTANT, true);
		b.link(1, 4, CONSULTANT, false);
		NetworkGraph g = b.build();
		List<RankedPath> paths = IntroductionFinder.topPaths(g, CostModel.DEFAULT, 1, 4, 5, 6);
		assertEquals(3, paths.size());
		assertPath(paths.get(0), 2.0, 1, 4);
		assertArrayEquals(new int[] { CONSULTANT }, paths.get(0).attrs());
		assertPath(paths.get(1), 4.5, 1, 3, 4);
		assertPath(paths.get(2), 6.0, 1, 2, 4);
		assertArrayEquals(new int[] { EMPLOYEE | INVERSE | PAST, FRIEND }, paths.get(2).attrs());
		// past links not walked at all
		paths = IntroductionFinder.topPaths(g, CostModel.DEFAULT.withPastTraversable(false), 1, 4, 5, 6);
		assertEquals(2, paths.size());
	}

	@Test
	void maxHopsIsRespectedEvenWhenTheCheapestPathIsLonger() {
		// 1-2-3-4-5 of strong links, and 1-6-5 of weak ones
		NetworkGraph.Builder b = NetworkGraph.builder(8, 8);
		for (long id = 1; id <= 6; id++) {
			b.node(id, ACTIVE_CUSTOMER);
		}
		for (long id = 1; id < 5; id++) {
			b.link(id, id + 1, FRIEND, false);
		}
		b.link(1, 6, SUPPLIER, false);
		b.link(6, 5, SUPPLIER, false);
		NetworkGraph g = b.build();
		CostModel m = CostModel.DEFAULT.withSlotStrength(FRIEND, 1).withSlotStrength(SUPPLIER, 0);
		List<RankedPath> four = IntroductionFinder.topPaths(g, m, 1, 5, 5, 4);
		assertEquals(2, four.size());
		assertPath(four.get(0), 4.0, 1, 2, 3, 4, 5);
		assertPath(four.get(1), 6.0, 1, 6, 5);
		List<RankedPath> three = IntroductionFinder.topPaths(g, m, 1, 5, 5, 3);
		assertEquals(1, three.size());
		assertPath(three.get(0), 6.0, 1, 6, 5);
		assertTrue(IntroductionFinder.topPaths(g, m, 1, 5, 5, 1).isEmpty());
	}

	@Test
	void aDearerShorterWayToAPartyInBetweenIsKeptForTheHopLimit() {
		// to 4 cheaply in three links (1-2-3-4, cost 3) or dearly in two (1-7-4, an ended link first: 5.5);
		// then on to 6 through 5
		NetworkGraph.Builder b = NetworkGraph.builder(8, 8);
		for (long id = 1; id <= 7; id++) {
			b.node(id, ACTIVE_CUSTOMER);
		}
		b.link(1, 2, FRIEND, false);
		b.link(2, 3, FRIEND, false);
		b.link(3, 4, FRIEND, false);
		b.link(1, 7, SUPPLIER, true);
		b.link(7, 4, FRIEND, false);
		b.link(4, 5, FRIEND, false);
		b.link(5, 6, FRIEND, false);
		NetworkGraph g = b.build();
		CostModel m = CostModel.DEFAULT.withSlotStrength(FRIEND, 1).withSlotStrength(SUPPLIER, 0);
		for (boolean guided : new boolean[] { true, false }) {
			List<RankedPath> five = guided ? IntroductionFinder.topPaths(g, m, 1, 6, 5, 5) : unguided(g, m, 1, 6, 5, 5);
			assertEquals(2, five.size());
			assertPath(five.get(0), 5.0, 1, 2, 3, 4, 5, 6);
			assertPath(five.get(1), 7.5, 1, 7, 4, 5, 6);
			List<RankedPath> four = guided ? IntroductionFinder.topPaths(g, m, 1, 6, 5, 4) : unguided(g, m, 1, 6, 5, 4);
			assertEquals(1, four.size());
			assertPath(four.get(0), 7.5, 1, 7, 4, 5, 6);
			four = guided ? IntroductionFinder.topPaths(g, m, 6, 1, 5, 4) : unguided(g, m, 6, 1, 5, 4);
			assertEquals(1, four.size());
			assertPath(four.get(0), 7.5, 6, 5, 4, 7, 1);
		}
	}

	@Test
	void fewerPathsThanAskedForAreAllReturned() {
		NetworkGraph g = demo();
		assertEquals(2, IntroductionFinder.topPaths(g, CostModel.DEFAULT, OURS, XYZ, 50, 6).size());
		assertEquals(1, IntroductionFinder.topPaths(g, CostModel.DEFAULT, OURS, XYZ, 1, 6).size());
		assertEquals(1, IntroductionFinder.topPaths(g, CostModel.DEFAULT, OURS, XYZ, 50, 2).size());
	}

	@Test
	void customersInBetweenAndStrongerLinksRankHigher() {
		// 1 reaches 9 through 2, 3 or 4; 3 is a customer, 4 is linked strongly
		NetworkGraph.Builder b = NetworkGraph.builder(8, 8);
		b.node(1, ORGANIZATION).node(2, 0).node(3, ACTIVE_CUSTOMER).node(4, 0).node(9, 0);
		b.link(1, 2, FRIEND, false);
		b.link(2, 9, FRIEND, false);
		b.link(1, 3, FRIEND, false);
		b.link(3, 9, FRIEND, false);
		b.link(1, 4, SUPPLIER, false);
		b.link(4, 9, SUPPLIER, false);
		NetworkGraph g = b.build();
		CostModel m = CostModel.DEFAULT.withSlotStrength(SUPPLIER, 0.75);
		List<RankedPath> paths = IntroductionFinder.topPaths(g, m, 1, 9, 5, 6);
		assertPath(paths.get(0), 3.0 + 0.5, 1, 4, 9);
		assertPath(paths.get(1), 4.0, 1, 3, 9);
		assertPath(paths.get(2), 4.5, 1, 2, 9);
		// without the customer discount, 2 and 3 tie and the smaller id comes first
		paths = IntroductionFinder.topPaths(g, m.withNonCustomerPenalty(0), 1, 9, 5, 6);
		assertPath(paths.get(0), 3.0, 1, 4, 9);
		assertPath(paths.get(1), 4.0, 1, 2, 9);
		assertPath(paths.get(2), 4.0, 1, 3, 9);
	}

	@Test
	void tiesAreBrokenByHopsThenIds() {
		// 1 to 9 through 5, 3 or 7 (all cost 4 + 0.5) and directly through a weak link costing 4.5
		NetworkGraph.Builder b = NetworkGraph.builder(8, 8);
		b.node(1, 0).node(9, 0).node(7, 0).node(5, 0).node(3, 0);
		for (long middle : new long[] { 7, 3, 5 }) {
			b.link(1, middle, FRIEND, false);
			b.link(middle, 9, FRIEND, false);
		}
		b.link(9, 1, SUPPLIER, true);
		CostModel m = CostModel.DEFAULT.withSlotStrength(SUPPLIER, 1).withPastPenalty(3.5);
		List<RankedPath> paths = IntroductionFinder.topPaths(b.build(), m, 1, 9, 3, 6);
		assertEquals(3, paths.size());
		assertPath(paths.get(0), 4.5, 1, 9);
		assertArrayEquals(new int[] { SUPPLIER | INVERSE | PAST }, paths.get(0).attrs());
		assertPath(paths.get(1), 4.5, 1, 3, 9);
		assertPath(paths.get(2), 4.5, 1, 5, 9);
	}

	@Test
	void agreesWithEverySimplePathOfRandomNetworks() {
		Random random = new Random(20240611);
		int compared = 0;
		PathSearch growing = new PathSearch(true, 1);
		int pauses = 0;
		for (int round = 0; round < 200; round++) {
			// every other network sparse, so that paths are long and the hop limit bites; every fourth
			// with parties of three links or more taken as hubs
			NetworkGraph g = randomGraph(random, 10 + random.nextInt(6), round % 2 == 0 ? 0.6 : 2.0,
					round % 4 < 2 ? 3 : NetworkGraph.HUB);
			CostModel m = randomModel(random);
			if (round % 3 == 0) {
				// strong and weak links far apart, nobody costs anything to go through: cheap long detours
				m = m.withNonCustomerPenalty(0).withHopCost(0.25).withTypeWeight(4);
			}
			for (int query = 0; query < 4; query++) {
				long from = g.idAt(random.nextInt(g.nodeCount()));
				long to = g.idAt(random.nextInt(g.nodeCount()));
				for (int maxHops : new int[] { 2, 3, 4, 6 }) {
					List<RankedPath> expected = BruteForcePaths.topPaths(g, m, from, to, 5, maxHops);
					List<RankedPath> actual = IntroductionFinder.topPaths(g, m, from, to, 5, maxHops);
					assertEquals(expected, actual, "round " + round + ", " + from + " to " + to + ", " + maxHops
							+ " hops, " + m);
					// the same without the guidance of the target's ball: the labels alone must get it right
					assertEquals(expected, unguided(g, m, from, to, 5, maxHops), "unguided, round " + round);
					// and with a ball that starts at one party and grows under every spur search, which
					// pauses and goes on with the grown ball
					assertEquals(expected, search(growing, g, m, from, to, 5, maxHops), "growing ball, round " + round);
					pauses += growing.lastPauses;
					compared += expected.size();
				}
			}
		}
		assertTrue(compared > 2000, "enough paths compared: " + compared);
		assertTrue(pauses > 1000, "spur searches paused for the ball to grow: " + pauses);
	}

	@Test
	void agreesOnRandomNetworksWithEditsAndAfterCompaction() {
		Random random = new Random(7);
		for (int round = 0; round < 60; round++) {
			NetworkGraph g = randomGraph(random, 12, 2.0, round % 2 == 0 ? 3 : NetworkGraph.HUB);
			// re-link a few parties through the overlay, add one, remove one
			for (int edit = 0; edit < 3; edit++) {
				g = GraphEdits.relink(g, g.idAt(random.nextInt(g.nodeCount())), random);
			}
			g = GraphEdits.relink(GraphEdits.add(g, 1000 + round, random.nextInt(4)), 1000 + round, random);
			long removed = g.idAt(random.nextInt(g.nodeCount()));
			g = GraphEdits.remove(g, removed);
			NetworkGraph compacted = g.compacted();
			CostModel m = randomModel(random);
			for (int query = 0; query < 6; query++) {
				long from = g.idAt(random.nextInt(g.nodeCount()));
				long to = g.idAt(random.nextInt(g.nodeCount()));
				List<RankedPath> expected = BruteForcePaths.topPaths(g, m, from, to, 5, 5);
				assertEquals(expected, IntroductionFinder.topPaths(g, m, from, to, 5, 5), "round " + round);
				assertEquals(expected, IntroductionFinder.topPaths(compacted, m, from, to, 5, 5), "compacted " + round);
				assertEquals(expected, search(new PathSearch(true, 1), g, m, from, to, 5, 5), "growing ball " + round);
			}
		}
	}

	@Test
	void concurrentCallersGetTheSameAnswers() throws Exception {
		Random random = new Random(3);
		NetworkGraph g = randomGraph(random, 400);
		CostModel m = CostModel.DEFAULT;
		long[][] queries = new long[200][];
		List<List<RankedPath>> expected = new ArrayList<>();
		for (int i = 0; i < queries.length; i++) {
			queries[i] = new long[] { g.idAt(random.nextInt(g.nodeCount())), g.idAt(random.nextInt(g.nodeCount())) };
			expected.add(IntroductionFinder.topPaths(g, m, queries[i][0], queries[i][1], 5, 6));
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int t = 0; t < 6; t++) {
				results.add(pool.submit(() -> {
					for (int i = 0; i < queries.length; i++) {
						if (!expected.get(i).equals(IntroductionFinder.topPaths(g, m, queries[i][0], queries[i][1], 5, 6))) {
							return false;
						}
					}
					return true;
				}));
			}
			for (Future<Boolean> result : results) {
				assertTrue(result.get());
			}
		} finally {
			pool.shutdownNow();
		}
	}

	// --- helpers -------------------------------------------------------------

	/** The search as a plain hop-bounded Dijkstra from every spur, with no ball. */
	static List<RankedPath> unguided(NetworkGraph g, CostModel m, long fromId, long toId, int k, int maxHops) {
		return search(new PathSearch(false), g, m, fromId, toId, k, maxHops);
	}

	static List<RankedPath> search(PathSearch search, NetworkGraph g, CostModel m, long fromId, long toId, int k,
			int maxHops) {
		int from = g.indexOf(fromId);
		int to = g.indexOf(toId);
		if (from < 0 || to < 0 || from == to) {
			return List.of();
		}
		List<RankedPath> paths = new ArrayList<>();
		for (PathSearch.Found found : search.topPaths(g, m, from, to, k, maxHops)) {
			long[] ids = new long[found.nodes.length];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = g.idAt(found.nodes[i]);
			}
			paths.add(new RankedPath(ids, found.attrs, found.cost * CostModel.UNIT));
		}
		return paths;
	}

	static void assertPath(RankedPath path, double cost, long... ids) {
		assertArrayEquals(ids, path.partyIds(), path.toString());
		assertEquals(cost, path.cost(), 1e-4, path.toString());
	}

	/** Ids spread out and given in shuffled order; a few parallel links, past links, customers and organizations. */
	static NetworkGraph randomGraph(Random random, int nodes) {
		return randomGraph(random, nodes, 2.0, NetworkGraph.HUB);
	}

	/** With about {@code 1 + density} links per party; parties with {@code hub} links or more are hubs. */
	static NetworkGraph randomGraph(Random random, int nodes, double density, int hub) {
		long[] ids = new long[nodes];
		for (int i = 0; i < nodes; i++) {
			ids[i] = 1 + i * 37L + random.nextInt(30);
		}
		NetworkGraph.Builder b = NetworkGraph.builder(2, 2).hubDegree(hub);
		for (int i = nodes - 1; i >= 0; i--) {
			int j = random.nextInt(i + 1);
			long swap = ids[i];
			ids[i] = ids[j];
			ids[j] = swap;
			b.node(ids[i], (random.nextInt(3) == 0 ? ORGANIZATION : 0) | (random.nextInt(4) == 0 ? ACTIVE_CUSTOMER : 0));
		}
		int links = nodes + random.nextInt(1 + (int) (density * nodes));
		for (int l = 0; l < links; l++) {
			long from = ids[random.nextInt(nodes)];
			long to = random.nextInt(8) == 0 ? from + 1 : ids[random.nextInt(nodes)]; // some dropped
			b.link(from, to, random.nextInt(6), random.nextInt(5) == 0);
		}
		return b.build();
	}

	/** Strengths from a few values (many exact ties) or any value, sometimes a slot or past links not walked. */
	static CostModel randomModel(Random random) {
		CostModel m = CostModel.DEFAULT;
		boolean fewValues = random.nextBoolean();
		for (int slot = 0; slot < 6; slot++) {
			m = m.withSlotStrength(slot, fewValues ? 0.25 * (1 + random.nextInt(4)) : 0.05 + 0.95 * random.nextDouble());
		}
		if (random.nextInt(4) == 0) {
			m = m.withNonCustomerPenalty(random.nextInt(3) * 0.5);
		}
		if (random.nextInt(5) == 0) {
			m = m.withSlotTraversable(random.nextInt(6), false);
		}
		if (random.nextInt(6) == 0) {
			m = m.withPastTraversable(false);
		}
		if (random.nextInt(4) == 0) {
			m = m.withHopCost(0.25 + random.nextInt(8) * 0.25).withTypeWeight(random.nextInt(5) * 0.75);
		}
		return m;
	}
}
