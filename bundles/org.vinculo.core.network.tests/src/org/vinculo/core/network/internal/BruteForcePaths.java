package org.vinculo.core.network.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.vinculo.core.network.internal.IntroductionFinder.RankedPath;

/**
 * The answer {@link IntroductionFinder} must give, by listing every simple path
 * of a small graph: the reference the fast search is checked against. It uses
 * only the public queries of the graph and the model, and sums costs in
 * {@code double} from the start of the path, as a caller would.
 */
final class BruteForcePaths {

	private BruteForcePaths() {
	}

	/** The k first simple paths in (cost, hops, party ids, attributes) order. */
	static List<RankedPath> topPaths(NetworkGraph g, CostModel m, long fromId, long toId, int k, int maxHops) {
		int from = g.indexOf(fromId);
		int to = g.indexOf(toId);
		List<RankedPath> all = new ArrayList<>();
		if (from < 0 || to < 0 || from == to || k <= 0) {
			return all;
		}
		int[] path = new int[maxHops + 1];
		int[] walked = new int[maxHops];
		path[0] = from;
		walk(g, m, to, maxHops, path, walked, 0, 0.0, all);
		all.sort(ORDER);
		return all.size() > k ? new ArrayList<>(all.subList(0, k)) : all;
	}

	static final Comparator<RankedPath> ORDER = (a, b) -> {
		int c = Double.compare(a.cost(), b.cost());
		if (c != 0) {
			return c;
		}
		c = Integer.compare(a.hops(), b.hops());
		if (c != 0) {
			return c;
		}
		c = Arrays.compare(a.partyIds(), b.partyIds());
		return c != 0 ? c : Arrays.compare(a.attrs(), b.attrs());
	};

	private static void walk(NetworkGraph g, CostModel m, int to, int maxHops, int[] path, int[] walked, int hops,
			double cost, List<RankedPath> out) {
		if (hops == maxHops) {
			return;
		}
		int here = path[hops];
		for (int next : distinctNeighbours(g, here)) {
			boolean visited = false;
			for (int i = 0; i <= hops; i++) {
				visited |= path[i] == next;
			}
			if (visited) {
				continue;
			}
			int attr = cheapestAttr(g, m, here, next);
			if (attr < 0) {
				continue;
			}
			double step = m.linkCost(attr) + (next == to ? 0 : m.enterCost(g.flags(next)));
			path[hops + 1] = next;
			walked[hops] = attr;
			if (next == to) {
				long[] ids = new long[hops + 2];
				for (int i = 0; i < ids.length; i++) {
					ids[i] = g.idAt(path[i]);
				}
				out.add(new RankedPath(ids, Arrays.copyOf(walked, hops + 1), cost + step));
			} else {
				walk(g, m, to, maxHops, path, walked, hops + 1, cost + step, out);
			}
		}
	}

	private static int[] distinctNeighbours(NetworkGraph g, int node) {
		List<Integer> seen = new ArrayList<>();
		g.forEachNeighbour(node, (other, attr) -> {
			if (!seen.contains(other)) {
				seen.add(other);
			}
			return true;
		});
		return seen.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The cheapest traversable link from one node to the other as seen from the first; ties: smallest attribute. */
	private static int cheapestAttr(NetworkGraph g, CostModel m, int from, int to) {
		int[] best = { -1 };
		g.forEachNeighbour(from, (other, attr) -> {
			if (other == to && m.traversable(attr)) {
				if (best[0] < 0 || m.linkCost(attr) < m.linkCost(best[0])
						|| (m.linkCost(attr) == m.linkCost(best[0]) && attr < best[0])) {
					best[0] = attr;
				}
			}
			return true;
		});
		return best[0];
	}
}
