package org.vinculo.core.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.expressions.ExpressionBuilder;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.queries.ReadObjectQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.sessions.server.ClientSession;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.Server;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.service.RecordEvents;
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
	private static final String PAGE_CACHE_PROPERTY = "derby.storage.pageCacheSize"; //$NON-NLS-1$
	private static final int PAGE_CACHE_PAGES = 25_000;
	private static final String UNASSIGNED_ID = "unassigned"; //$NON-NLS-1$

	private final DataSource dataSource;
	private final EntityManagerFactory entityManagerFactory;
	private final Runnable shutdown;
	private final int schemaVersion;
	private final List<org.vinculo.core.storage.ModuleSchema> modules;
	private final Path directory;
	private final String databaseId;
	private volatile EventAdmin eventAdmin;

	private Database(DataSource dataSource, String jdbcUrl, String targetDatabase, Path directory, Runnable shutdown,
			Map<String, Object> jpaProperties) {
		this.dataSource = dataSource;
		this.shutdown = shutdown;
		this.directory = directory;
		this.schemaVersion = new SchemaMigrations(dataSource).migrate();
		this.modules = List.copyOf(ModuleMigrations.migrate(dataSource));
		this.databaseId = assignDatabaseId(dataSource);
		Map<String, Object> properties = new HashMap<>();
		if (jdbcUrl != null) {
			// EclipseLink's own connection pool: a new embedded Derby connection per entity manager
			// costs more than the query it serves
			properties.put(PersistenceUnitProperties.JDBC_URL, jdbcUrl);
			properties.put(PersistenceUnitProperties.JDBC_DRIVER, "org.apache.derby.iapi.jdbc.AutoloadedDriver"); //$NON-NLS-1$
		} else {
			properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
		}
		properties.put(PersistenceUnitProperties.CLASSLOADER, Database.class.getClassLoader());
		properties.put(PersistenceUnitProperties.TARGET_DATABASE, targetDatabase);
		properties.putAll(jpaProperties);
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
		return openEmbedded(directory, Map.of());
	}

	/** As {@link #openEmbedded(Path)}, with more EclipseLink properties (tests record query plans). */
	static Database openEmbedded(Path directory, Map<String, Object> jpaProperties) {
		try {
			Files.createDirectories(directory.getParent());
		} catch (java.io.IOException e) {
			throw new PersistenceException("Cannot create " + directory.getParent(), e); //$NON-NLS-1$
		}
		if (System.getProperty("derby.stream.error.file") == null) { //$NON-NLS-1$
			System.setProperty("derby.stream.error.file", directory.resolveSibling("derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (System.getProperty(PAGE_CACHE_PROPERTY) == null) {
			// Derby's default cache is 1,000 pages (4 MB): far too small for a million parties
			System.setProperty(PAGE_CACHE_PROPERTY, String.valueOf(PAGE_CACHE_PAGES));
		}
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(directory.toAbsolutePath().toString());
		dataSource.setCreateDatabase("create"); //$NON-NLS-1$
		Runnable shutdown = () -> shutdownDerby(directory);
		return new Database(dataSource, "jdbc:derby:" + directory.toAbsolutePath(), "Derby", directory, shutdown, //$NON-NLS-1$ //$NON-NLS-2$
				jpaProperties);
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

	/** Prepares each connection {@link #connection()} hands out; tests record query plans with it. */
	interface ConnectionSetup {
		void prepare(Connection connection) throws SQLException;
	}

	private volatile ConnectionSetup connectionSetup;

	void setConnectionSetup(ConnectionSetup setup) {
		connectionSetup = setup;
	}

	/** A plain JDBC connection, for the reads EclipseLink does not serve (the search index's feed). */
	public Connection connection() throws SQLException {
		Connection connection = dataSource.getConnection();
		ConnectionSetup setup = connectionSetup;
		if (setup != null) {
			setup.prepare(connection);
		}
		return connection;
	}

	public int schemaVersion() {
		return schemaVersion;
	}

	/** The plug-ins' schema modules and where each stands, as of opening. */
	public List<org.vinculo.core.storage.ModuleSchema> modules() {
		return modules;
	}

	/** The directory the database lives in. */
	public Path directory() {
		return directory;
	}

	/** A random id given to the database the first time it was opened. */
	public String databaseId() {
		return databaseId;
	}

	private static String assignDatabaseId(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("SELECT DATABASE_ID FROM CHANGE_COUNTER WHERE ID = 1")) { //$NON-NLS-1$
				rs.next();
				String id = rs.getString(1);
				if (!UNASSIGNED_ID.equals(id)) {
					return id;
				}
			}
			String id = UUID.randomUUID().toString();
			try (PreparedStatement update = connection
					.prepareStatement("UPDATE CHANGE_COUNTER SET DATABASE_ID = ? WHERE ID = 1")) { //$NON-NLS-1$
				update.setString(1, id);
				update.executeUpdate();
			}
			return id;
		} catch (SQLException e) {
			throw new PersistenceException("Cannot read the database id: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/**
	 * Takes the next database-wide revision inside the writing transaction. The
	 * counter row stays locked until the transaction ends, so revisions are
	 * committed in increasing order: an index that applied revision n has seen
	 * every change up to n.
	 */
	static long nextRevision(EntityManager em) {
		em.createNativeQuery("UPDATE CHANGE_COUNTER SET REVISION = REVISION + 1 WHERE ID = 1").executeUpdate(); //$NON-NLS-1$
		Object value = em.createNativeQuery("SELECT REVISION FROM CHANGE_COUNTER WHERE ID = 1").getSingleResult(); //$NON-NLS-1$
		return ((Number) value).longValue();
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

	/**
	 * Saves an entry of an admin-edited list (affiliation roles, relationship
	 * types): inserts a new one, refuses a copy someone else changed meanwhile,
	 * merges the rest; then announces that the lists changed.
	 */
	<T> T saveListEntry(Class<T> type, T entry, Long id, long version, String label,
			ToLongFunction<T> versionOf) {
		T saved = write(em -> {
			if (id == null) {
				em.persist(entry);
				return entry;
			}
			T current = em.find(type, id);
			if (current == null || versionOf.applyAsLong(current) != version) {
				throw new StaleRecordException(NLS.bind(Messages.Stale_party, label), id, null);
			}
			return em.merge(entry);
		});
		post(RecordEvents.TYPES_TOPIC, Map.of());
		return saved;
	}

	/** Ids as an SQL IN list, "(1,2,3)": for bulk statements over a chunk of ids (numbers only, never user text). */
	static String inList(java.util.Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Records per transaction on the bulk paths (imports, generators). */
	public static final int BULK_CHUNK = 2_000;

	/**
	 * The bulk path: {@code items} a chunk of {@value #BULK_CHUNK} per
	 * transaction, each chunk announced on {@code topic} with its count once
	 * committed. A chunk that fails rolls back alone (earlier chunks stay), its
	 * items are handed to {@code forgetFailed}, and the exception goes on.
	 */
	<T> void writeInChunks(List<T> items, BiConsumer<EntityManager, List<T>> work, Consumer<T> forgetFailed,
			String topic) {
		for (int from = 0; from < items.size(); from += BULK_CHUNK) {
			List<T> chunk = items.subList(from, Math.min(items.size(), from + BULK_CHUNK));
			try {
				write(em -> {
					work.accept(em, chunk);
					return null;
				});
			} catch (RuntimeException e) {
				chunk.forEach(forgetFailed);
				throw e;
			}
			post(topic, Map.of(RecordEvents.COUNT, chunk.size()));
		}
	}

	/** The point reads' queries, one per entity class: prepared once (SQL and all), shared by every thread. */
	private final Map<Class<?>, ReadObjectQuery> findQueries = new ConcurrentHashMap<>();

	/**
	 * Reads one record by id, or null if there is none of that type: what an editor opens, the
	 * read a user waits on most. Every call reads the database (nothing is remembered between
	 * calls: other clients edit the same records), from any thread. The record comes back detached
	 * like those of {@link #read}; its lists load on first use.
	 * <p>
	 * Unlike {@code read(em -> em.find(type, id))} it builds no persistence context: no entity
	 * manager and unit of work, no working copy and backup copy of the record for change tracking,
	 * which a record read to be shown, and later saved through {@link #write}, does not need. It
	 * uses an EclipseLink client session of its own for the call (the cache is isolated per session,
	 * so that is where the record and its lists are built), and one query per type prepared once.
	 */
	public <T> T find(Class<T> type, long id) {
		Server server = JpaHelper.getServerSession(entityManagerFactory);
		ClientSession session = server.acquireClientSession();
		try {
			return type.cast(session.executeQuery(findQuery(type, session), List.of(id)));
		} finally {
			session.release();
		}
	}

	private ReadObjectQuery findQuery(Class<?> type, ClientSession session) {
		return findQueries.computeIfAbsent(type, t -> {
			ReadObjectQuery query = new ReadObjectQuery(t);
			ExpressionBuilder record = query.getExpressionBuilder();
			query.setSelectionCriteria(record.get("id").equal(record.getParameter("id"))); //$NON-NLS-1$ //$NON-NLS-2$
			query.addArgument("id", Long.class); //$NON-NLS-1$
			// generates the SQL now, once: left unprepared, EclipseLink would prepare a copy per call
			query.prepareCall(session, new DatabaseRecord());
			return query;
		});
	}

	/** Connections EclipseLink's pools have handed out and not had back: 0 when nothing runs (tests). */
	int connectionsInUse() {
		ServerSession server = (ServerSession) JpaHelper.getServerSession(entityManagerFactory);
		int inUse = 0;
		for (ConnectionPool pool : server.getConnectionPools().values()) {
			inUse += pool.getTotalNumberOfConnections() - pool.getConnectionsAvailable().size();
		}
		ConnectionPool read = server.getReadConnectionPool();
		if (!server.getConnectionPools().containsValue(read)) {
			inUse += read.getTotalNumberOfConnections() - read.getConnectionsAvailable().size();
		}
		return inUse;
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
