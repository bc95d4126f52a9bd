package org.vinculo.core.network.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Edits applied the way the application applies them: read both ends'
 * adjacency again and replace it with {@link NetworkGraph#withParty}, so
 * that the lists stay symmetric.
 */
final class GraphEdits {

	private GraphEdits() {
	}

	/** The entries of a party as (other id, attribute) pairs. */
	static List<long[]> entriesOf(NetworkGraph g, long partyId) {
		List<long[]> entries = new ArrayList<>();
		int node = g.indexOf(partyId);
		if (node >= 0) {
			g.forEachNeighbour(node, (other, attr) -> entries.add(new long[] { g.idAt(other), attr }));
		}
		return entries;
	}

	static NetworkGraph set(NetworkGraph g, long partyId, int flags, List<long[]> entries) {
		long[] others = new long[entries.size()];
		byte[] attrs = new byte[entries.size()];
		for (int i = 0; i < others.length; i++) {
			others[i] = entries.get(i)[0];
			attrs[i] = (byte) entries.get(i)[1];
		}
		return g.withParty(partyId, flags, others, attrs);
	}

	static NetworkGraph add(NetworkGraph g, long partyId, int flags) {
		return g.withParty(partyId, flags, new long[0], new byte[0]);
	}

	/** Adds a link from one party to another, at both ends. */
	static NetworkGraph link(NetworkGraph g, long fromId, long toId, int slot, boolean past) {
		int attr = slot | (past ? NetworkGraph.PAST : 0);
		List<long[]> from = entriesOf(g, fromId);
		from.add(new long[] { toId, attr });
		g = set(g, fromId, g.flags(g.indexOf(fromId)), from);
		List<long[]> to = entriesOf(g, toId);
		to.add(new long[] { fromId, attr | NetworkGraph.INVERSE });
		return set(g, toId, g.flags(g.indexOf(toId)), to);
	}

	/** Removes every link between two parties, at both ends. */
	static NetworkGraph unlink(NetworkGraph g, long aId, long bId) {
		List<long[]> a = entriesOf(g, aId);
		a.removeIf(entry -> entry[0] == bId);
		g = set(g, aId, g.flags(g.indexOf(aId)), a);
		List<long[]> b = entriesOf(g, bId);
		b.removeIf(entry -> entry[0] == aId);
		return set(g, bId, g.flags(g.indexOf(bId)), b);
	}

	/** Replaces a party's links by new random ones, and its old and new neighbours' sides to match. */
	static NetworkGraph relink(NetworkGraph g, long partyId, Random random) {
		Set<Long> touched = new LinkedHashSet<>();
		for (long[] entry : entriesOf(g, partyId)) {
			touched.add(entry[0]);
		}
		List<long[]> fresh = new ArrayList<>();
		int links = random.nextInt(4);
		for (int l = 0; l < links; l++) {
			long other = g.idAt(random.nextInt(g.nodeCount()));
			if (other != partyId && g.indexOf(other) >= 0) {
				fresh.add(new long[] { other, random.nextInt(6) | (random.nextInt(5) == 0 ? NetworkGraph.PAST : 0)
						| (random.nextBoolean() ? NetworkGraph.INVERSE : 0) });
				touched.add(other);
			}
		}
		int flags = g.flags(g.indexOf(partyId));
		g = set(g, partyId, flags, fresh);
		for (long neighbour : touched) {
			List<long[]> entries = entriesOf(g, neighbour);
			entries.removeIf(entry -> entry[0] == partyId);
			for (long[] entry : fresh) {
				if (entry[0] == neighbour) {
					entries.add(new long[] { partyId, entry[1] ^ NetworkGraph.INVERSE });
				}
			}
			g = set(g, neighbour, g.flags(g.indexOf(neighbour)), entries);
		}
		return g;
	}

	/** Removes a party and reads its former neighbours again. */
	static NetworkGraph remove(NetworkGraph g, long partyId) {
		long[] neighbours = entriesOf(g, partyId).stream().mapToLong(entry -> entry[0]).distinct().toArray();
		g = g.withoutParty(partyId);
		for (long neighbour : neighbours) {
			List<long[]> entries = entriesOf(g, neighbour);
			g = set(g, neighbour, g.flags(g.indexOf(neighbour)), entries); // the removed party's entries are skipped
		}
		return g;
	}

	/** Every party's flags and entries by id, for comparing two graphs whatever their numbering and entry order. */
	static String describe(NetworkGraph g) {
		List<String> parties = new ArrayList<>();
		for (int node = 0; node < g.nodeCount(); node++) {
			if (!g.contains(node)) {
				continue;
			}
			StringBuilder text = new StringBuilder().append(g.idAt(node)).append('/').append(g.flags(node)).append(':');
			List<long[]> entries = entriesOf(g, g.idAt(node));
			entries.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
			for (long[] entry : entries) {
				text.append(' ').append(entry[0]).append('=').append(entry[1]);
			}
			parties.add(text.toString());
		}
		String[] sorted = parties.toArray(new String[0]);
		Arrays.sort(sorted);
		return String.join("\n", sorted); //$NON-NLS-1$
	}
}
