package org.vinculo.core.dedupe;

import java.time.Instant;

/**
 * A merge as history keeps it.
 *
 * @param moved    how many rows (affiliations, relationships, activities,
 *                 plug-in records) were re-pointed to the survivor
 * @param undoneAt when it was undone, or {@code null}
 */
public record MergeRecord(long id, long survivorId, long loserId, String survivorName, String loserName,
		Instant mergedAt, String mergedBy, long moved, Instant undoneAt) {

	public boolean isUndone() {
		return undoneAt != null;
	}
}
