package org.vinculo.core.dedupe;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;

/**
 * Finds records that look like the same person or organization: blocking on
 * name, email and phone keys, then fuzzy name similarity, exact keys (email,
 * phone normalised) and shared affiliations, each explained.
 */
public interface DuplicateService {

	/**
	 * Stored records that look like {@code draft}, best first: what a create
	 * dialog shows as the user types. The draft itself (when saved) is left out.
	 *
	 * @param affiliations ids of the organizations (for a person) or people (for
	 *                     an organization) the draft is, or will be, linked to
	 */
	List<DuplicateMatch> similarTo(Party draft, List<Long> affiliations, int limit);

	/**
	 * Scans every record of one kind, a cancellable job's work.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	DuplicateScan scan(PartyKind kind, IProgressMonitor monitor);
}
