package org.vinculo.core.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Turns on Derby's plan capture (XPLAIN tables in schema {@value #SCHEMA}) on
 * every connection EclipseLink takes from its pool, so a test can see how each
 * statement the services issued was executed.
 */
public final class PlanRecorder extends SessionEventAdapter {

	static final String SCHEMA = "PLANS"; //$NON-NLS-1$
	private static final Set<Connection> RECORDING = Collections.synchronizedSet(
			Collections.newSetFromMap(new IdentityHashMap<>()));

	/** Records the plans of everything later executed on {@code connection}. */
	static void record(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)"); //$NON-NLS-1$
			statement.execute("CALL SYSCS_UTIL.SYSCS_SET_XPLAIN_SCHEMA('" + SCHEMA + "')"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public void postAcquireConnection(SessionEvent event) {
		if (event.getResult() instanceof Accessor accessor
				&& accessor.getConnection() instanceof Connection connection && RECORDING.add(connection)) {
			try {
				record(connection);
			} catch (SQLException e) {
				throw new IllegalStateException("Cannot record query plans", e); //$NON-NLS-1$
			}
		}
	}
}
