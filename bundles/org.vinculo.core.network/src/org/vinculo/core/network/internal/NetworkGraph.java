package org.vinculo.core.network.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * The whole party network in memory, so that "find introductions" and the
 * network view answer in milliseconds instead of walking the affiliation and
 * relationship tables row by row.
 * <p>
 * A million parties and several million links only fit in a few tens of
 * megabytes as primitive arrays, so the graph is a compressed adjacency (every
 * party's entries side by side in one {@code int[]} of neighbours and one
 * {@code byte[]} of link attributes) rather than objects per party or per
 * link. Parties are numbered 0..n-1 in ascending id order, which makes the
 * sorted id array both the id of every node and the index to find a node by
 * id, at no extra memory.
 * <p>
 * An instance never changes: edits ({@link #withParty}, {@link #withoutParty})
 * return a new graph that shares the big arrays and adds a small overlay of
 * replaced adjacencies, so a search running on another thread keeps a
 * consistent picture and an edit costs the size of the overlay, not a rebuild.
 * {@link #compacted()} folds the overlay back in when it has grown.
 * <p>
 * The parties with many links (a company of 30,000 people) keep their entries
 * sorted by attribute, so that a search can take all the entries of one role
 * as one step and read them only if it gets that far (see {@link PathSearch}).
 * <p>
 * Every undirected link is stored at both ends. The attribute of an entry says
 * which role or type it is ({@link #SLOT_MASK}, an index into a label table the
 * caller owns), whether it is walked against the link's stored direction
 * ({@link #INVERSE}: the "customer of" side of a "supplier of" link) and whether
 * the link has ended ({@link #PAST}).
 */
public final class NetworkGraph {

	/** Node flag: the party is an organization (otherwise a person). */
	public static final int ORGANIZATION = 1;
	/** Node flag: the party buys from us today; introductions through customers are preferred. */
	public static final int ACTIVE_CUSTOMER = 2;

	/** Attribute bits 0-5: the role or type slot, 0..63. */
	public static final int SLOT_MASK = 0x3F;
	/** Attribute bit: this entry walks the link from its stored target to its stored source. */
	public static final int INVERSE = 0x40;
	/** Attribute bit: the link has ended. */
	public static final int PAST = 0x80;

	/** Sees one adjacency entry; returns {@code false} to stop the walk. */
	@FunctionalInterface
	public interface NeighbourVisitor {

		boolean visit(int other, int attr);
	}

	/** Ids of the built nodes, ascending; a node's index is its rank. */
	final long[] ids;
	final int[] flags;
	/** Node i's entries are {@code targets[offsets[i]..offsets[i+1])}. */
	final int[] offsets;
	final int[] targets;
	final byte[] attrs;
	/** {@link #ACTIVE_CUSTOMER} of the built nodes as bits: small enough to stay in a processor cache. */
	final long[] customers;
	/** Edits since the last build or compaction; {@code null} when there are none, the common case. */
	final Overlay overlay;

	/**
	 * Nodes with at least this many entries keep them sorted by attribute, so
	 * that a search can take all the entries of one role or type (all the
	 * employees of a large company) as one step and put off reading them.
	 */
	static final int HUB = 128;

	/** The {@link #HUB} degree of this graph (lower in tests, so that small graphs have hubs). */
	final int hub;

	private NetworkGraph(long[] ids, int[] flags, int[] offsets, int[] targets, byte[] attrs, long[] customers,
			int hub, Overlay overlay) {
		this.hub = hub;
		this.ids = ids;
		this.flags = flags;
		this.offsets = offsets;
		this.targets = targets;
		this.attrs = attrs;
		this.customers = customers;
		this.overlay = overlay;
	}

	/**
	 * A builder sized for about this many parties and links (it grows if there
	 * are more, at the cost of copies).
	 */
	public static Builder builder(int expectedNodes, long expectedLinks) {
		return new Builder(expectedNodes, expectedLinks);
	}

	// --- queries -----------------------------------------------------------

	/** The bound of node indices; removed parties keep their index, with no links. */
	public int nodeCount() {
		return overlay == null ? ids.length : ids.length + overlay.addedIds.length;
	}

	/** The node of a party, or -1 if the graph does not know it (or it was removed). */
	public int indexOf(long partyId) {
		int node = Arrays.binarySearch(ids, partyId);
		if (overlay == null) {
			return node >= 0 ? node : -1;
		}
		if (node < 0) {
			node = overlay.addedIndexOf(partyId);
			if (node < 0) {
				return -1;
			}
		}
		return overlay.isRemoved(node) ? -1 : node;
	}

	/** The party id of a node. */
	public long idAt(int node) {
		if (node < ids.length) {
			return ids[node];
		}
		if (overlay == null) {
			throw new IndexOutOfBoundsException(node);
		}
		return overlay.addedIds[node - ids.length];
	}

	/** {@link #ORGANIZATION}, {@link #ACTIVE_CUSTOMER}; 0 for a removed party. */
	public int flags(int node) {
		if (overlay != null) {
			Patch patch = overlay.patch(node);
			if (patch != null) {
				return patch.flags;
			}
		}
		return flags[node];
	}

	/** Whether the node is a party of this graph (not removed); false for indices out of range. */
	public boolean contains(int node) {
		return node >= 0 && node < nodeCount() && (overlay == null || !overlay.isRemoved(node));
	}

	/** The number of adjacency entries of a node (one per link, parallel links counted apart). */
	public int degree(int node) {
		if (overlay == null) {
			return offsets[node + 1] - offsets[node];
		}
		Patch patch = overlay.patch(node);
		if (overlay.removedCount == 0) {
			return patch != null ? patch.others.length : offsets[node + 1] - offsets[node];
		}
		int[] others = patch != null ? patch.others : targets;
		int from = patch != null ? 0 : offsets[node];
		int to = patch != null ? others.length : offsets[node + 1];
		int degree = 0;
		for (int e = from; e < to; e++) {
			if (!overlay.isRemoved(others[e])) {
				degree++;
			}
		}
		return degree;
	}

	/**
	 * Walks a node's entries in stored order with the other end and the
	 * attribute as seen from {@code node}; entries towards removed parties are
	 * skipped. Nothing is allocated per entry.
	 */
	public void forEachNeighbour(int node, NeighbourVisitor visitor) {
		Patch patch = overlay == null ? null : overlay.patch(node);
		int[] others = patch != null ? patch.others : targets;
		byte[] kinds = patch != null ? patch.attrs : attrs;
		int from = patch != null ? 0 : offsets[node];
		int to = patch != null ? others.length : offsets[node + 1];
		boolean skipRemoved = overlay != null && overlay.removedCount > 0;
		for (int e = from; e < to; e++) {
			int other = others[e];
			if (skipRemoved && overlay.isRemoved(other)) {
				continue;
			}
			if (!visitor.visit(other, kinds[e] & 0xFF)) {
				return;
			}
		}
	}

	/** The number of parties edited since the last build or compaction. */
	public int overlaySize() {
		return overlay == null ? 0 : overlay.patchCount;
	}

	/** An estimate of the memory the graph holds, in bytes (array contents plus headers). */
	public long estimatedBytes() {
		long bytes = 64L + 16 * 6 + 8L * ids.length + 4L * flags.length + 4L * offsets.length + 4L * targets.length
				+ attrs.length + 8L * customers.length;
		return overlay == null ? bytes : bytes + overlay.estimatedBytes();
	}

	// --- package access for the searches -------------------------------------

	/** Whether a node is an active customer, for the searches. */
	boolean isCustomer(int node) {
		if (overlay == null || (overlay.customerChanges == 0 && node < ids.length)) {
			return (customers[node >>> 6] & (1L << node)) != 0;
		}
		return (flags(node) & ACTIVE_CUSTOMER) != 0;
	}

	/** The replaced adjacency of a node, or {@code null} if the node has its built one. */
	Patch patchOf(int node) {
		return overlay == null ? null : overlay.patch(node);
	}

	/** Whether entries must be checked for removed parties while walking. */
	boolean hasRemovals() {
		return overlay != null && overlay.removedCount > 0;
	}

	boolean isRemoved(int node) {
		return overlay != null && overlay.isRemoved(node);
	}

	/** The node count of the built arrays; appended nodes come after. */
	int builtCount() {
		return ids.length;
	}

	// --- edits -------------------------------------------------------------

	/**
	 * A graph in which the party's adjacency is exactly the given entries
	 * ({@code attrs[i]} as seen from this party, {@link #INVERSE} included);
	 * entries towards parties the graph does not know, or towards the party
	 * itself, are skipped. A party the graph does not know gets a new node
	 * after the others; a removed one comes back with its old index.
	 * <p>
	 * Only this party's side changes: call it for both ends of every changed
	 * link. When a link joins two new parties, add both (with empty lists)
	 * before giving either its links, or call it again for the first one.
	 * This graph is unchanged.
	 */
	public NetworkGraph withParty(long partyId, int flags, long[] otherIds, byte[] attrs) {
		Objects.requireNonNull(otherIds, "otherIds"); //$NON-NLS-1$
		Objects.requireNonNull(attrs, "attrs"); //$NON-NLS-1$
		if (otherIds.length != attrs.length) {
			throw new IllegalArgumentException("otherIds and attrs differ in length"); //$NON-NLS-1$
		}
		if (partyId <= 0) {
			throw new IllegalArgumentException("party ids are positive: " + partyId); //$NON-NLS-1$
		}
		Overlay edited = overlay != null ? overlay : Overlay.empty(this.flags);
		int node = Arrays.binarySearch(ids, partyId);
		if (node < 0) {
			node = edited.addedIndexOf(partyId);
			if (node < 0) {
				edited = edited.withAdded(partyId);
				node = ids.length + edited.addedIds.length - 1;
			}
		}
		int[] others = new int[otherIds.length];
		byte[] kinds = new byte[otherIds.length];
		int count = 0;
		for (int i = 0; i < otherIds.length; i++) {
			long otherId = otherIds[i];
			if (otherId == partyId) {
				continue;
			}
			int other = Arrays.binarySearch(ids, otherId);
			if (other < 0) {
				other = edited.addedIndexOf(otherId);
			}
			if (other < 0 || edited.isRemoved(other)) {
				continue;
			}
			others[count] = other;
			kinds[count] = attrs[i];
			count++;
		}
		others = Arrays.copyOf(others, count);
		kinds = Arrays.copyOf(kinds, count);
		if (count >= hub) {
			sortByAttr(others, kinds, 0, count, new int[count], new byte[count], new int[257]);
		}
		Patch patch = new Patch(flags, others, kinds, false);
		return new NetworkGraph(ids, this.flags, offsets, targets, this.attrs, customers, hub,
				edited.withPatch(node, patch));
	}

	/**
	 * A graph without the party: it is no longer found by {@link #indexOf},
	 * has no entries, and entries of other parties towards it are skipped. The
	 * other parties' own lists are the caller's to refresh, as for
	 * {@link #withParty}. This graph is unchanged.
	 */
	public NetworkGraph withoutParty(long partyId) {
		int node = indexOf(partyId);
		if (node < 0) {
			return this;
		}
		Overlay edited = overlay != null ? overlay : Overlay.empty(flags);
		return new NetworkGraph(ids, flags, offsets, targets, attrs, customers, hub,
				edited.withPatch(node, Patch.REMOVED));
	}

	/**
	 * The same graph with the overlay folded into fresh arrays: node indices
	 * are renumbered (ascending ids again, removed parties gone). Costs about as
	 * much as a build from memory; the caller decides when (for example when
	 * {@link #overlaySize()} passes a few thousand).
	 */
	public NetworkGraph compacted() {
		if (overlay == null) {
			return this;
		}
		int total = nodeCount();
		int[] renumbered = new int[total];
		Arrays.fill(renumbered, -1);
		int live = 0;
		for (int node = 0; node < total; node++) {
			if (!overlay.isRemoved(node)) {
				live++;
			}
		}
		long[] newIds = new long[live];
		int[] oldOf = new int[live];
		// merge the built ids (ascending) with the appended ones (sorted copy)
		long[] added = overlay.addedSorted;
		int[] addedNodes = overlay.addedSortedNodes;
		int b = 0;
		int a = 0;
		int n = 0;
		while (b < ids.length || a < added.length) {
			int node;
			if (a >= added.length || (b < ids.length && ids[b] < added[a])) {
				node = b++;
			} else {
				node = addedNodes[a++];
			}
			if (!overlay.isRemoved(node)) {
				renumbered[node] = n;
				newIds[n] = idAt(node);
				oldOf[n] = node;
				n++;
			}
		}
		int[] newFlags = new int[live];
		int[] newOffsets = new int[live + 1];
		for (int i = 0; i < live; i++) {
			int node = oldOf[i];
			newFlags[i] = flags(node);
			newOffsets[i + 1] = newOffsets[i] + degree(node);
		}
		int[] newTargets = new int[newOffsets[live]];
		byte[] newAttrs = new byte[newOffsets[live]];
		for (int i = 0; i < live; i++) {
			int node = oldOf[i];
			Patch patch = overlay.patch(node);
			int[] others = patch != null ? patch.others : targets;
			byte[] kinds = patch != null ? patch.attrs : attrs;
			int from = patch != null ? 0 : offsets[node];
			int to = patch != null ? others.length : offsets[node + 1];
			int at = newOffsets[i];
			for (int e = from; e < to; e++) {
				int other = renumbered[others[e]];
				if (other >= 0) {
					newTargets[at] = other;
					newAttrs[at] = kinds[e];
					at++;
				}
			}
		}
		return fresh(newIds, newFlags, newOffsets, newTargets, newAttrs, hub);
	}

	// --- overlay -------------------------------------------------------------

	/** A replaced adjacency (or a removal); never changed once made. */
	static final class Patch {

		static final Patch REMOVED = new Patch(0, new int[0], new byte[0], true);

		final int flags;
		final int[] others;
		final byte[] attrs;
		final boolean removed;

		Patch(int flags, int[] others, byte[] attrs, boolean removed) {
			this.flags = flags;
			this.others = others;
			this.attrs = attrs;
			this.removed = removed;
		}
	}

	/**
	 * The edits since the last compaction: replaced adjacencies by node in a
	 * small open-addressing table, and the parties added since. Copied on
	 * every edit, which is cheap while it stays small.
	 */
	static final class Overlay {

		final int builtCount;
		/** Appended parties in index order: node {@code builtCount + i}. */
		final long[] addedIds;
		/** The same ids ascending, with their nodes, to find them by id. */
		final long[] addedSorted;
		final int[] addedSortedNodes;
		/** Open addressing by node: -1 is a free slot. */
		final int[] keys;
		final Patch[] patches;
		final int patchCount;
		final int removedCount;
		/** Patches of built nodes whose customer flag differs from the built one: usually none. */
		final int customerChanges;
		/** The built flags, to count those changes. */
		final int[] builtFlags;

		private Overlay(int builtCount, long[] addedIds, long[] addedSorted, int[] addedSortedNodes, int[] keys,
				Patch[] patches, int patchCount, int removedCount, int customerChanges, int[] builtFlags) {
			this.customerChanges = customerChanges;
			this.builtFlags = builtFlags;
			this.builtCount = builtCount;
			this.addedIds = addedIds;
			this.addedSorted = addedSorted;
			this.addedSortedNodes = addedSortedNodes;
			this.keys = keys;
			this.patches = patches;
			this.patchCount = patchCount;
			this.removedCount = removedCount;
		}

		static Overlay empty(int[] builtFlags) {
			int[] keys = new int[16];
			Arrays.fill(keys, -1);
			return new Overlay(builtFlags.length, new long[0], new long[0], new int[0], keys, new Patch[16], 0, 0, 0,
					builtFlags);
		}

		/** Whether a patch makes a built node's customer flag differ from the built one. */
		private boolean changesCustomer(int node, Patch patch) {
			return patch != null && node < builtCount
					&& ((patch.flags ^ builtFlags[node]) & ACTIVE_CUSTOMER) != 0;
		}

		Patch patch(int node) {
			int[] table = keys;
			int mask = table.length - 1;
			int slot = mix(node) & mask;
			while (true) {
				int key = table[slot];
				if (key == node) {
					return patches[slot];
				}
				if (key == -1) {
					return null;
				}
				slot = (slot + 1) & mask;
			}
		}

		boolean isRemoved(int node) {
			if (removedCount == 0) {
				return false;
			}
			Patch patch = patch(node);
			return patch != null && patch.removed;
		}

		int addedIndexOf(long partyId) {
			int at = Arrays.binarySearch(addedSorted, partyId);
			return at >= 0 ? addedSortedNodes[at] : -1;
		}

		Overlay withAdded(long partyId) {
			int node = builtCount + addedIds.length;
			long[] ids = Arrays.copyOf(addedIds, addedIds.length + 1);
			ids[addedIds.length] = partyId;
			int at = -Arrays.binarySearch(addedSorted, partyId) - 1;
			long[] sorted = new long[addedSorted.length + 1];
			int[] nodes = new int[sorted.length];
			System.arraycopy(addedSorted, 0, sorted, 0, at);
			System.arraycopy(addedSortedNodes, 0, nodes, 0, at);
			sorted[at] = partyId;
			nodes[at] = node;
			System.arraycopy(addedSorted, at, sorted, at + 1, addedSorted.length - at);
			System.arraycopy(addedSortedNodes, at, nodes, at + 1, addedSorted.length - at);
			return new Overlay(builtCount, ids, sorted, nodes, keys, patches, patchCount, removedCount,
					customerChanges, builtFlags);
		}

		Overlay withPatch(int node, Patch patch) {
			int[] table = keys;
			Patch[] values = patches;
			if ((patchCount + 1) * 2 > table.length) {
				table = new int[keys.length * 2];
				values = new Patch[table.length];
				Arrays.fill(table, -1);
				for (int i = 0; i < keys.length; i++) {
					if (keys[i] != -1) {
						put(table, values, keys[i], patches[i]);
					}
				}
			} else {
				table = table.clone();
				values = values.clone();
			}
			Patch previous = put(table, values, node, patch);
			int count = patchCount + (previous == null ? 1 : 0);
			int removed = removedCount + (patch.removed ? 1 : 0) - (previous != null && previous.removed ? 1 : 0);
			int changes = customerChanges + (changesCustomer(node, patch) ? 1 : 0)
					- (changesCustomer(node, previous) ? 1 : 0);
			return new Overlay(builtCount, addedIds, addedSorted, addedSortedNodes, table, values, count, removed,
					changes, builtFlags);
		}

		private static Patch put(int[] table, Patch[] values, int node, Patch patch) {
			int mask = table.length - 1;
			int slot = mix(node) & mask;
			while (table[slot] != -1 && table[slot] != node) {
				slot = (slot + 1) & mask;
			}
			Patch previous = values[slot];
			table[slot] = node;
			values[slot] = patch;
			return previous;
		}

		long estimatedBytes() {
			long bytes = 64L + 16L * addedIds.length + 4L * addedSortedNodes.length + 8L * keys.length;
			for (Patch patch : patches) {
				if (patch != null) {
					bytes += 48L + 5L * patch.others.length;
				}
			}
			return bytes;
		}

		private static int mix(int node) {
			int h = node * 0x9E3779B9;
			return h ^ (h >>> 16);
		}
	}

	// --- building ------------------------------------------------------------

	/** A graph of fresh arrays: sorts the hubs' entries and collects the customers. */
	private static NetworkGraph fresh(long[] ids, int[] flags, int[] offsets, int[] targets, byte[] attrs, int hub) {
		int n = ids.length;
		long[] customers = new long[(n + 63) >>> 6];
		int[] bufferTargets = null;
		byte[] bufferAttrs = null;
		int[] count = null;
		for (int node = 0; node < n; node++) {
			if ((flags[node] & ACTIVE_CUSTOMER) != 0) {
				customers[node >>> 6] |= 1L << node;
			}
			int from = offsets[node];
			int degree = offsets[node + 1] - from;
			if (degree >= hub) {
				if (bufferTargets == null || bufferTargets.length < degree) {
					bufferTargets = new int[Math.max(degree, 1024)];
					bufferAttrs = new byte[bufferTargets.length];
					count = new int[257];
				}
				sortByAttr(targets, attrs, from, degree, bufferTargets, bufferAttrs, count);
			}
		}
		return new NetworkGraph(ids, flags, offsets, targets, attrs, customers, hub, null);
	}

	/**
	 * A graph from the arrays of a {@link #compacted() compacted} graph, as a
	 * snapshot wrote them: checked for consistency (so a damaged file cannot
	 * make the searches walk out of bounds), not sorted again.
	 *
	 * @throws IllegalArgumentException when the arrays do not form a graph
	 */
	static NetworkGraph restore(long[] ids, int[] flags, int[] offsets, int[] targets, byte[] attrs, int hub) {
		int n = ids.length;
		if (flags.length != n || offsets.length != n + 1 || attrs.length != targets.length || offsets[0] != 0
				|| offsets[n] != targets.length || hub < 1) {
			throw new IllegalArgumentException("array sizes do not match"); //$NON-NLS-1$
		}
		long[] customers = new long[(n + 63) >>> 6];
		for (int node = 0; node < n; node++) {
			if (ids[node] <= 0 || (node > 0 && ids[node] <= ids[node - 1]) || offsets[node + 1] < offsets[node]) {
				throw new IllegalArgumentException("ids or offsets out of order at node " + node); //$NON-NLS-1$
			}
			if ((flags[node] & ACTIVE_CUSTOMER) != 0) {
				customers[node >>> 6] |= 1L << node;
			}
		}
		for (int target : targets) {
			if (target < 0 || target >= n) {
				throw new IllegalArgumentException("entry towards an unknown node: " + target); //$NON-NLS-1$
			}
		}
		return new NetworkGraph(ids, flags, offsets, targets, attrs, customers, hub, null);
	}

	/** A stable counting sort of {@code degree} entries from {@code from} by attribute. */
	static void sortByAttr(int[] targets, byte[] attrs, int from, int degree, int[] bufferTargets, byte[] bufferAttrs,
			int[] count) {
		Arrays.fill(count, 0);
		for (int e = from; e < from + degree; e++) {
			count[(attrs[e] & 0xFF) + 1]++;
		}
		for (int a = 0; a < 256; a++) {
			count[a + 1] += count[a];
		}
		for (int e = from; e < from + degree; e++) {
			int at = count[attrs[e] & 0xFF]++;
			bufferTargets[at] = targets[e];
			bufferAttrs[at] = attrs[e];
		}
		System.arraycopy(bufferTargets, 0, targets, from, degree);
		System.arraycopy(bufferAttrs, 0, attrs, from, degree);
	}

	/**
	 * Collects parties and links as they are streamed from the database and
	 * builds the graph in one go. Links are kept as pairs of int node numbers in
	 * growable arrays (nine bytes a link, no object per link) and sorted into
	 * place by counting, so a build of millions of links takes about a second.
	 * Not thread-safe; one use.
	 */
	public static final class Builder {

		private long[] nodeIds;
		private int[] nodeFlags;
		private int nodeCount;
		/** Open addressing id → arrival number: {@code [2 * slot]} id (0 = free), {@code [2 * slot + 1]} number. */
		private long[] table;
		private int[] linkFrom;
		private int[] linkTo;
		private byte[] linkAttrs;
		private int linkCount;
		/** Links seen before one of their ends: kept by id until {@link #build()}. */
		private long[] pendingEnds = new long[0];
		private byte[] pendingAttrs = new byte[0];
		private int pendingCount;
		private long dropped;
		private boolean built;
		private int hub = HUB;
		/** Links given but not looked up yet. */
		private static final int BATCH = 256;
		private final long[] batchEnds = new long[2 * BATCH];
		private final byte[] batchAttrs = new byte[BATCH];
		private final int[] batchFound = new int[2 * BATCH];
		private int batched;

		Builder(int expectedNodes, long expectedLinks) {
			int nodes = Math.max(16, expectedNodes);
			int links = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(16, expectedLinks));
			nodeIds = new long[nodes];
			nodeFlags = new int[nodes];
			table = new long[2 * tableCapacity(nodes)];
			linkFrom = new int[links];
			linkTo = new int[links];
			linkAttrs = new byte[links];
		}

		/** Adds a party, or replaces the flags of one already added. Ids are positive. */
		public Builder node(long partyId, int flags) {
			checkOpen();
			if (partyId <= 0) {
				throw new IllegalArgumentException("party ids are positive: " + partyId); //$NON-NLS-1$
			}
			int known = find(partyId);
			if (known >= 0) {
				nodeFlags[known] = flags;
				return this;
			}
			if (nodeCount == nodeIds.length) {
				int grown = grow(nodeIds.length);
				nodeIds = Arrays.copyOf(nodeIds, grown);
				nodeFlags = Arrays.copyOf(nodeFlags, grown);
			}
			if ((nodeCount + 1) * 10L > (table.length / 2) * 6L) {
				rehash();
			}
			nodeIds[nodeCount] = partyId;
			nodeFlags[nodeCount] = flags;
			insert(table, partyId, nodeCount);
			nodeCount++;
			return this;
		}

		/**
		 * Adds an undirected link, stored at {@code fromId} with attribute
		 * {@code slot | PAST?} and at {@code toId} with {@code slot | INVERSE | PAST?}.
		 * Self-links are ignored; a link whose ends are not both added by
		 * {@link #build()} is dropped and counted.
		 */
		public Builder link(long fromId, long toId, int slot, boolean past) {
			checkOpen();
			if (slot < 0 || slot > SLOT_MASK) {
				throw new IllegalArgumentException("slot out of 0..63: " + slot); //$NON-NLS-1$
			}
			if (fromId == toId) {
				return this;
			}
			int at = batched++;
			batchEnds[2 * at] = fromId;
			batchEnds[2 * at + 1] = toId;
			batchAttrs[at] = (byte) (slot | (past ? PAST : 0));
			if (batched == BATCH) {
				flush();
			}
			return this;
		}

		/**
		 * Looks up the ends of the links batched so far. The lookups miss the
		 * cache nearly always; made in a tight loop of independent lookups, the
		 * processor overlaps them.
		 */
		private void flush() {
			int count = batched;
			batched = 0;
			int[] found = batchFound;
			for (int i = 0; i < 2 * count; i++) {
				found[i] = find(batchEnds[i]);
			}
			if (linkCount + count > linkAttrs.length) {
				if (linkCount + count > Integer.MAX_VALUE / 2 - 16) {
					throw new IllegalStateException("too many links"); //$NON-NLS-1$
				}
				int grown = Math.max(linkCount + count, Math.min(Integer.MAX_VALUE / 2 - 16, grow(linkCount)));
				linkFrom = Arrays.copyOf(linkFrom, grown);
				linkTo = Arrays.copyOf(linkTo, grown);
				linkAttrs = Arrays.copyOf(linkAttrs, grown);
			}
			for (int i = 0; i < count; i++) {
				int from = found[2 * i];
				int to = found[2 * i + 1];
				if (from < 0 || to < 0) {
					if (pendingCount == pendingAttrs.length) {
						int grown = grow(pendingAttrs.length);
						pendingAttrs = Arrays.copyOf(pendingAttrs, grown);
						pendingEnds = Arrays.copyOf(pendingEnds, 2 * grown);
					}
					pendingEnds[2 * pendingCount] = batchEnds[2 * i];
					pendingEnds[2 * pendingCount + 1] = batchEnds[2 * i + 1];
					pendingAttrs[pendingCount++] = batchAttrs[i];
					continue;
				}
				linkFrom[linkCount] = from;
				linkTo[linkCount] = to;
				linkAttrs[linkCount++] = batchAttrs[i];
			}
		}

		/** Lowers the {@link NetworkGraph#HUB} degree, so that tests reach the hub code on small graphs. */
		Builder hubDegree(int degree) {
			hub = Math.max(1, degree);
			return this;
		}

		/** Links dropped because an end was never added; final after {@link #build()}. */
		public long droppedLinks() {
			return dropped;
		}

		/** The graph; the builder lets go of its arrays and cannot be used again. */
		public NetworkGraph build() {
			checkOpen();
			flush();
			built = true;
			resolvePending();
			int n = nodeCount;
			// rank = position in ascending id order; the database usually streams by id, and then rank = arrival
			long[] sortedIds = Arrays.copyOf(nodeIds, n);
			int[] arrival = new int[n];
			for (int i = 0; i < n; i++) {
				arrival[i] = i;
			}
			sortByKey(sortedIds, arrival);
			int[] sortedFlags = new int[n];
			boolean inOrder = true;
			for (int r = 0; r < n; r++) {
				sortedFlags[r] = nodeFlags[arrival[r]];
				inOrder &= arrival[r] == r;
			}
			int[] from = linkFrom;
			int[] to = linkTo;
			byte[] kinds = linkAttrs;
			int links = linkCount;
			nodeIds = null;
			nodeFlags = null;
			table = null;
			linkFrom = null;
			linkTo = null;
			linkAttrs = null;
			if (!inOrder) {
				int[] rank = new int[n];
				for (int r = 0; r < n; r++) {
					rank[arrival[r]] = r;
				}
				for (int l = 0; l < links; l++) {
					from[l] = rank[from[l]];
					to[l] = rank[to[l]];
				}
			}
			arrival = null;
			int[] offsets = new int[n + 1];
			int[] targets = new int[2 * links];
			byte[] attrs = new byte[2 * links];
			fill(from, to, kinds, links, offsets, targets, attrs);
			return fresh(sortedIds, sortedFlags, offsets, targets, attrs, hub);
		}

		/** Nodes per bucket in {@link #fill}: 32 k nodes have about 400 k entries, 2 MB, a cache's worth. */
		private static final int BUCKET_SHIFT = 15;

		/**
		 * Writes every link at both ends and the offsets. Writing 14 million
		 * entries at random into 70 MB would miss the cache nearly every time, so
		 * it takes two passes that stay in cache: the entries are first appended
		 * to the region of their node's bucket (a bucket is a range of nodes, so
		 * its entries end up in one stretch of the arrays; a few dozen streams
		 * of appends), then every bucket counts its nodes' entries and puts them
		 * in place within its own stretch.
		 */
		private static void fill(int[] from, int[] to, byte[] kinds, int links, int[] offsets, int[] targets,
				byte[] attrs) {
			int n = offsets.length - 1;
			int buckets = (n >>> BUCKET_SHIFT) + 1;
			int[] bucketStart = new int[buckets + 1];
			for (int l = 0; l < links; l++) {
				bucketStart[(from[l] >>> BUCKET_SHIFT) + 1]++;
				bucketStart[(to[l] >>> BUCKET_SHIFT) + 1]++;
			}
			for (int b = 0; b < buckets; b++) {
				bucketStart[b + 1] += bucketStart[b];
			}
			int[] cursor = Arrays.copyOf(bucketStart, buckets);
			short[] low = new short[2 * links]; // the node within its bucket
			int mask = (1 << BUCKET_SHIFT) - 1;
			for (int l = 0; l < links; l++) {
				int a = from[l];
				int b = to[l];
				int at = cursor[a >>> BUCKET_SHIFT]++;
				targets[at] = b;
				attrs[at] = kinds[l];
				low[at] = (short) (a & mask);
				at = cursor[b >>> BUCKET_SHIFT]++;
				targets[at] = a;
				attrs[at] = (byte) (kinds[l] | INVERSE);
				low[at] = (short) (b & mask);
			}
			int largest = 0;
			for (int b = 0; b < buckets; b++) {
				largest = Math.max(largest, bucketStart[b + 1] - bucketStart[b]);
			}
			int[] otherBuffer = new int[largest];
			byte[] attrBuffer = new byte[largest];
			int[] place = new int[1 << BUCKET_SHIFT];
			for (int b = 0; b < buckets; b++) {
				int start = bucketStart[b];
				int end = bucketStart[b + 1];
				int first = b << BUCKET_SHIFT;
				int count = Math.min(n - first, 1 << BUCKET_SHIFT);
				Arrays.fill(place, 0);
				for (int e = start; e < end; e++) {
					place[low[e]]++;
				}
				int sum = start;
				for (int i = 0; i < count; i++) {
					offsets[first + i] = sum;
					int degree = place[i];
					place[i] = sum - start;
					sum += degree;
				}
				System.arraycopy(targets, start, otherBuffer, 0, end - start);
				System.arraycopy(attrs, start, attrBuffer, 0, end - start);
				for (int e = start; e < end; e++) {
					int at = start + place[low[e]]++;
					targets[at] = otherBuffer[e - start];
					attrs[at] = attrBuffer[e - start];
				}
			}
			offsets[n] = 2 * links;
		}

		private void resolvePending() {
			for (int p = 0; p < pendingCount; p++) {
				int from = find(pendingEnds[2 * p]);
				int to = find(pendingEnds[2 * p + 1]);
				if (from < 0 || to < 0) {
					dropped++;
					continue;
				}
				if (linkCount == linkAttrs.length) {
					int grown = grow(linkCount);
					linkFrom = Arrays.copyOf(linkFrom, grown);
					linkTo = Arrays.copyOf(linkTo, grown);
					linkAttrs = Arrays.copyOf(linkAttrs, grown);
				}
				linkFrom[linkCount] = from;
				linkTo[linkCount] = to;
				linkAttrs[linkCount++] = pendingAttrs[p];
			}
			pendingEnds = null;
			pendingAttrs = null;
			pendingCount = 0;
		}

		private void checkOpen() {
			if (built) {
				throw new IllegalStateException("already built"); //$NON-NLS-1$
			}
		}

		private int find(long partyId) {
			long[] t = table;
			int mask = t.length / 2 - 1;
			int slot = hash(partyId) & mask;
			while (true) {
				long key = t[2 * slot];
				if (key == partyId) {
					return (int) t[2 * slot + 1];
				}
				if (key == 0) {
					return -1;
				}
				slot = (slot + 1) & mask;
			}
		}

		private static void insert(long[] t, long partyId, int number) {
			int mask = t.length / 2 - 1;
			int slot = hash(partyId) & mask;
			while (t[2 * slot] != 0) {
				slot = (slot + 1) & mask;
			}
			t[2 * slot] = partyId;
			t[2 * slot + 1] = number;
		}

		private void rehash() {
			long[] bigger = new long[table.length * 2];
			for (int i = 0; i < nodeCount; i++) {
				insert(bigger, nodeIds[i], i);
			}
			table = bigger;
		}

		private static int tableCapacity(int nodes) {
			int capacity = 16;
			while (capacity * 6L < nodes * 10L) {
				capacity <<= 1;
			}
			return capacity;
		}

		private static int hash(long id) {
			long h = id * 0x9E3779B97F4A7C15L;
			return (int) (h ^ (h >>> 32));
		}

		private static int grow(int length) {
			return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(16L, length + (long) (length >> 1)));
		}
	}

	/**
	 * Sorts ids ascending, carrying {@code values} along: a stable LSD radix
	 * sort over 11-bit digits, skipping digits every id shares (ids up to 10^10
	 * take four passes). Already sorted input, the usual case when the database
	 * streams by key, costs one check.
	 */
	static void sortByKey(long[] keys, int[] values) {
		int n = keys.length;
		boolean sorted = true;
		long or = 0;
		long and = -1;
		for (int i = 0; i < n; i++) {
			if (i > 0 && keys[i - 1] > keys[i]) {
				sorted = false;
			}
			or |= keys[i];
			and &= keys[i];
		}
		if (sorted) {
			return;
		}
		long varying = or ^ and; // bits that differ somewhere
		long[] keyBuffer = new long[n];
		int[] valueBuffer = new int[n];
		long[] k = keys;
		int[] v = values;
		int[] count = new int[1 << 11];
		for (int shift = 0; shift < 64; shift += 11) {
			if (((varying >>> shift) & 0x7FF) == 0) {
				continue;
			}
			Arrays.fill(count, 0);
			for (int i = 0; i < n; i++) {
				count[(int) ((k[i] >>> shift) & 0x7FF)]++;
			}
			int sum = 0;
			for (int d = 0; d < count.length; d++) {
				int c = count[d];
				count[d] = sum;
				sum += c;
			}
			for (int i = 0; i < n; i++) {
				int at = count[(int) ((k[i] >>> shift) & 0x7FF)]++;
				keyBuffer[at] = k[i];
				valueBuffer[at] = v[i];
			}
			long[] swapKeys = k;
			k = keyBuffer;
			keyBuffer = swapKeys;
			int[] swapValues = v;
			v = valueBuffer;
			valueBuffer = swapValues;
		}
		if (k != keys) {
			System.arraycopy(k, 0, keys, 0, n);
			System.arraycopy(v, 0, values, 0, n);
		}
	}
}
