package org.vinculo.core.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.PartyKind;

/**
 * Scans every record of one kind for duplicates: reads the profiles once,
 * groups them by {@link DuplicateRules#keys blocking key}, and scores each pair
 * that shares a key, once. Groups larger than {@value #MAX_BLOCK} (the
 * commonest names) are not compared pair by pair; their members still meet
 * through their other keys (email, phone, same name at the same organization).
 */
public final class DuplicateScanner {

	static final int MAX_BLOCK = 60;

	private DuplicateScanner() {
	}

	public static DuplicateScan scan(PartyProfiles source, PartyKind kind, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Duplicate_task, 100);
		long total = source.count(kind);
		List<PartyProfile> profiles = new ArrayList<>((int) Math.min(total, Integer.MAX_VALUE - 8));
		Map<String, int[]> blocks = new HashMap<>();
		SubMonitor reading = progress.split(50).setWorkRemaining((int) Math.max(1, total / 1000));
		source.forEach(kind, profile -> {
			int index = profiles.size();
			profiles.add(profile);
			for (String key : DuplicateRules.keys(profile)) {
				blocks.merge(key, new int[] { 1, index }, (block, single) -> append(block, single[1]));
			}
			if (index % 1000 == 999) {
				reading.worked(1);
			}
		}, reading);
		SubMonitor comparing = progress.split(50).setWorkRemaining(Math.max(1, blocks.size() / 1000));
		Set<Long> compared = new HashSet<>();
		List<DuplicateMatch> matches = new ArrayList<>();
		long comparisons = 0;
		long large = 0;
		int seen = 0;
		for (int[] block : blocks.values()) {
			if (++seen % 1000 == 0) {
				comparing.worked(1);
				if (comparing.isCanceled()) {
					throw new OperationCanceledException();
				}
			}
			int size = block[0];
			if (size < 2) {
				continue;
			}
			if (size > MAX_BLOCK) {
				large++;
				continue;
			}
			for (int i = 1; i <= size; i++) {
				for (int j = i + 1; j <= size; j++) {
					PartyProfile a = profiles.get(block[i]);
					PartyProfile b = profiles.get(block[j]);
					long pair = (Math.min(a.id(), b.id()) << 32) ^ Math.max(a.id(), b.id());
					if (!compared.add(pair)) {
						continue;
					}
					comparisons++;
					DuplicateMatch match = DuplicateRules.compare(a, b);
					if (match != null) {
						matches.add(match);
					}
				}
			}
		}
		matches.sort(Comparator.comparingInt(DuplicateMatch::score).reversed()
				.thenComparing(match -> match.first().displayName(), String.CASE_INSENSITIVE_ORDER));
		return new DuplicateScan(matches, profiles.size(), comparisons, large);
	}

	/** Blocks as growable int arrays, element 0 the size: millions of keys without boxed lists. */
	private static int[] append(int[] block, int index) {
		int size = block[0];
		if (size > MAX_BLOCK) {
			return block; // stays "large"; members are no longer needed
		}
		int[] grown = block;
		if (size + 1 >= block.length) {
			grown = java.util.Arrays.copyOf(block, Math.max(4, block.length * 2));
		}
		grown[size + 1] = index;
		grown[0] = size + 1;
		return grown;
	}
}
