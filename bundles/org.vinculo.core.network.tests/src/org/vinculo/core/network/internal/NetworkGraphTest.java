package org.vinculo.core.network.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vinculo.core.network.internal.IntroductionFinderTest.ANA;
import static org.vinculo.core.network.internal.IntroductionFinderTest.CONSULTANT;
import static org.vinculo.core.network.internal.IntroductionFinderTest.EMPLOYEE;
import static org.vinculo.core.network.internal.IntroductionFinderTest.FRIEND;
import static org.vinculo.core.network.internal.IntroductionFinderTest.MAREA;
import static org.vinculo.core.network.internal.IntroductionFinderTest.OURS;
import static org.vinculo.core.network.internal.IntroductionFinderTest.PEPE;
import static org.vinculo.core.network.internal.IntroductionFinderTest.SUPPLIER;
import static org.vinculo.core.network.internal.IntroductionFinderTest.XYZ;
import static org.vinculo.core.network.internal.IntroductionFinderTest.assertPath;
import static org.vinculo.core.network.internal.NetworkGraph.ACTIVE_CUSTOMER;
import static org.vinculo.core.network.internal.NetworkGraph.INVERSE;
import static org.vinculo.core.network.internal.NetworkGraph.ORGANIZATION;
import static org.vinculo.core.network.internal.NetworkGraph.PAST;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vinculo.core.network.internal.IntroductionFinder.RankedPath;

/** The graph as built from streamed rows and as edited party by party. */
class NetworkGraphTest {

	@Test
	void buildsFromRowsInAnyOrder() {
		NetworkGraph.Builder b = NetworkGraph.builder(1, 1); // grows
		b.link(30, 10, FRIEND, false); // before its ends: kept until the build
		b.node(30, 0).node(10_000_000_000L, ORGANIZATION).node(10, ACTIVE_CUSTOMER).node(20, 0);
		b.node(20, ACTIVE_CUSTOMER); // again: replaces the flags
		b.link(20, 10_000_000_000L, EMPLOYEE, true);
		b.link(10, 10, FRIEND, false); // a self-link: ignored
		b.link(10, 99, FRIEND, false); // an unknown end: dropped
		b.link(98, 99, FRIEND, false);
		NetworkGraph g = b.build();
		assertEquals(2, b.droppedLinks());
		assertEquals(4, g.nodeCount());
		for (int node = 0; node < 4; node++) {
			assertEquals(new long[] { 10, 20, 30, 10_000_000_000L }[node], g.idAt(node), "ids ascending");
			assertEquals(node, g.indexOf(g.idAt(node)));
		}
		assertEquals(-1, g.indexOf(99));
		assertEquals(-1, g.indexOf(15));
		assertEquals(ACTIVE_CUSTOMER, g.flags(g.indexOf(20)));
		assertEquals(ORGANIZATION, g.flags(g.indexOf(10_000_000_000L)));
		assertEquals(List.of("10=" + FRIEND), entries(g, 30)); // at its source: the slot
		assertEquals(List.of("30=" + (FRIEND | INVERSE)), entries(g, 10)); // at its target: inverse
		assertEquals(List.of("10000000000=" + (EMPLOYEE | PAST)), entries(g, 20));
		assertEquals(List.of("20=" + (EMPLOYEE | PAST | INVERSE)), entries(g, 10_000_000_000L));
		assertEquals(1, g.degree(g.indexOf(10)));
		assertThrows(IllegalStateException.class, () -> b.node(5, 0));
		assertThrows(IllegalArgumentException.class, () -> NetworkGraph.builder(1, 1).node(0, 0));
		assertThrows(IllegalArgumentException.class, () -> NetworkGraph.builder(1, 1).link(1, 2, 64, false));
	}

	@Test
	void theStreamOrderDoesNotMatter() {
		Random random = new Random(5);
		long[][] links = new long[3000][];
		for (int l = 0; l < links.length; l++) {
			links[l] = new long[] { 1 + random.nextInt(500) * 1000L, 1 + random.nextInt(500) * 1000L, random.nextInt(64),
					random.nextInt(3) };
		}
		NetworkGraph inOrder = build(links, false, NetworkGraph.HUB);
		NetworkGraph shuffled = build(links, true, NetworkGraph.HUB);
		NetworkGraph hubs = build(links, true, 4); // entries of most parties sorted by attribute
		assertEquals(GraphEdits.describe(inOrder), GraphEdits.describe(shuffled));
		assertEquals(GraphEdits.describe(inOrder), GraphEdits.describe(hubs));
		int node = hubs.indexOf(links[0][0]);
		int[] previous = { -1 };
		hubs.forEachNeighbour(node, (other, attr) -> {
			assertTrue(attr >= previous[0], "a hub's entries come by attribute");
			previous[0] = attr;
			return true;
		});
	}

	private static NetworkGraph build(long[][] links, boolean shuffle, int hub) {
		List<Long> ids = new ArrayList<>();
		for (long id = 1; id <= 500_000; id += 1000) {
			ids.add(id);
		}
		List<long[]> rows = new ArrayList<>(Arrays.asList(links));
		if (shuffle) {
			java.util.Collections.shuffle(ids, new Random(1));
			java.util.Collections.shuffle(rows, new Random(2));
		}
		NetworkGraph.Builder b = NetworkGraph.builder(10, 10).hubDegree(hub);
		for (long id : ids) {
			b.node(id, (int) (id % 4));
		}
		for (long[] row : rows) {
			b.link(row[0], row[1], (int) row[2], row[3] == 0);
		}
		return b.build();
	}

	@Test
	void idsSortLikeArraysSort() {
		Random random = new Random(9);
		for (int size : new int[] { 0, 1, 2, 1000, 100_000 }) {
			long[] keys = new long[size];
			int[] values = new int[size];
			for (int i = 0; i < size; i++) {
				keys[i] = 1 + (random.nextLong() >>> 1) % (i % 2 == 0 ? 10_000_000_000L : Long.MAX_VALUE - 1);
				values[i] = i;
			}
			long[] expected = keys.clone();
			Arrays.sort(expected);
			long[] original = keys.clone();
			NetworkGraph.sortByKey(keys, values);
			assertArrayEquals(expected, keys);
			for (int i = 0; i < size; i++) {
				assertEquals(original[values[i]], keys[i], "values follow their keys");
			}
		}
	}

	@Test
	void editsMakeNewGraphsAndLeaveTheOldOnesAlone() {
		NetworkGraph before = IntroductionFinderTest.demo();
		assertEquals(0, before.overlaySize());

		// a new party, linked to Ana at both ends
		NetworkGraph g = GraphEdits.add(before, 7, ACTIVE_CUSTOMER);
		g = GraphEdits.link(g, 7, ANA, FRIEND, false);
		assertEquals(before.nodeCount() + 1, g.nodeCount());
		assertEquals(-1, before.indexOf(7));
		assertEquals(g.nodeCount() - 1, g.indexOf(7));
		assertEquals(7, g.idAt(g.indexOf(7)));
		assertEquals(ACTIVE_CUSTOMER, g.flags(g.indexOf(7)));
		assertEquals(List.of(ANA + "=" + FRIEND), entries(g, 7));
		assertTrue(entries(g, ANA).contains(7 + "=" + (FRIEND | INVERSE)));
		assertFalse(entries(before, ANA).contains(7 + "=" + (FRIEND | INVERSE)));
		assertEquals(2, g.overlaySize());

		// entries towards unknown parties and the party itself are skipped
		NetworkGraph odd = g.withParty(7, 0, new long[] { 12345, 7, PEPE }, new byte[] { FRIEND, FRIEND, FRIEND });
		assertEquals(List.of(PEPE + "=" + FRIEND), entries(odd, 7));

		// removing Pepe: not found, no entries, and the others' entries towards him are skipped at once
		NetworkGraph removed = g.withoutParty(PEPE);
		assertEquals(-1, removed.indexOf(PEPE));
		assertFalse(removed.contains(g.indexOf(PEPE)));
		assertEquals(List.of(), entries(removed, PEPE));
		assertFalse(entries(removed, ANA).stream().anyMatch(entry -> entry.startsWith(PEPE + "=")));
		assertEquals(entries(g, ANA).size() - 1, removed.degree(removed.indexOf(ANA)));
		assertSame(removed, removed.withoutParty(PEPE));
		assertTrue(g.indexOf(PEPE) >= 0, "the old graph still has him");

		// he comes back with his old index
		NetworkGraph back = GraphEdits.link(GraphEdits.add(removed, PEPE, 0), PEPE, XYZ, SUPPLIER, false);
		assertEquals(g.indexOf(PEPE), back.indexOf(PEPE));

		// compaction keeps the contents, renumbers by id and drops the overlay
		for (NetworkGraph edited : new NetworkGraph[] { g, removed, back, odd }) {
			NetworkGraph compacted = edited.compacted();
			assertEquals(0, compacted.overlaySize());
			assertEquals(GraphEdits.describe(edited), GraphEdits.describe(compacted));
			for (int node = 1; node < compacted.nodeCount(); node++) {
				assertTrue(compacted.idAt(node - 1) < compacted.idAt(node));
			}
		}
		assertSame(before, before.compacted());
		assertTrue(g.estimatedBytes() > before.estimatedBytes());
	}

	@Test
	void introductionsFollowEditsAndOldReadersKeepTheirs() {
		NetworkGraph before = IntroductionFinderTest.demo();
		List<RankedPath> old = IntroductionFinder.topPaths(before, CostModel.DEFAULT, OURS, XYZ, 5, 6);
		assertEquals(2, old.size());

		// we start working with XYZ directly: a new first introduction
		NetworkGraph g = GraphEdits.link(before, XYZ, OURS, CONSULTANT, false);
		List<RankedPath> paths = IntroductionFinder.topPaths(g, CostModel.DEFAULT, OURS, XYZ, 5, 6);
		assertEquals(3, paths.size());
		assertPath(paths.get(0), 2.0, OURS, XYZ);
		assertArrayEquals(new int[] { CONSULTANT | INVERSE }, paths.get(0).attrs());
		assertEquals(old, IntroductionFinder.topPaths(before, CostModel.DEFAULT, OURS, XYZ, 5, 6), "old reader");
		assertEquals(paths, IntroductionFinder.topPaths(g.compacted(), CostModel.DEFAULT, OURS, XYZ, 5, 6));

		// Marea goes away (and its links with it)
		NetworkGraph withoutMarea = GraphEdits.remove(g, MAREA);
		paths = IntroductionFinder.topPaths(withoutMarea, CostModel.DEFAULT, OURS, XYZ, 5, 6);
		assertEquals(2, paths.size());
		assertPath(paths.get(1), 7.0, OURS, ANA, PEPE, XYZ);
		assertEquals(paths, IntroductionFinder.topPaths(withoutMarea.compacted(), CostModel.DEFAULT, OURS, XYZ, 5, 6));
		assertTrue(IntroductionFinder.topPaths(withoutMarea, CostModel.DEFAULT, OURS, MAREA, 5, 6).isEmpty());

		// Ana and Pepe become customers: no penalty for going through them
		NetworkGraph customers = before;
		for (long id : new long[] { ANA, PEPE }) {
			customers = GraphEdits.set(customers, id, ACTIVE_CUSTOMER, GraphEdits.entriesOf(customers, id));
		}
		paths = IntroductionFinder.topPaths(customers, CostModel.DEFAULT, OURS, XYZ, 5, 6);
		assertPath(paths.get(1), 6.0, OURS, ANA, PEPE, XYZ);
		assertEquals(paths, IntroductionFinder.topPaths(customers.compacted(), CostModel.DEFAULT, OURS, XYZ, 5, 6));
		assertNotEquals(old, paths);

		// the ended link between Ana and Pepe: dearer
		NetworkGraph ended = GraphEdits.link(GraphEdits.unlink(before, ANA, PEPE), ANA, PEPE, FRIEND, true);
		paths = IntroductionFinder.topPaths(ended, CostModel.DEFAULT, OURS, XYZ, 5, 6);
		assertPath(paths.get(1), 8.5, OURS, ANA, PEPE, XYZ);
		assertArrayEquals(new int[] { EMPLOYEE | INVERSE, FRIEND | PAST, SUPPLIER }, paths.get(1).attrs());
	}

	@Test
	void walksStopWhenAsked() {
		NetworkGraph g = IntroductionFinderTest.demo();
		int[] seen = { 0 };
		g.forEachNeighbour(g.indexOf(PEPE), (other, attr) -> ++seen[0] < 2);
		assertEquals(2, seen[0]);
		assertEquals(3, g.degree(g.indexOf(PEPE)));
	}

	private static List<String> entries(NetworkGraph g, long partyId) {
		List<String> entries = new ArrayList<>();
		for (long[] entry : GraphEdits.entriesOf(g, partyId)) {
			entries.add(entry[0] + "=" + entry[1]);
		}
		return entries;
	}
}
