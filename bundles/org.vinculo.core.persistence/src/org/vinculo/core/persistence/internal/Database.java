package org.vinculo.core.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.vinculo.core.service.StaleRecordException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * One open Vinculo database: the JDBC data source, its schema brought up to
 * date, and the EclipseLink persistence unit on top. Everything above this class
 * sees only the core service interfaces; this is the persistence boundary.
 */
public final class Database implements AutoCloseable {

	static final String PERSISTENCE_UNIT = "vinculo"; //$NON-NLS-1$

	private final DataSource dataSource;
	private final EntityManagerFactory entityManagerFactory;
	private final Runnable shutdown;
	private final int schemaVersion;
	private volatile EventAdmin eventAdmin;

	private Database(DataSource dataSource, String targetDatabase, Runnable shutdown) {
		this.dataSource = dataSource;
		this.shutdown = shutdown;
		this.schemaVersion = new SchemaMigrations(dataSource).migrate();
		Map<String, Object> properties = new HashMap<>();
		properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
		properties.put(PersistenceUnitProperties.CLASSLOADER, Database.class.getClassLoader());
		properties.put(PersistenceUnitProperties.TARGET_DATABASE, targetDatabase);
		EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(PERSISTENCE_UNIT,
				properties);
		if (factory == null) {
			throw new IllegalStateException("EclipseLink found no persistence unit " + PERSISTENCE_UNIT); //$NON-NLS-1$
		}
		this.entityManagerFactory = factory;
	}

	/**
	 * Opens (creating it on first use) the embedded Derby database in
	 * {@code directory}, migrating its schema to the current version.
	 */
	public static Database openEmbedded(Path directory) {
		try {
			Files.createDirectories(directory.getParent());
		} catch (java.io.IOException e) {
			throw new PersistenceException("Cannot create " + directory.getParent(), e); //$NON-NLS-1$
		}
		if (System.getProperty("derby.stream.error.file") == null) { //$NON-NLS-1$
			System.setProperty("derby.stream.error.file", directory.resolveSibling("derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(directory.toAbsolutePath().toString());
		dataSource.setCreateDatabase("create"); //$NON-NLS-1$
		Runnable shutdown = () -> shutdownDerby(directory);
		return new Database(dataSource, "Derby", shutdown); //$NON-NLS-1$
	}

	private static void shutdownDerby(Path directory) {
		EmbeddedDataSource stop = new EmbeddedDataSource();
		stop.setDatabaseName(directory.toAbsolutePath().toString());
		stop.setShutdownDatabase("shutdown"); //$NON-NLS-1$
		try (Connection ignored = stop.getConnection()) {
			// Derby reports a successful shutdown with SQLState 08006, never by returning
		} catch (SQLException expected) {
			if (!"08006".equals(expected.getSQLState())) { //$NON-NLS-1$
				throw new PersistenceException("Derby did not shut down cleanly", expected); //$NON-NLS-1$
			}
		}
	}

	public DataSource dataSource() {
		return dataSource;
	}

	public int schemaVersion() {
		return schemaVersion;
	}

	/** Runs {@code work} in one transaction and commits, or rolls back on any exception. */
	public <T> T write(Function<EntityManager, T> work) {
		EntityManager em = entityManagerFactory.createEntityManager();
		EntityTransaction tx = em.getTransaction();
		try {
			tx.begin();
			T result = work.apply(em);
			tx.commit();
			return result;
		} catch (OptimisticLockException e) {
			throw new StaleRecordException(e.getMessage(), null, e);
		} catch (PersistenceException e) {
			if (causedByOptimisticLock(e)) {
				throw new StaleRecordException(e.getMessage(), null, e);
			}
			throw e;
		} finally {
			if (tx.isActive()) {
				tx.rollback();
			}
			em.close();
		}
	}

	/** Runs {@code work} with an entity manager that is closed afterwards; results come back detached. */
	public <T> T read(Function<EntityManager, T> work) {
		EntityManager em = entityManagerFactory.createEntityManager();
		try {
			return work.apply(em);
		} finally {
			em.close();
		}
	}

	private static boolean causedByOptimisticLock(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof OptimisticLockException
					|| t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
				return true;
			}
		}
		return false;
	}

	void setEventAdmin(EventAdmin eventAdmin) {
		this.eventAdmin = eventAdmin;
	}

	/** Posts a change event asynchronously; call only after the change is committed. */
	void post(String topic, Map<String, ?> properties) {
		EventAdmin admin = eventAdmin;
		if (admin != null) {
			admin.postEvent(new Event(topic, properties));
		}
	}

	@Override
	public void close() {
		try {
			entityManagerFactory.close();
		} finally {
			shutdown.run();
		}
	}
}
