package org.vinculo.core.search;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vinculo.core.service.PartyQuery;

/**
 * Finds persons and organizations as the user types: by name (case- and
 * accent-insensitive, by word prefix, tolerating typos), email, phone in any
 * formatting, city and tag. Answered from a search index kept beside the
 * database, so no query scans the party table.
 */
public interface PartySearch {

	/** Event Admin topic posted after the index applied committed changes. */
	String TOPIC_UPDATED = "org/vinculo/core/search/UPDATED"; //$NON-NLS-1$

	/**
	 * The best matches for the query's text (or every party by name when the text
	 * is empty), one page, with the total.
	 */
	SearchResult search(PartyQuery query);

	/** Tags in use that begin with {@code prefix}, in order, at most {@code limit}: what tag fields offer as you type. */
	List<String> tags(String prefix, int limit);

	/** Whether the index holds every committed change. */
	boolean isCurrent();

	/**
	 * Builds the index anew from the database, replacing the old one only when
	 * complete; searches keep answering from the old one meanwhile.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; the old index stays
	 */
	void rebuild(IProgressMonitor monitor);

	/** Applies the changes committed since the index was last updated. */
	void catchUp();
}
