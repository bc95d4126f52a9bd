package org.vinculo.core.dedupe;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges two records of the same kind into one, losing nothing: the survivor
 * keeps its values except those the user takes from the loser; the loser's
 * emails, phones, addresses and tags are added; everything attached to the
 * loser (affiliations, relationships, activities, lifecycle history and what
 * plug-ins attach through {@code org.vinculo.core.mergeParticipants}) moves to
 * the survivor. The loser's own record is kept, hidden, and every merge can be
 * undone.
 */
public interface MergeService {

	/** The fields of the two records side by side, in form order. */
	List<MergeField> fields(long survivorId, long loserId);

	/**
	 * How many records are attached to the party, by kind ("Affiliations",
	 * "Activities", a plug-in's "Opportunities"…): what a merge moves.
	 */
	Map<String, Long> attachments(long partyId);

	/**
	 * Merges {@code loserId} into {@code survivorId} in one transaction.
	 *
	 * @param takeFromLoser codes of the fields whose loser value wins
	 * @throws org.vinculo.core.service.StaleRecordException when either record
	 *         was changed since the user looked ({@code versions} given as
	 *         survivor then loser version), or one of them was merged already
	 * @throws IllegalArgumentException when the kinds differ or the ids are equal
	 */
	MergeRecord merge(long survivorId, long loserId, Set<String> takeFromLoser, long survivorVersion,
			long loserVersion);

	/**
	 * Undoes a merge: the loser comes back, whatever moved moves back, the
	 * survivor's fields the merge changed get their old values (unless edited
	 * since, then the later edit stays), the added emails, phones and tags go.
	 *
	 * @throws IllegalStateException when the merge was undone already, or a later
	 *                               merge into the survivor must be undone first
	 */
	void undo(long mergeId);

	/** Merges the party took part in, newest first. */
	List<MergeRecord> history(long partyId);

	/** The latest merges, newest first. */
	List<MergeRecord> recent(int limit);
}
