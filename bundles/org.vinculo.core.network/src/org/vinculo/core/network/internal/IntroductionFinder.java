package org.vinculo.core.network.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * "Find introductions to X": the few best chains of people and organizations
 * from our own organization to a party, so that a salesperson sees whom to
 * ask, in order of how good an introduction each chain is likely to give
 * (see {@link CostModel}).
 * <p>
 * Paths are simple (no party twice) and have at most {@code maxHops} links;
 * between two consecutive parties the cheapest of their links is used (the
 * same two parties through another link would read as the same
 * introduction). Results come cheapest first; equal costs are ordered by
 * fewer links, then by the party ids from the start, so the same graph
 * always gives the same answer. The algorithm is described in
 * {@link PathSearch}.
 * <p>
 * Thread-safe: every call works on its own working memory, taken from a small
 * pool so that the per-node arrays (two ints per party) are not allocated per
 * call.
 */
public final class IntroductionFinder {

	/** Longer paths are not introductions; larger limits are lowered to this. */
	public static final int MAX_HOPS = PathSearch.MAX_HOPS;

	/** Working memories kept for reuse; more concurrent calls allocate and drop theirs. */
	private static final int POOLED = 4;
	private static final PathSearch[] POOL = new PathSearch[POOLED];
	private static int pooled;

	/**
	 * One introduction: {@code partyIds[0]} is the start, the last one the
	 * target; {@code attrs[i]} is the attribute of the link walked from
	 * {@code partyIds[i]} to {@code partyIds[i + 1]} as seen from
	 * {@code partyIds[i]} (so {@link NetworkGraph#INVERSE} tells the direction
	 * the link is read in); {@code cost} in the units of the {@link CostModel}.
	 */
	public record RankedPath(long[] partyIds, int[] attrs, double cost) {

		/** The number of links. */
		public int hops() {
			return attrs.length;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof RankedPath path && Arrays.equals(partyIds, path.partyIds)
					&& Arrays.equals(attrs, path.attrs) && Double.compare(cost, path.cost) == 0;
		}

		@Override
		public int hashCode() {
			return Objects.hash(Arrays.hashCode(partyIds), Arrays.hashCode(attrs), cost);
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder().append(partyIds[0]);
			for (int i = 0; i < attrs.length; i++) {
				text.append(" -").append(attrs[i] & NetworkGraph.SLOT_MASK); //$NON-NLS-1$
				if ((attrs[i] & NetworkGraph.INVERSE) != 0) {
					text.append('~');
				}
				if ((attrs[i] & NetworkGraph.PAST) != 0) {
					text.append('\'');
				}
				text.append("-> ").append(partyIds[i + 1]); //$NON-NLS-1$
			}
			return text.append(" (").append(cost).append(')').toString(); //$NON-NLS-1$
		}
	}

	private IntroductionFinder() {
	}

	/**
	 * The k cheapest simple paths from one party to another with at most
	 * maxHops links, cheapest first; empty when either party is unknown, they
	 * are the same, or nothing connects them within the hops.
	 */
	public static List<RankedPath> topPaths(NetworkGraph g, CostModel m, long fromId, long toId, int k, int maxHops) {
		Objects.requireNonNull(g, "g"); //$NON-NLS-1$
		Objects.requireNonNull(m, "m"); //$NON-NLS-1$
		if (k <= 0 || maxHops <= 0 || fromId == toId) {
			return List.of();
		}
		int from = g.indexOf(fromId);
		int to = g.indexOf(toId);
		if (from < 0 || to < 0) {
			return List.of();
		}
		PathSearch search = take();
		List<PathSearch.Found> found = search.topPaths(g, m, from, to, k, Math.min(maxHops, MAX_HOPS));
		give(search); // not on failure: its arrays may not be clean
		List<RankedPath> paths = new ArrayList<>(found.size());
		for (PathSearch.Found path : found) {
			long[] ids = new long[path.nodes.length];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = g.idAt(path.nodes[i]);
			}
			paths.add(new RankedPath(ids, path.attrs, path.cost * CostModel.UNIT));
		}
		return paths;
	}

	private static PathSearch take() {
		synchronized (POOL) {
			if (pooled > 0) {
				PathSearch search = POOL[--pooled];
				POOL[pooled] = null;
				return search;
			}
		}
		return new PathSearch();
	}

	private static void give(PathSearch search) {
		synchronized (POOL) {
			if (pooled < POOLED) {
				POOL[pooled++] = search;
			}
		}
	}

	/** For tuning, single-threaded: labels expanded, entries read and spur searches of the last call. */
	static long[] lastCounters() {
		synchronized (POOL) {
			PathSearch search = pooled > 0 ? POOL[pooled - 1] : null;
			return search == null ? new long[3]
					: new long[] { search.lastExpanded, search.lastScanned, search.lastSpurSearches };
		}
	}
}
