package org.vinculo.core.exchange.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.vinculo.core.dedupe.MergeParticipant;

/**
 * A contributed merge participant: records that it ran, and throws when a test
 * arms it, to show a faulty contribution cancels the merge and loses nothing.
 */
public final class FailingParticipant implements MergeParticipant {

	static volatile boolean armed;
	static volatile int merges;
	static volatile int undos;

	@Override
	public void merge(Connection connection, long mergeId, long survivorId, long loserId) throws SQLException {
		if (armed) {
			// write something first: the rollback must take it back too
			try (PreparedStatement touch = connection
					.prepareStatement("UPDATE TEST_TICKET SET SUBJECT = 'touched' WHERE CUSTOMER_ID = ?")) {
				touch.setLong(1, survivorId);
				touch.executeUpdate();
			}
			throw new IllegalStateException("ticket store offline");
		}
		merges++;
	}

	@Override
	public void undo(Connection connection, long mergeId, long survivorId, long loserId) {
		undos++;
	}
}
