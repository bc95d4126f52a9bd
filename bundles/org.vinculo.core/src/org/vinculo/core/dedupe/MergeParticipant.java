package org.vinculo.core.dedupe;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plug-in code that takes part in every merge, contributed to
 * {@code org.vinculo.core.mergeParticipants} as a {@code participant}. Most
 * plug-ins do not need one: a {@code reference} element naming a table and a
 * party-id column is enough for the core to move and restore its rows. A
 * participant is for what a plain re-pointing cannot express.
 * <p>
 * Both methods run inside the merge's (or undo's) transaction; throwing rolls
 * the whole merge back, and the error names the contributing bundle.
 */
public interface MergeParticipant {

	/** Moves whatever the plug-in attaches to {@code loserId} over to {@code survivorId}. */
	void merge(Connection connection, long mergeId, long survivorId, long loserId) throws SQLException;

	/** Reverses {@link #merge} for the same merge id. */
	void undo(Connection connection, long mergeId, long survivorId, long loserId) throws SQLException;
}
