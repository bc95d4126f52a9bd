package org.vinculo.core.search;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The store's side of keeping a search index current. Every committed write
 * takes the next number of one database-wide revision counter and stamps it on
 * the parties it changed (deletions leave a tombstone with their revision), so an
 * index that remembers the last revision it applied can always catch up: after a
 * normal commit, and after a crash between a database commit and an index update.
 * Implemented by the persistence bundle; used by the search index.
 */
public interface PartyChangeFeed {

	/** Identifies the database, so an index built for another one is never reused. */
	String databaseId();

	/** The revision of the last committed change. */
	long currentRevision();

	/** Where an index for this database belongs: beside the database. */
	Path indexDirectory();

	/** How many parties the store holds. */
	long count();

	/**
	 * Hands every party changed after {@code revision} to {@code sink}, in id
	 * order. {@code revision} 0 means every party.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	void changedSince(long revision, Consumer<IndexedParty> sink, IProgressMonitor monitor);

	/** Ids of parties deleted after {@code revision}. */
	long[] deletedSince(long revision);
}
