package org.vinculo.core.network.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vinculo.core.network.internal.IntroductionFinderTest.EMPLOYEE;
import static org.vinculo.core.network.internal.IntroductionFinderTest.FRIEND;
import static org.vinculo.core.network.internal.IntroductionFinderTest.SUPPLIER;
import static org.vinculo.core.network.internal.NetworkGraph.INVERSE;
import static org.vinculo.core.network.internal.NetworkGraph.ORGANIZATION;
import static org.vinculo.core.network.internal.NetworkGraph.PAST;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What the network view draws around a party. */
class NeighbourhoodTest {

	private static final long ALL = -1L;

	/**
	 * Company 1000 with 30 employees (ids 1..30, the first of them also at
	 * company 2000); employee 1 is a friend of 100, who is a friend of 200;
	 * 2000 supplies 3000, and did supply 4000.
	 */
	private static NetworkGraph company() {
		NetworkGraph.Builder b = NetworkGraph.builder(64, 64);
		b.node(1000, ORGANIZATION).node(2000, ORGANIZATION).node(3000, ORGANIZATION).node(4000, ORGANIZATION);
		b.node(100, 0).node(200, 0);
		for (long id = 1; id <= 30; id++) {
			b.node(id, 0);
			b.link(id, 1000, EMPLOYEE, false);
		}
		b.link(1, 2000, EMPLOYEE, false);
		b.link(1, 100, FRIEND, false);
		b.link(100, 200, FRIEND, false);
		b.link(2000, 3000, SUPPLIER, false);
		b.link(2000, 4000, SUPPLIER, true);
		return b.build();
	}

	@Test
	void aLargeCompanyShowsAFewAndCountsTheRest() {
		Neighbourhood view = Neighbourhood.around(company(), 1000, 1, ALL, true, 5, 300);
		assertEquals(6, view.nodes().size());
		assertEquals(new Neighbourhood.Node(1000, ORGANIZATION, 0, 30), view.nodes().get(0));
		// the best connected first: 1 (three links), then the others by id
		assertEquals(List.of(1L, 2L, 3L, 4L, 5L), view.nodes().subList(1, 6).stream().map(Neighbourhood.Node::partyId).toList());
		assertEquals(5, view.links().size());
		for (Neighbourhood.Link link : view.links()) {
			assertEquals(1000, link.fromId());
			assertEquals(EMPLOYEE | INVERSE, link.attr(), "as seen from the company");
		}
		assertEquals(List.of(new Neighbourhood.Group(1000, EMPLOYEE, EMPLOYEE | INVERSE, 25)), view.groups());
		checkCounts(view, 1);
	}

	@Test
	void depthFiltersAndLimits() {
		NetworkGraph g = company();
		Neighbourhood one = Neighbourhood.around(g, 100, 1, ALL, true, 12, 300);
		assertEquals(Set.of(100L, 1L, 200L), ids(one));
		Neighbourhood two = Neighbourhood.around(g, 100, 2, ALL, true, 12, 300);
		assertEquals(Set.of(100L, 1L, 200L, 1000L, 2000L), ids(two));
		assertEquals(2, depthOf(two, 1000));
		Neighbourhood three = Neighbourhood.around(g, 100, 3, ALL, true, 12, 300);
		assertTrue(ids(three).containsAll(Set.of(3000L, 4000L, 2L)));
		assertEquals(3, depthOf(three, 3000));
		for (Neighbourhood view : List.of(one, two, three)) {
			checkCounts(view, view == one ? 1 : view == two ? 2 : 3);
		}

		// no friends shown: 100 stands alone
		long noFriends = ALL & ~(1L << FRIEND);
		Neighbourhood filtered = Neighbourhood.around(g, 100, 3, noFriends, true, 12, 300);
		assertEquals(Set.of(100L), ids(filtered));
		assertEquals(0, filtered.nodes().get(0).degree());

		// without ended links, 4000 is not reached
		Neighbourhood current = Neighbourhood.around(g, 2000, 1, ALL, false, 12, 300);
		assertEquals(Set.of(2000L, 1L, 3000L), ids(current));
		assertTrue(current.links().stream().noneMatch(link -> (link.attr() & PAST) != 0));
		checkCounts(current, 1);

		// at most 4 parties in all
		Neighbourhood small = Neighbourhood.around(g, 1000, 3, ALL, true, 12, 4);
		assertEquals(4, small.nodes().size());
		checkCounts(small, 3);

		assertTrue(Neighbourhood.around(g, 999, 2, ALL, true, 12, 300).nodes().isEmpty());
	}

	@Test
	void organizationsAndCurrentLinksComeFirst() {
		// person 1 at companies 2000 (current) and 1000, friend of 100; 4000 only through a past link of 2000
		Neighbourhood view = Neighbourhood.around(company(), 1, 1, ALL, true, 2, 300);
		assertEquals(Set.of(1L, 1000L, 2000L), ids(view));
		assertEquals(List.of(new Neighbourhood.Group(1, FRIEND, FRIEND, 1)), view.groups());
		Neighbourhood supplier = Neighbourhood.around(company(), 2000, 1, ALL, true, 1, 300);
		assertEquals(Set.of(2000L, 3000L), ids(supplier), "a current link before an ended one");
	}

	@Test
	void countsAddUpOnRandomNetworks() {
		Random random = new Random(11);
		for (int round = 0; round < 100; round++) {
			NetworkGraph g = IntroductionFinderTest.randomGraph(random, 20 + random.nextInt(60), 3.0,
					NetworkGraph.HUB);
			if (round % 3 == 0) {
				g = GraphEdits.remove(g, g.idAt(random.nextInt(g.nodeCount())));
			}
			long centre = g.idAt(random.nextInt(g.nodeCount()));
			if (g.indexOf(centre) < 0) {
				continue;
			}
			int depth = 1 + random.nextInt(3);
			long filter = random.nextBoolean() ? ALL : random.nextLong();
			Neighbourhood view = Neighbourhood.around(g, centre, depth, filter, random.nextBoolean(),
					1 + random.nextInt(6), 2 + random.nextInt(30));
			checkCounts(view, depth);
		}
	}

	/**
	 * Parties appear once, links join shown parties and appear once each, and
	 * for every party closer than the depth, its links drawn plus its groups
	 * make its degree.
	 */
	private static void checkCounts(Neighbourhood view, int depth) {
		Map<Long, Neighbourhood.Node> nodes = new HashMap<>();
		for (Neighbourhood.Node node : view.nodes()) {
			assertFalse(nodes.containsKey(node.partyId()), "once: " + node);
			nodes.put(node.partyId(), node);
			assertTrue(node.depth() <= depth);
		}
		Map<Long, Integer> drawn = new HashMap<>();
		for (Neighbourhood.Link link : view.links()) {
			assertTrue(nodes.containsKey(link.fromId()) && nodes.containsKey(link.toId()), "between shown parties");
			drawn.merge(link.fromId(), 1, Integer::sum);
			drawn.merge(link.toId(), 1, Integer::sum);
		}
		Map<Long, Integer> grouped = new HashMap<>();
		Set<String> groupKeys = new HashSet<>();
		for (Neighbourhood.Group group : view.groups()) {
			assertTrue(group.count() > 0);
			assertEquals(group.slot(), group.attrExample() & NetworkGraph.SLOT_MASK);
			assertTrue(groupKeys.add(group.parentId() + "/" + group.slot() + "/" + (group.attrExample() & INVERSE)),
					"one group per slot and direction");
			grouped.merge(group.parentId(), group.count(), Integer::sum);
		}
		for (Neighbourhood.Node node : view.nodes()) {
			int links = drawn.getOrDefault(node.partyId(), 0);
			int rest = grouped.getOrDefault(node.partyId(), 0);
			if (node.depth() < depth) {
				assertEquals(node.degree(), links + rest, "drawn plus grouped: " + node);
			} else {
				assertEquals(0, rest, "the outermost parties have no groups");
				assertTrue(links <= node.degree());
			}
		}
	}

	private static Set<Long> ids(Neighbourhood view) {
		Set<Long> ids = new HashSet<>();
		view.nodes().forEach(node -> ids.add(node.partyId()));
		return ids;
	}

	private static int depthOf(Neighbourhood view, long id) {
		return view.nodes().stream().filter(node -> node.partyId() == id).findFirst().orElseThrow().depth();
	}
}
