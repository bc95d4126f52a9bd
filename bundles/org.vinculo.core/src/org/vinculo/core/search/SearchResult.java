package org.vinculo.core.search;

import java.util.List;

/**
 * One page of search results, best match first, and how many parties match in all.
 */
public record SearchResult(List<PartySummary> hits, long total) {

	public SearchResult {
		hits = List.copyOf(hits);
	}
}
