package org.vinculo.core.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.storage.DataStore;
import org.vinculo.core.storage.DataStoreException;
import org.vinculo.core.storage.ModuleSchema;
import org.vinculo.core.storage.SqlWork;

/**
 * Plug-ins' JDBC access to the open database, one transaction per call. The
 * modules' scripts were applied when the database opened, so they are in place
 * before this service is offered. The core's own exceptions thrown by the work
 * (a validation, a stale version) pass through unchanged so plug-ins can use
 * them as the core does.
 */
@Component(service = DataStore.class)
public final class JdbcDataStore implements DataStore {

	private final Database database;

	@Activate
	public JdbcDataStore(@Reference DatabaseComponent component) {
		this.database = component.database();
	}

	private JdbcDataStore(Database database, boolean unused) {
		this.database = database;
	}

	/** A data store on an already open database (tests, benchmarks). */
	public static JdbcDataStore on(Database database) {
		return new JdbcDataStore(database, true);
	}

	@Override
	public <T> T write(SqlWork<T> work) {
		try (Connection connection = database.connection()) {
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new DataStoreException(e.getMessage(), e);
		}
	}

	@Override
	public <T> T read(SqlWork<T> work) {
		try (Connection connection = database.connection()) {
			connection.setReadOnly(true);
			return work.run(connection);
		} catch (SQLException e) {
			throw new DataStoreException(e.getMessage(), e);
		}
	}

	@Override
	public String databaseProduct() {
		return read(connection -> connection.getMetaData().getDatabaseProductName().contains("PostgreSQL") //$NON-NLS-1$
				? "PostgreSQL" //$NON-NLS-1$
				: "Derby"); //$NON-NLS-1$
	}

	@Override
	public List<ModuleSchema> modules() {
		return database.modules();
	}

	@Override
	public void post(String topic, Map<String, ?> properties) {
		database.post(topic, properties);
	}
}
