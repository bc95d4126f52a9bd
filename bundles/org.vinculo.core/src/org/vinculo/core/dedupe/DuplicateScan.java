package org.vinculo.core.dedupe;

import java.util.List;

/**
 * The result of scanning the whole database for duplicates.
 *
 * @param parties      how many records were read
 * @param comparisons  how many pairs were scored
 * @param largeBlocks  groups (a very common name, a shared switchboard phone)
 *                     too large to compare pair by pair; their members were
 *                     still compared on their other keys
 */
public record DuplicateScan(List<DuplicateMatch> matches, long parties, long comparisons, long largeBlocks) {

	public DuplicateScan {
		matches = List.copyOf(matches);
	}
}
