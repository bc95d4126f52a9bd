package org.vinculo.core.network.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * The working memory and the algorithm behind {@link IntroductionFinder}: one
 * instance serves one query at a time and is reused, so that a query
 * allocates nothing in proportion to the graph (per-node arrays are reset
 * through the labels that touched them, not filled).
 * <p>
 * <b>How the k best simple paths are found.</b> Yen's scheme, with Lawler's
 * refinement: every path found splits the set of paths not yet found into
 * parts with a fixed prefix and some first steps after it forbidden; the
 * best path of every part is a candidate, and the best candidate is the next
 * answer. The best path of a part is a "spur search" from the end of the
 * prefix, avoiding the prefix (paths stay simple).
 * <p>
 * Spur searches are many, so they are made cheap in three ways.
 * <ul>
 * <li><b>A shared guide.</b> A Dijkstra search from the target builds a "ball"
 * of parties whose exact cost to the target, within any number of hops, is
 * known. Every spur search is an A* search guided by it (a lower bound
 * whatever the spur search must avoid; outside the ball, the ball's radius
 * is one), and finishes a path at once through the ball when the ball's own
 * path is allowed. The ball grows while the spur searches would otherwise do
 * more work than it did: it serves them all.</li>
 * <li><b>Lazy parts.</b> A part is searched only when its lower bound comes
 * first among the paths and parts queued, and only up to the next one's
 * cost; see {@link #yen}.</li>
 * <li><b>Hubs read late.</b> A hub keeps its entries sorted by attribute, and
 * the entries of one attribute leading out of the ball wait behind one heap
 * entry keyed by the least they could cost: the 30,000 employees of a large
 * company are only read if a search gets that far, and once per query.</li>
 * </ul>
 * <p>
 * <b>Hops and ties.</b> A search label is a (node, cost, hops) state, and a
 * node keeps every label not beaten on both cost and hops, so a cheaper path
 * that needs too many hops does not hide a dearer one that fits. Costs are
 * exact ({@link CostModel#UNIT}), and among labels of equal cost and hops the
 * one whose party ids come first wins; together this returns exactly the
 * first k paths in (cost, hops, party ids) order, independent of node
 * numbering and adjacency order.
 */
final class PathSearch {

	static final long INF = Long.MAX_VALUE / 4;
	static final int MAX_HOPS = 30;

	private static final int NONE = -1;
	private static final int BLOCKED = -2;
	private static final byte PENDING = 0;
	private static final byte SETTLED = 1;
	private static final byte DEAD = 2;
	private static final int[] NO_NODES = new int[0];

	/** Whether spur searches are guided by the ball (otherwise plain Dijkstra: for tests of the labels alone). */
	private final boolean guided;

	// the query
	private NetworkGraph g;
	private int[] offsets;
	private int[] targets;
	private byte[] attrs;
	private long[] customers;
	private boolean overlaid;
	/** Whether the built customer bits answer for every node (no edit changed one, none was added). */
	private boolean exactCustomers;
	private boolean skipRemoved;
	private long[] linkUnits;
	private long enterUnits;
	private long maxStep;
	private long minLink;
	private int target;
	private int hub;

	/**
	 * Per node, side by side so that one cache line serves both: at
	 * {@code 2 * node} the newest forward label ({@link #NONE}, or
	 * {@link #BLOCKED} for the fixed prefix of a spur search), at
	 * {@code 2 * node + 1} the ball's label.
	 */
	private int[] heads = new int[0];
	/** The nodes whose distance to the target is known (settled in the ball), as bits. */
	private long[] inBall = new long[0];

	private final Labels fwd = new Labels();
	private final Labels ball = new Labels();
	private final Heap fwdHeap = new Heap();
	private final Heap ballHeap = new Heap();
	private final Runs fwdRuns = new Runs();
	private final Runs ballRuns = new Runs();
	/** No node outside the ball is closer to the target than this. */
	private long ballRadius;
	/** The most hops the ball's labels need. */
	private int ballHops;
	/** The entries the ball has read so far. */
	private long ballWork;
	/** A spur search may always read this many entries before the ball grows. */
	static final long MIN_SPUR_WORK = 8192;
	/** {@link #MIN_SPUR_WORK}, or less in tests, to make the ball grow under every search. */
	private final long minSpurWork;
	/** The nodes the ball took in while it last grew, as a list and (during {@link #resume}) as bits. */
	private int[] fresh = new int[256];
	private int freshCount;
	private long[] freshBits = new long[0];
	/** The forward queue's entries while {@link #resume} builds it again. */
	private int[] requeue = new int[256];

	/**
	 * The fixed prefix of the current spur search, also {@link #BLOCKED} in
	 * {@link #heads}: a step checks it here, so that the steps that end at the
	 * bound (nearly nine in ten) read no per-node array (at a million parties
	 * far larger than the processor's caches), only the ball's and the
	 * customers' bits.
	 */
	private int[] blockedNodes = NO_NODES;
	private int blockedCount;

	/** Per query, the hubs' runs and entries into the ball (see {@link #hubScan}); cleared when the ball grows. */
	private final HashMap<Integer, int[][]> hubScans = new HashMap<>();

	// the adjacency being walked (fields, not locals, so that one method can look it up for others)
	private int[] adjOthers;
	private byte[] adjKinds;
	private int adjFrom;
	private int adjTo;

	/** After a spur search that found nothing: the least f of what it left or pruned ({@link #INF}: nothing). */
	private long unexplored;

	// the best path of the current spur search
	private long bestCost;
	private int bestHops;
	private int bestLength;
	private final int[] bestNodes = new int[MAX_HOPS + 2];
	private final int[] bestAttrs = new int[MAX_HOPS + 2];
	private final int[] candNodes = new int[MAX_HOPS + 2];
	private final int[] candAttrs = new int[MAX_HOPS + 2];

	/** Counters for tuning: labels expanded, entries read, spur searches made and paused by the last query. */
	long lastExpanded;
	long lastScanned;
	int lastSpurSearches;
	int lastPauses;

	PathSearch() {
		this(true);
	}

	PathSearch(boolean guided) {
		this(guided, MIN_SPUR_WORK);
	}

	/** With a smaller first ball and earlier growth than in use, for tests of the growth itself. */
	PathSearch(boolean guided, long minSpurWork) {
		this.guided = guided;
		this.minSpurWork = Math.max(1, minSpurWork);
	}

	/** The k best paths from s to t with at most maxHops links; s != t, both live nodes. */
	List<Found> topPaths(NetworkGraph graph, CostModel model, int s, int t, int k, int maxHops) {
		bind(graph, model, t);
		lastExpanded = 0;
		lastScanned = 0;
		lastSpurSearches = 0;
		lastPauses = 0;
		try {
			if (guided) {
				ballHops = maxHops;
				startBall(t);
				ballRadius = ballHeap.isEmpty() ? INF : ballHeap.firstCost;
			} else {
				ballRadius = 0;
			}
			return yen(s, k, maxHops);
		} finally {
			for (int l = 0; l < ball.size; l++) {
				int node = ball.node(l);
				heads[2 * node + 1] = NONE;
				inBall[node >>> 6] = 0;
			}
			ball.clear();
			ballHeap.clear();
			ballRuns.clear();
			hubScans.clear();
			g = null;
			offsets = null;
			targets = null;
			attrs = null;
			customers = null;
			adjOthers = null;
			adjKinds = null;
		}
	}

	private void bind(NetworkGraph graph, CostModel model, int t) {
		g = graph;
		offsets = graph.offsets;
		targets = graph.targets;
		attrs = graph.attrs;
		customers = graph.customers;
		overlaid = graph.overlay != null;
		exactCustomers = !overlaid
				|| (graph.overlay.customerChanges == 0 && graph.overlay.addedIds.length == 0);
		skipRemoved = graph.hasRemovals();
		linkUnits = model.linkUnits;
		enterUnits = model.enterUnits;
		maxStep = model.maxStepUnits;
		minLink = model.minLinkUnits;
		target = t;
		hub = graph.hub;
		int n = graph.nodeCount();
		if (heads.length < 2 * n) {
			int size = Math.max(n, heads.length / 2 + (heads.length >> 4));
			heads = new int[2 * size];
			Arrays.fill(heads, NONE);
			inBall = new long[(size + 63) >>> 6];
			freshBits = new long[inBall.length];
		}
	}

	/** Points {@code adj*} at a node's entries. */
	private void adjacency(int u) {
		NetworkGraph.Patch patch = overlaid ? g.patchOf(u) : null;
		if (patch == null) {
			adjOthers = targets;
			adjKinds = attrs;
			adjFrom = offsets[u];
			adjTo = offsets[u + 1];
		} else {
			adjOthers = patch.others;
			adjKinds = patch.attrs;
			adjFrom = 0;
			adjTo = patch.others.length;
		}
	}

	/** The end of the run of equal attributes starting at {@code e}. */
	private int runEnd(int e) {
		byte kind = adjKinds[e];
		int end = e + 1;
		while (end < adjTo && adjKinds[end] == kind) {
			end++;
		}
		return end;
	}

	/** The cost of entering {@code v} in the middle of a path. */
	private long enter(int v) {
		if (enterUnits == 0) {
			return 0;
		}
		if (exactCustomers) {
			return (customers[v >>> 6] & (1L << v)) != 0 ? 0 : enterUnits;
		}
		return g.isCustomer(v) ? 0 : enterUnits;
	}

	private boolean isInBall(int v) {
		return (inBall[v >>> 6] & (1L << v)) != 0;
	}

	private long id(int node) {
		return g.idAt(node);
	}

	// --- the ball: the cheapest ways to the target ---------------------------------------

	/** A first ball around the target; the spur searches grow it as they need. */
	private void startBall(int t) {
		ball.clear();
		ballHeap.clear();
		ballRuns.clear();
		freshCount = 0;
		int last = ball.add(t, 0, 0, NONE, 0);
		ball.setAux(last, NONE);
		heads[2 * t + 1] = last;
		ballHeap.push(0, 0, last);
		ballWork = 0;
		stepBallUntil(minSpurWork);
	}

	/** Grows the ball until it has done this much work (labels settled and entries read), or is complete. */
	private void stepBallUntil(long work) {
		while (!ballHeap.isEmpty() && ballWork < work) {
			long before = lastScanned;
			stepBall();
			ballWork += 1 + lastScanned - before;
		}
	}

	/**
	 * Settles the ball's next label and offers its node's neighbours (walking
	 * towards it) the path through it. The ball keeps, like the spur searches,
	 * every (cost, hops) not beaten on both, so that it knows the cheapest way
	 * to the target within any number of hops.
	 */
	private void stepBall() {
		int value = ballHeap.pop();
		if (value < 0) {
			int run = -value - 1;
			int label = ballRuns.label[run];
			adjacency(ball.node(label));
			lastScanned += ballRuns.to[run] - ballRuns.from[run];
			long cost = ballRuns.cost[run];
			int hops = ballRuns.hops[run];
			int attr = ballRuns.attr[run];
			for (int e = ballRuns.from[run]; e < ballRuns.to[run]; e++) {
				int u = adjOthers[e];
				if (!skipRemoved || !g.isRemoved(u)) {
					relaxBall(label, u, attr, cost, hops);
				}
			}
			return;
		}
		int label = value;
		if (ball.state(label) != PENDING) {
			return;
		}
		ball.setState(label, SETTLED);
		lastExpanded++;
		int v = ball.node(label);
		if (!isInBall(v)) {
			inBall[v >>> 6] |= 1L << v;
			if (freshCount == fresh.length) {
				fresh = Arrays.copyOf(fresh, freshCount * 2);
			}
			fresh[freshCount++] = v;
		}
		int hops = ball.hops(label) + 1;
		if (hops > ballHops) {
			return;
		}
		long cost = ball.cost(label) + (v == target ? 0 : enter(v));
		adjacency(v);
		lastScanned += adjTo - adjFrom;
		int from = adjFrom;
		int to = adjTo;
		if (to - from < hub) {
			for (int e = from; e < to; e++) {
				int u = adjOthers[e];
				int attr = (adjKinds[e] & 0xFF) ^ NetworkGraph.INVERSE; // as walked from u to v
				long w = linkUnits[attr];
				if (w >= 0 && (!skipRemoved || !g.isRemoved(u))) {
					relaxBall(label, u, attr, cost + w, hops);
				}
			}
			return;
		}
		for (int e = from; e < to;) {
			int end = runEnd(e);
			int attr = (adjKinds[e] & 0xFF) ^ NetworkGraph.INVERSE;
			long w = linkUnits[attr];
			if (w >= 0) {
				ballHeap.push(cost + w, hops, -1 - ballRuns.add(label, e, end, cost + w, hops, attr));
			}
			e = end;
		}
	}

	private void relaxBall(int next, int u, int attr, long cost, int hops) {
		int head = heads[2 * u + 1];
		for (int b = head; b >= 0; b = ball.aux(b)) {
			byte state = ball.state(b);
			if (state == DEAD) {
				continue;
			}
			long c = ball.cost(b);
			int h = ball.hops(b);
			if (c <= cost && h <= hops) {
				if (c == cost && h == hops && state == PENDING) {
					// same cost and hops: the path whose next party comes first, for a stable ball
					int current = ball.node(ball.link(b));
					int v = ball.node(next);
					if (current == v ? attr < (ball.attr(b) & 0xFF) : id(v) < id(current)) {
						ball.setLink(b, next);
						ball.setAttr(b, attr);
					}
				}
				return;
			}
			if (state == PENDING && cost <= c && hops <= h) {
				ball.setState(b, DEAD);
			}
		}
		int b = ball.add(u, cost, hops, next, attr);
		ball.setAux(b, head);
		heads[2 * u + 1] = b;
		ballHeap.push(cost, hops, b);
	}

	/** The ball's cheapest settled label of a node with at most r hops to the target, or {@link #NONE}. */
	private int ballLabel(int v, int r) {
		int best = NONE;
		for (int b = heads[2 * v + 1]; b >= 0; b = ball.aux(b)) {
			if (ball.state(b) == SETTLED && ball.hops(b) <= r && (best == NONE || ball.cost(b) < ball.cost(best)
					|| (ball.cost(b) == ball.cost(best) && ball.hops(b) < ball.hops(best)))) {
				best = b;
			}
		}
		return best;
	}

	/** A lower bound of the cost from v to the target in at most r hops: exact in the ball, its radius outside. */
	private long heuristic(int v, int r) {
		if (!isInBall(v)) {
			return ballRadius;
		}
		int b = ballLabel(v, r);
		return b >= 0 ? Math.min(ball.cost(b), ballRadius) : ballRadius;
	}

	private void resetForward() {
		for (int l = 0; l < fwd.size; l++) {
			heads[2 * fwd.node(l)] = NONE;
		}
		fwd.clear();
		fwdHeap.clear();
		fwdRuns.clear();
	}

	// --- Yen with Lawler's parts -----------------------------------------------------------

	/** A path found: node sequence, attributes as walked, exact cost, and the part of the path space it is best of. */
	static final class Found {

		final int[] nodes;
		final int[] attrs;
		final long cost;
		/** The prefix nodes[0..deviation] is fixed in its part, */
		final int deviation;
		/** and these first steps after it are forbidden. */
		final int[] forbidden;

		Found(int[] nodes, int[] attrs, long cost, int deviation, int[] forbidden) {
			this.nodes = nodes;
			this.attrs = attrs;
			this.cost = cost;
			this.deviation = deviation;
			this.forbidden = forbidden;
		}

		int hops() {
			return attrs.length;
		}
	}

	/**
	 * A part of the path space not searched yet: the paths that start with
	 * {@code parent.nodes[0..deviation]} and do not go on to a forbidden node.
	 * Its best path costs at least {@code bound}.
	 */
	private static final class Part {

		final Found parent;
		final int deviation;
		final int[] forbidden;
		final long prefixCost;
		long bound;
		/** How often the part was searched without result. */
		int attempts;

		Part(Found parent, int deviation, int[] forbidden, long prefixCost, long bound) {
			this.parent = parent;
			this.deviation = deviation;
			this.forbidden = forbidden;
			this.prefixCost = prefixCost;
			this.bound = bound;
		}
	}

	/**
	 * Yen's scheme made lazy: the queue holds paths found and parts not yet
	 * searched, each part with a lower bound on its best path. A part is only
	 * searched when it comes first, and only up to the next entry's cost: if
	 * its best path is dearer, the search stops early and the part goes back
	 * with a higher bound. So a part whose paths cannot make the list is never
	 * searched through, which is what made the unbounded searches slow (a part
	 * with no path within its hops would otherwise be searched exhaustively).
	 * A path comes out when it is first: every part left is then dearer
	 * (parts come before paths of the same cost, so ties are settled first).
	 */
	private List<Found> yen(int s, int k, int maxHops) {
		List<Found> accepted = new ArrayList<>(k);
		List<Object> queue = new ArrayList<>();
		queue.add(new Part(null, 0, NO_NODES, 0, Math.max(1, heuristic(s, maxHops))));
		while (accepted.size() < k && !queue.isEmpty()) {
			int first = 0;
			int second = -1;
			for (int i = 1; i < queue.size(); i++) {
				if (before(queue.get(i), queue.get(first))) {
					second = first;
					first = i;
				} else if (second < 0 || before(queue.get(i), queue.get(second))) {
					second = i;
				}
			}
			Object head = queue.remove(first);
			if (head instanceof Found path) {
				accepted.add(path);
				if (accepted.size() < k) {
					split(path, maxHops, queue);
				}
				continue;
			}
			Part part = (Part) head;
			long next = second < 0 ? INF : key(queue.get(second > first ? second - 1 : second));
			// a part searched again looks further each time, so that it is searched a few times at most
			long bound = Math.max(next,
					part.attempts == 0 ? part.bound : part.bound + (minLink << Math.min(20, part.attempts - 1)));
			int[] root = part.parent == null ? new int[] { s } : part.parent.nodes;
			int i = part.deviation;
			for (int j = 0; j < i; j++) {
				heads[2 * root[j]] = BLOCKED;
			}
			blockedNodes = root;
			blockedCount = i;
			boolean found;
			try {
				found = spur(root[i], maxHops - i, part.forbidden, bound >= INF ? INF : bound - part.prefixCost);
			} finally {
				for (int j = 0; j < i; j++) {
					heads[2 * root[j]] = NONE;
				}
				blockedCount = 0;
			}
			if (found) {
				int[] nodes = new int[i + bestLength];
				int[] walked = new int[nodes.length - 1];
				System.arraycopy(root, 0, nodes, 0, i);
				System.arraycopy(bestNodes, 0, nodes, i, bestLength);
				if (i > 0) {
					System.arraycopy(part.parent.attrs, 0, walked, 0, i);
				}
				System.arraycopy(bestAttrs, 0, walked, i, bestLength - 1);
				queue.add(new Found(nodes, walked, part.prefixCost + bestCost, i, part.forbidden));
			} else if (unexplored < INF) {
				part.bound = part.prefixCost + unexplored;
				part.attempts++;
				queue.add(part);
			}
		}
		return accepted;
	}

	/** Lawler's split of a found path's part: one new part per node from its deviation on. */
	private void split(Found path, int maxHops, List<Object> queue) {
		long[] prefix = prefixCosts(path);
		for (int i = path.deviation; i < path.hops(); i++) {
			int[] forbidden;
			if (i == path.deviation) {
				forbidden = Arrays.copyOf(path.forbidden, path.forbidden.length + 1);
				forbidden[path.forbidden.length] = path.nodes[i + 1];
			} else {
				forbidden = new int[] { path.nodes[i + 1] };
			}
			queue.add(new Part(path, i, forbidden, prefix[i],
					prefix[i] + Math.max(1, heuristic(path.nodes[i], maxHops - i))));
		}
	}

	/** The cost of the first i links of the path (entering node i included), for every i. */
	private long[] prefixCosts(Found path) {
		long[] prefix = new long[path.hops() + 1];
		for (int i = 0; i < path.hops(); i++) {
			int next = path.nodes[i + 1];
			prefix[i + 1] = prefix[i] + linkUnits[path.attrs[i]] + (next == target ? 0 : enter(next));
		}
		return prefix;
	}

	private static long key(Object entry) {
		return entry instanceof Found path ? path.cost : ((Part) entry).bound;
	}

	/** Queue order: cost (a part's bound), parts before paths, then paths by hops and ids. */
	private boolean before(Object a, Object b) {
		long ka = key(a);
		long kb = key(b);
		if (ka != kb) {
			return ka < kb;
		}
		if (a instanceof Found pa && b instanceof Found pb) {
			if (pa.hops() != pb.hops()) {
				return pa.hops() < pb.hops();
			}
			return compare(pa.nodes, pa.attrs, pb.nodes, pb.attrs, pa.nodes.length) < 0;
		}
		return a instanceof Part && b instanceof Found;
	}

	/** Party ids first to last, then attributes; both paths of the same length. */
	private int compare(int[] nodesA, int[] attrsA, int[] nodesB, int[] attrsB, int length) {
		for (int i = 0; i < length; i++) {
			if (nodesA[i] != nodesB[i]) {
				return Long.compare(id(nodesA[i]), id(nodesB[i]));
			}
		}
		for (int i = 0; i < length - 1; i++) {
			if (attrsA[i] != attrsB[i]) {
				return Integer.compare(attrsA[i], attrsB[i]);
			}
		}
		return 0;
	}

	// --- the spur search ------------------------------------------------------------------

	/**
	 * The best path from x to the target in at most hopLimit links, avoiding
	 * the {@link #BLOCKED} nodes and, as first step, the forbidden nodes, and
	 * costing at most bound; in {@code best*} when found.
	 * <p>
	 * The ball is shared by all spur searches, so it is worth growing while
	 * the searches do more work than it did: a search that gets past the
	 * ball's work pauses, the ball doubles its work (a larger radius, a better
	 * guide for this and every later search) and the search goes on from
	 * where it was with the better guide ({@link #resume}); the two sides of
	 * the search stay about even, and nothing read is read again.
	 */
	private boolean spur(int x, int hopLimit, int[] forbidden, long bound) {
		lastSpurSearches++;
		long workStart = lastScanned;
		fwd.clear();
		fwdHeap.clear();
		fwdRuns.clear();
		bestCost = bound;
		bestHops = Integer.MAX_VALUE;
		bestLength = 0;
		unexplored = INF;
		int root = fwd.add(x, 0, 0, NONE, 0);
		fwd.setAux(root, NONE);
		heads[2 * x] = root;
		try {
			long start = heuristic(x, hopLimit);
			if (start > bestCost) {
				unexplored = start;
				return false;
			}
			fwdHeap.push(start, 0, root);
			while (true) {
				// no pause once the ball has taken in all it can reach (or without a ball)
				long workEnd = guided && !ballHeap.isEmpty() ? workStart + Math.max(minSpurWork, ballWork)
						: Long.MAX_VALUE;
				if (search(x, root, hopLimit, forbidden, workEnd)) {
					break;
				}
				lastPauses++;
				growBall();
				resume(x, root, hopLimit, forbidden);
				workStart = lastScanned; // the next pause when it has read as much as the ball again
			}
			if (!fwdHeap.isEmpty()) {
				unexplored = Math.min(unexplored, fwdHeap.firstCost);
			}
			return bestLength > 0;
		} finally {
			resetForward();
		}
	}

	/**
	 * Settles labels (and reads the hub runs put off) in order until nothing
	 * left can beat the best path; false if it stopped early, having read more
	 * entries than {@code workEnd} allows.
	 */
	private boolean search(int x, int root, int hopLimit, int[] forbidden, long workEnd) {
		while (!fwdHeap.isEmpty() && fwdHeap.firstCost <= bestCost) {
			int value = fwdHeap.pop();
			if (value < 0) {
				int run = -value - 1;
				int label = fwdRuns.label[run];
				adjacency(fwd.node(label));
				lastScanned += fwdRuns.to[run] - fwdRuns.from[run];
				long cost = fwdRuns.cost[run];
				int hops = fwdRuns.hops[run];
				int attr = fwdRuns.attr[run];
				for (int e = fwdRuns.from[run]; e < fwdRuns.to[run]; e++) {
					int v = adjOthers[e];
					if (!isInBall(v) && v != target) {
						step(label, v, attr, cost, hops, x, root, hopLimit, forbidden);
					}
				}
			} else if (fwd.state(value) != DEAD) {
				fwd.setState(value, SETTLED);
				expandSpur(value, x, root, hopLimit, forbidden);
			}
			if (lastScanned > workEnd) {
				return false;
			}
		}
		return true;
	}

	/** Doubles the ball's work, noting the nodes it takes in. */
	private void growBall() {
		freshCount = 0;
		stepBallUntil(2 * ballWork);
		ballRadius = ballHeap.isEmpty() ? INF : ballHeap.firstCost;
		hubScans.clear();
	}

	/**
	 * Brings a paused spur search up to the grown ball, so that it goes on as
	 * if it had been guided by the grown ball from the start. Nothing it did
	 * is wrong, as the guide only got better (every bound is at least what it
	 * was): what it lacks is the paths through the ball's new labels from the
	 * parties it has reached, the hub entries into the ball it put off, and
	 * the queue's order under the better bounds.
	 */
	private void resume(int x, int root, int hopLimit, int[] forbidden) {
		// the ball's way on from every party reached that it now covers (offering twice changes nothing)
		for (int l = 0; l < fwd.size; l++) {
			if (l == root || fwd.state(l) == DEAD) {
				continue;
			}
			int v = fwd.node(l);
			if (isInBall(v)) {
				int b = ballLabel(v, hopLimit - fwd.hops(l));
				if (b >= 0) {
					offer(fwd.cost(l) + ball.cost(b), fwd.hops(l) + ball.hops(b), fwd.link(l), fwd.attr(l), v, b);
				}
			}
		}
		for (int i = 0; i < freshCount; i++) {
			freshBits[fresh[i] >>> 6] |= 1L << fresh[i];
		}
		int queued = fwdHeap.size;
		if (requeue.length < queued) {
			requeue = new int[Math.max(queued, 2 * requeue.length)];
		}
		System.arraycopy(fwdHeap.values, 0, requeue, 0, queued);
		fwdHeap.clear();
		for (int i = 0; i < queued; i++) {
			int value = requeue[i];
			if (value >= 0) {
				requeueLabel(value, x, root, hopLimit);
			} else {
				requeueRun(-value - 1, x, root, hopLimit, forbidden);
			}
		}
		for (int i = 0; i < freshCount; i++) {
			freshBits[fresh[i] >>> 6] = 0;
		}
	}

	/** A pending label back in the queue, under the grown ball's bound (or dropped if it can no longer make it). */
	private void requeueLabel(int label, int x, int root, int hopLimit) {
		if (fwd.state(label) != PENDING) {
			return;
		}
		int hops = fwd.hops(label);
		long h = heuristic(label == root ? x : fwd.node(label), hopLimit - hops);
		long f = fwd.cost(label) + h;
		if (f > bestCost) {
			unexplored = Math.min(unexplored, f);
			return;
		}
		if (label != root && (hopLimit - hops) * maxStep < h) {
			return; // no way on to the target within the hops left
		}
		fwdHeap.push(f, hops, label);
	}

	/**
	 * A hub's entries put off, back in the queue: those the ball took in are
	 * stepped to now (as a hub's entries into the ball are when it is
	 * expanded), the others wait behind the grown ball's radius.
	 */
	private void requeueRun(int run, int x, int root, int hopLimit, int[] forbidden) {
		int label = fwdRuns.label[run];
		long cost = fwdRuns.cost[run];
		int hops = fwdRuns.hops[run];
		int attr = fwdRuns.attr[run];
		if (freshCount > 0) {
			adjacency(fwd.node(label));
			lastScanned += fwdRuns.to[run] - fwdRuns.from[run];
			for (int e = fwdRuns.from[run]; e < fwdRuns.to[run]; e++) {
				int v = adjOthers[e];
				if ((freshBits[v >>> 6] & (1L << v)) != 0) {
					step(label, v, attr, cost, hops, x, root, hopLimit, forbidden);
				}
			}
		}
		if ((hopLimit - hops) * maxStep < ballRadius) {
			return; // what is still outside the ball is too far for the hops left
		}
		long f = cost + ballRadius;
		if (f > bestCost) {
			unexplored = Math.min(unexplored, f);
			return;
		}
		fwdHeap.push(f, hops, -1 - run);
	}

	/**
	 * Expands a label. A hub's entries are taken by runs of one attribute: the
	 * parties of a run in the ball are stepped to at once (their distance is
	 * known), the others wait behind one heap entry keyed by the least they
	 * could cost, and are only read if the search gets that far.
	 */
	private void expandSpur(int label, int x, int root, int hopLimit, int[] forbidden) {
		int u = fwd.node(label);
		long cost = fwd.cost(label);
		int hops = fwd.hops(label) + 1;
		lastExpanded++;
		adjacency(u);
		int from = adjFrom;
		int to = adjTo;
		if (to - from < hub) {
			lastScanned += to - from;
			for (int e = from; e < to; e++) {
				int attr = adjKinds[e] & 0xFF;
				long w = linkUnits[attr];
				if (w >= 0) {
					step(label, adjOthers[e], attr, cost + w, hops, x, root, hopLimit, forbidden);
				}
			}
			return;
		}
		boolean onwards = hops < hopLimit && (hopLimit - hops) * maxStep >= ballRadius;
		int[][] scan = hubScan(u);
		int[] runs = scan[0];
		int[] inside = scan[1];
		int k = 0;
		for (int r = 0; r + 1 < runs.length; r++) {
			int e = runs[r];
			int end = runs[r + 1];
			int attr = adjKinds[e] & 0xFF;
			long w = linkUnits[attr];
			int within = 0;
			for (; k < inside.length && inside[k] < end; k++, within++) {
				if (w >= 0) {
					step(label, adjOthers[inside[k]], attr, cost + w, hops, x, root, hopLimit, forbidden);
				}
			}
			if (w >= 0 && within < end - e && onwards) {
				long f = cost + w + ballRadius;
				if (f <= bestCost) {
					fwdHeap.push(f, hops, -1 - fwdRuns.add(label, e, end, cost + w, hops, attr));
				} else if (f < unexplored) {
					unexplored = f;
				}
			}
		}
	}

	/**
	 * Where a hub's runs start (and the end), and which of its entries lead
	 * into the ball or to the target, in order: read once per query (until
	 * the ball grows), not once per spur search. The hub's adjacency must be
	 * the current one ({@link #adjacency}).
	 */
	private int[][] hubScan(int u) {
		int[][] scan = hubScans.get(u);
		if (scan != null) {
			return scan;
		}
		lastScanned += adjTo - adjFrom;
		int[] runs = new int[8];
		int runCount = 0;
		int[] inside = new int[8];
		int insideCount = 0;
		for (int e = adjFrom; e < adjTo;) {
			int end = runEnd(e);
			if (runCount + 1 >= runs.length) {
				runs = Arrays.copyOf(runs, runs.length * 2);
			}
			runs[runCount++] = e;
			for (int i = e; i < end; i++) {
				int v = adjOthers[i];
				if (isInBall(v) || v == target) {
					if (insideCount == inside.length) {
						inside = Arrays.copyOf(inside, inside.length * 2);
					}
					inside[insideCount++] = i;
				}
			}
			e = end;
		}
		runs[runCount++] = adjTo;
		scan = new int[][] { Arrays.copyOf(runs, runCount), Arrays.copyOf(inside, insideCount) };
		hubScans.put(u, scan);
		return scan;
	}

	/** A step from a label's node to v, costing {@code cost} before entering v, ending with {@code hops} links. */
	private void step(int label, int v, int attr, long cost, int hops, int x, int root, int hopLimit,
			int[] forbidden) {
		if (v == x) {
			return;
		}
		for (int j = 0; j < blockedCount; j++) {
			if (blockedNodes[j] == v) {
				return;
			}
		}
		if (skipRemoved && g.isRemoved(v)) {
			return;
		}
		if (label == root && forbidden.length > 0 && contains(forbidden, v)) {
			return;
		}
		if (v == target) {
			offer(cost, hops, label, attr, v, NONE);
			return;
		}
		long c = cost + enter(v);
		int b = NONE;
		long h = ballRadius;
		if (isInBall(v)) {
			b = ballLabel(v, hopLimit - hops);
			if (b >= 0) {
				h = Math.min(ball.cost(b), ballRadius);
			}
		}
		long f = c + h;
		if (f > bestCost) {
			if (f < unexplored) {
				unexplored = f;
			}
			return;
		}
		if (b >= 0) {
			offer(c + ball.cost(b), hops + ball.hops(b), label, attr, v, b);
		}
		if (hops >= hopLimit || (hopLimit - hops) * maxStep < h) {
			return; // no way on to the target within the hops left
		}
		insert(v, c, hops, label, attr, f);
	}

	private static boolean contains(int[] nodes, int node) {
		for (int n : nodes) {
			if (n == node) {
				return true;
			}
		}
		return false;
	}

	/** Adds a label unless one of the node's labels is as cheap with as few hops; equal ones keep the first ids. */
	private void insert(int v, long cost, int hops, int parent, int attr, long f) {
		int head = heads[2 * v];
		for (int l = head; l >= 0; l = fwd.aux(l)) {
			byte state = fwd.state(l);
			if (state == DEAD) {
				continue;
			}
			if (state == SETTLED) {
				if (fwd.hops(l) <= hops && fwd.cost(l) <= cost) {
					return;
				}
				continue;
			}
			long c = fwd.cost(l);
			int h = fwd.hops(l);
			if (c <= cost && h <= hops) {
				if (c == cost && h == hops && prefixBefore(parent, attr, fwd.link(l), fwd.attr(l) & 0xFF)) {
					fwd.setLink(l, parent);
					fwd.setAttr(l, attr);
				}
				return;
			}
			if (cost <= c && hops <= h) {
				fwd.setState(l, DEAD);
			}
		}
		int label = fwd.add(v, cost, hops, parent, attr);
		fwd.setAux(label, head);
		heads[2 * v] = label;
		fwdHeap.push(f, hops, label);
	}

	/**
	 * Whether the path through parent label p (then attr a) comes before the
	 * one through q (then b): both have the same length, and settled labels
	 * at the same depth on the same node are the same label, so the first
	 * difference from the start is just below the deepest common ancestor.
	 */
	private boolean prefixBefore(int p, int a, int q, int b) {
		if (p == q) {
			return a < b;
		}
		while (fwd.link(p) != fwd.link(q)) {
			p = fwd.link(p);
			q = fwd.link(q);
		}
		return id(fwd.node(p)) < id(fwd.node(q));
	}

	/**
	 * A complete path: the label's path, a step to v, and from v either
	 * nothing (v is the target) or the ball's path. Kept if it is allowed
	 * and comes before the best so far.
	 */
	private void offer(long cost, int hops, int label, int attr, int v, int ballLabel) {
		if (cost > bestCost) {
			if (cost < unexplored) {
				unexplored = cost;
			}
			return;
		}
		if (cost == bestCost && hops > bestHops) {
			return;
		}
		int depth = fwd.hops(label);
		int length = hops + 1;
		for (int l = label, i = depth; l >= 0; l = fwd.link(l), i--) {
			candNodes[i] = fwd.node(l);
			if (i > 0) {
				candAttrs[i - 1] = fwd.attr(l) & 0xFF;
			}
		}
		candNodes[depth + 1] = v;
		candAttrs[depth] = attr;
		if (ballLabel >= 0) {
			int i = depth + 1;
			for (int l = ballLabel; ball.link(l) >= 0; l = ball.link(l)) {
				candAttrs[i] = ball.attr(l) & 0xFF;
				int next = ball.node(ball.link(l));
				if (heads[2 * next] == BLOCKED) {
					return;
				}
				candNodes[++i] = next;
			}
			// the ball's path is the cheapest without our restrictions: it must also stay simple
			for (int p = 0; p < length; p++) {
				for (int q = p + 1; q < length; q++) {
					if (candNodes[p] == candNodes[q]) {
						return;
					}
				}
			}
		}
		if (bestLength > 0 && cost == bestCost && hops == bestHops
				&& compare(candNodes, candAttrs, bestNodes, bestAttrs, length) >= 0) {
			return;
		}
		bestCost = cost;
		bestHops = hops;
		bestLength = length;
		System.arraycopy(candNodes, 0, bestNodes, 0, length);
		System.arraycopy(candAttrs, 0, bestAttrs, 0, length - 1);
	}

	// --- storage ---------------------------------------------------------------------------

	/**
	 * Search labels, three longs each side by side (a label is read in one
	 * go, from one cache line mostly): the cost; the node and the link; the
	 * node's previous label, and the hops, attribute and state. Cleared by
	 * resetting the count.
	 */
	static final class Labels {

		private long[] rec = new long[3 * 1024];
		int size;

		int add(int node, long cost, int hops, int link, int attr) {
			if (3 * size == rec.length) {
				rec = Arrays.copyOf(rec, rec.length * 2);
			}
			int label = size++;
			rec[3 * label] = cost;
			rec[3 * label + 1] = ((long) node << 32) | (link & 0xFFFFFFFFL);
			rec[3 * label + 2] = ((long) NONE << 32) | packed(Math.min(hops, 255), attr & 0xFF, PENDING);
			return label;
		}

		private static long packed(int hops, int attr, int state) {
			return (hops | (attr << 8) | (state << 16)) & 0xFFFFFFFFL;
		}

		void clear() {
			size = 0;
		}

		long cost(int l) {
			return rec[3 * l];
		}

		int node(int l) {
			return (int) (rec[3 * l + 1] >> 32);
		}

		/** Forward: the parent label; ball: the label of the next node towards the target. */
		int link(int l) {
			return (int) rec[3 * l + 1];
		}

		/** The node's previous label (spur searches and the ball). */
		int aux(int l) {
			return (int) (rec[3 * l + 2] >> 32);
		}

		int hops(int l) {
			return (int) rec[3 * l + 2] & 0xFF;
		}

		/** The attribute of the step between this label's node and the linked one, as walked forward. */
		int attr(int l) {
			return ((int) rec[3 * l + 2] >>> 8) & 0xFF;
		}

		byte state(int l) {
			return (byte) (((int) rec[3 * l + 2] >>> 16) & 0xFF);
		}

		void setLink(int l, int link) {
			rec[3 * l + 1] = (rec[3 * l + 1] & 0xFFFFFFFF00000000L) | (link & 0xFFFFFFFFL);
		}

		void setAux(int l, int aux) {
			rec[3 * l + 2] = ((long) aux << 32) | (rec[3 * l + 2] & 0xFFFFFFFFL);
		}

		void setAttr(int l, int attr) {
			rec[3 * l + 2] = (rec[3 * l + 2] & ~0xFF00L) | ((attr & 0xFFL) << 8);
		}

		void setState(int l, byte state) {
			rec[3 * l + 2] = (rec[3 * l + 2] & ~0xFF0000L) | ((long) state << 16);
		}
	}

	/**
	 * Hub entries put off: the entries {@code from..to} of the node of
	 * {@code label}, all with attribute {@code attr}, reached at {@code cost}
	 * (before entering them) in {@code hops} links.
	 */
	static final class Runs {

		int[] label = new int[256];
		int[] from = new int[256];
		int[] to = new int[256];
		long[] cost = new long[256];
		int[] hops = new int[256];
		int[] attr = new int[256];
		int size;

		int add(int l, int f, int t, long c, int h, int a) {
			if (size == label.length) {
				int grown = size * 2;
				label = Arrays.copyOf(label, grown);
				from = Arrays.copyOf(from, grown);
				to = Arrays.copyOf(to, grown);
				cost = Arrays.copyOf(cost, grown);
				hops = Arrays.copyOf(hops, grown);
				attr = Arrays.copyOf(attr, grown);
			}
			int run = size++;
			label[run] = l;
			from[run] = f;
			to[run] = t;
			cost[run] = c;
			hops[run] = h;
			attr[run] = a;
			return run;
		}

		void clear() {
			size = 0;
		}
	}

	/**
	 * A binary min-heap of labels (values ≥ 0) and runs (values < 0) by cost
	 * then hops, packed in one long; among equal keys runs come first (a run
	 * must be read before the labels it ties with are settled). Ordering by
	 * hops rather than by cost so far still settles a label's predecessors
	 * before it, which is what the tie-break by ids needs. No decrease-key: a
	 * label that gets cheaper is pushed again and the stale entry skipped.
	 */
	static final class Heap {

		private static final long COST_CAP = (1L << 56) - 1;

		long[] keys = new long[1024];
		int[] values = new int[1024];
		int size;
		/** The cost of the top entry, valid when not empty. */
		long firstCost;

		boolean isEmpty() {
			return size == 0;
		}

		void clear() {
			size = 0;
		}

		void push(long cost, int hops, int value) {
			if (size == values.length) {
				keys = Arrays.copyOf(keys, size * 2);
				values = Arrays.copyOf(values, size * 2);
			}
			long key = (Math.min(cost, COST_CAP) << 6) | Math.min(hops, 63);
			int at = size++;
			while (at > 0) {
				int parent = (at - 1) >>> 1;
				long p = keys[parent];
				if (p < key || (p == key && values[parent] <= value)) {
					break;
				}
				keys[at] = p;
				values[at] = values[parent];
				at = parent;
			}
			keys[at] = key;
			values[at] = value;
			firstCost = keys[0] >>> 6;
		}

		int pop() {
			int top = values[0];
			int last = --size;
			if (last > 0) {
				long key = keys[last];
				int value = values[last];
				int at = 0;
				int half = last >>> 1;
				while (at < half) {
					int child = 2 * at + 1;
					int right = child + 1;
					if (right < last && (keys[right] < keys[child]
							|| (keys[right] == keys[child] && values[right] < values[child]))) {
						child = right;
					}
					long c = keys[child];
					if (key < c || (key == c && value <= values[child])) {
						break;
					}
					keys[at] = c;
					values[at] = values[child];
					at = child;
				}
				keys[at] = key;
				values[at] = value;
			}
			firstCost = size > 0 ? keys[0] >>> 6 : 0;
			return top;
		}
	}
}
