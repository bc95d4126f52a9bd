package org.vinculo.core.imports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Where imports write: a run per file, committed chunk by chunk with its
 * progress, so that an import interrupted by a cancel, a crash or a kill can be
 * resumed after its last committed record or rolled back as a whole.
 */
public interface ImportStore {

	/** Records a new run, {@link ImportRun.Status#RUNNING}, before any row is written. */
	ImportRun begin(String filePath, String settings);

	/**
	 * Writes a chunk in one transaction: its parties and affiliations (marked as
	 * the run's), its rejections, and the run's new last record and totals.
	 * New parties get their ids.
	 *
	 * @throws IllegalStateException when the run is not unfinished (rolled back
	 *                               meanwhile, or finished)
	 */
	void commit(ImportChunk chunk);

	/** Marks the run finished or cancelled. */
	void finish(long runId, ImportRun.Status status);

	Optional<ImportRun> run(long runId);

	/** Runs that were cancelled or interrupted: each can be resumed or rolled back. */
	List<ImportRun> unfinished();

	/** The latest runs, newest first. */
	List<ImportRun> recent(int limit);

	/** The run's rejected rows, in file order. */
	List<ImportRejection> rejections(long runId);

	/**
	 * Removes everything the run created (its affiliations, then its parties),
	 * chunk by chunk, and marks it rolled back. Records that existed before the
	 * import, and links added to them by other means, stay.
	 *
	 * @return how many parties were removed
	 */
	long rollback(long runId, IProgressMonitor monitor);

	/** Stored organizations by sort key ({@link org.vinculo.core.model.Party#normalize}), for linking. */
	Map<String, Long> organizationsByKey(Collection<String> sortKeys);

	/** Stored persons by email, lower-cased, for linking; merged-away parties are not found. */
	Map<String, Long> personsByEmail(Collection<String> emails);

	/** The stored affiliations of these persons as "personId|organizationId|roleId", so an import does not repeat a link. */
	java.util.Set<String> affiliationKeys(Collection<Long> personIds);
}
