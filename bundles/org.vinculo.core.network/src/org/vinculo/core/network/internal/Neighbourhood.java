package org.vinculo.core.network.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the network view draws around a party: the parties within a few links,
 * few enough to read. A company of 30,000 people cannot be drawn person by
 * person, so every party shows at most a handful of its neighbours (the
 * organizations first, then the best connected people: the ones a user would
 * explore next) and sums up the rest by role or type ("+ 2,340 more employee
 * of"), and the whole view stops growing at a maximum number of parties.
 * <p>
 * Breadth first from the centre. The parties closer than {@code depth} links
 * to the centre are the "expanded" ones: every link of an expanded party (that
 * passes the filter) is either drawn as a {@link Link} between two shown
 * parties or counted in one of its {@link Group}s, so the two always add up
 * to its {@link Node#degree()}. Links between shown parties further out are
 * drawn too. The choice is deterministic.
 *
 * @param nodes  the shown parties, the centre first, in breadth-first order
 * @param links  one entry per link between two shown parties, with the
 *               attribute as seen from {@code fromId}
 * @param groups the links of expanded parties to parties not shown, counted by
 *               role or type and direction
 */
public record Neighbourhood(List<Node> nodes, List<Link> links, List<Group> groups) {

	/**
	 * A shown party; {@code depth} links from the centre, with {@code degree}
	 * links that pass the filter.
	 */
	public record Node(long partyId, int flags, int depth, int degree) {
	}

	/** A link between two shown parties; {@code attr} as seen from {@code fromId}. */
	public record Link(long fromId, long toId, int attr) {
	}

	/**
	 * {@code count} links of {@code parentId} in one slot and direction to
	 * parties not shown; {@code attrExample} is the attribute of one of them
	 * as seen from the parent (its {@link NetworkGraph#INVERSE} bit is the
	 * direction of them all; some may be past and some not).
	 */
	public record Group(long parentId, int slot, int attrExample, int count) {
	}

	/**
	 * The view around a party; empty if the graph does not know it.
	 *
	 * @param depth      1..3 links from the centre
	 * @param slotFilter bit i set: links of slot i are shown
	 * @param includePast whether links that have ended are shown
	 * @param maxPerNode the most neighbours shown individually per expanded party
	 * @param maxNodes   the most parties shown in all
	 */
	public static Neighbourhood around(NetworkGraph g, long centreId, int depth, long slotFilter, boolean includePast,
			int maxPerNode, int maxNodes) {
		int centre = g.indexOf(centreId);
		if (centre < 0 || maxNodes <= 0) {
			return new Neighbourhood(List.of(), List.of(), List.of());
		}
		int maxDepth = Math.max(1, Math.min(3, depth));
		Filter filter = new Filter(slotFilter, includePast);
		// node -> position in shown
		Map<Integer, Integer> shownAt = new HashMap<>();
		List<int[]> shown = new ArrayList<>(); // {node, depth}
		shownAt.put(centre, 0);
		shown.add(new int[] { centre, 0 });
		for (int next = 0; next < shown.size() && shown.size() < maxNodes; next++) {
			int node = shown.get(next)[0];
			int level = shown.get(next)[1];
			if (level >= maxDepth) {
				break; // breadth first: all the rest are as far
			}
			int room = Math.min(Math.max(0, maxPerNode), maxNodes - shown.size());
			for (int chosen : choose(g, filter, node, shownAt, room)) {
				shownAt.put(chosen, shown.size());
				shown.add(new int[] { chosen, level + 1 });
			}
		}
		List<Node> nodes = new ArrayList<>(shown.size());
		List<Link> links = new ArrayList<>();
		List<Group> groups = new ArrayList<>();
		for (int[] entry : shown) {
			int node = entry[0];
			boolean expanded = entry[1] < maxDepth;
			int[] degree = { 0 };
			// per slot and direction: count and an example attribute
			int[] counts = expanded ? new int[128] : null;
			int[] examples = expanded ? new int[128] : null;
			g.forEachNeighbour(node, (other, attr) -> {
				if (!filter.accepts(attr)) {
					return true;
				}
				degree[0]++;
				Integer at = shownAt.get(other);
				if (at != null) {
					// drawn once, from the end that comes first in the view
					if (shownAt.get(node) < at) {
						links.add(new Link(g.idAt(node), g.idAt(other), attr));
					}
				} else if (expanded) {
					int key = attr & (NetworkGraph.SLOT_MASK | NetworkGraph.INVERSE);
					if (counts[key]++ == 0) {
						examples[key] = attr;
					}
				}
				return true;
			});
			nodes.add(new Node(g.idAt(node), g.flags(node), entry[1], degree[0]));
			if (expanded) {
				for (int key = 0; key < 128; key++) {
					if (counts[key] > 0) {
						groups.add(new Group(g.idAt(node), key & NetworkGraph.SLOT_MASK, examples[key], counts[key]));
					}
				}
			}
		}
		return new Neighbourhood(List.copyOf(nodes), List.copyOf(links), List.copyOf(groups));
	}

	/**
	 * Up to {@code room} neighbours of a node not shown yet, best first:
	 * through a current link before only past ones, organizations before
	 * persons, more links before fewer, then smaller id.
	 */
	private static int[] choose(NetworkGraph g, Filter filter, int node, Map<Integer, Integer> shownAt, int room) {
		if (room <= 0) {
			return new int[0];
		}
		int[] candidates = new int[Math.max(1, g.degree(node))];
		boolean[] currentOf = new boolean[candidates.length];
		int[] count = { 0 };
		g.forEachNeighbour(node, (other, attr) -> {
			if (filter.accepts(attr) && !shownAt.containsKey(other) && count[0] < candidates.length) {
				currentOf[count[0]] = (attr & NetworkGraph.PAST) == 0;
				candidates[count[0]++] = other;
			}
			return true;
		});
		// one entry per neighbour (parallel links): current if any link is
		long[] keyed = new long[count[0]];
		for (int i = 0; i < count[0]; i++) {
			keyed[i] = ((long) candidates[i] << 1) | (currentOf[i] ? 1 : 0);
		}
		Arrays.sort(keyed);
		int distinct = 0;
		for (int i = 0; i < keyed.length; i++) {
			int other = (int) (keyed[i] >>> 1);
			if (distinct > 0 && (int) (keyed[distinct - 1] >>> 1) == other) {
				keyed[distinct - 1] |= keyed[i] & 1;
			} else {
				keyed[distinct++] = keyed[i];
			}
		}
		// keep the best `room` by a bounded insertion: rooms are small, hubs large
		int[] best = new int[Math.min(room, distinct)];
		boolean[] bestCurrent = new boolean[best.length];
		int kept = 0;
		for (int i = 0; i < distinct; i++) {
			int other = (int) (keyed[i] >>> 1);
			boolean current = (keyed[i] & 1) != 0;
			if (kept == best.length && !before(g, other, current, best[kept - 1], bestCurrent[kept - 1])) {
				continue;
			}
			int at = kept == best.length ? kept - 1 : kept++;
			while (at > 0 && before(g, other, current, best[at - 1], bestCurrent[at - 1])) {
				best[at] = best[at - 1];
				bestCurrent[at] = bestCurrent[at - 1];
				at--;
			}
			best[at] = other;
			bestCurrent[at] = current;
		}
		return best;
	}

	private static boolean before(NetworkGraph g, int a, boolean currentA, int b, boolean currentB) {
		if (currentA != currentB) {
			return currentA;
		}
		boolean organizationA = (g.flags(a) & NetworkGraph.ORGANIZATION) != 0;
		boolean organizationB = (g.flags(b) & NetworkGraph.ORGANIZATION) != 0;
		if (organizationA != organizationB) {
			return organizationA;
		}
		int degreeA = g.degree(a);
		int degreeB = g.degree(b);
		if (degreeA != degreeB) {
			return degreeA > degreeB;
		}
		return g.idAt(a) < g.idAt(b);
	}

	/** The links the view shows. */
	private record Filter(long slots, boolean includePast) {

		boolean accepts(int attr) {
			return (slots & (1L << (attr & NetworkGraph.SLOT_MASK))) != 0
					&& (includePast || (attr & NetworkGraph.PAST) == 0);
		}
	}
}
