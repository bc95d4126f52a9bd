package org.vinculo.core.persistence.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.network.NetworkSource;

import jakarta.persistence.PersistenceException;

/**
 * Streams the relationship network out of the database with plain JDBC: one
 * pass over each table at start-up (no entity objects for millions of links),
 * and each end's links on their own indexes after an edit.
 */
@Component(service = NetworkSource.class)
public final class JdbcNetworkSource implements NetworkSource {

	private static final int NAMES_PER_QUERY = 100;
	private static final String ACTIVE_CUSTOMER = LifecycleStage.ACTIVE_CUSTOMER.name();
	/** Beside the database directory, as the search index is. */
	static final String SNAPSHOT_SUFFIX = "-network.snapshot"; //$NON-NLS-1$

	private final Database database;

	@Activate
	public JdbcNetworkSource(@Reference DatabaseComponent component) {
		this(component.database());
	}

	private JdbcNetworkSource(Database database) {
		this.database = database;
	}

	/** A source on an open database, outside OSGi (tests, benchmarks); DS uses the other constructor. */
	public static JdbcNetworkSource on(Database database) {
		return new JdbcNetworkSource(database);
	}

	@Override
	public void readNodes(NodeSink sink) {
		try (Connection connection = database.connection()) {
			long[] customers = sortedIds(connection, "SELECT ID FROM PARTY" //$NON-NLS-1$
					+ JdbcPartyChangeFeed.useIndex("PARTY_BY_LIFECYCLE") + "WHERE LIFECYCLE = ?", ACTIVE_CUSTOMER); //$NON-NLS-1$ //$NON-NLS-2$
			try (Statement statement = connection.createStatement()) {
				statement.setFetchSize(10_000);
				// the narrow (KIND, ID) index instead of every wide party row
				try (ResultSet rows = statement.executeQuery("SELECT ID, KIND FROM PARTY --DERBY-PROPERTIES index=PARTY_BY_KIND_ID\n")) { //$NON-NLS-1$
					while (rows.next()) {
						long id = rows.getLong(1);
						sink.node(id, "O".equals(rows.getString(2)), Arrays.binarySearch(customers, id) >= 0); //$NON-NLS-1$
					}
				}
			}
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	@Override
	public void readLinks(LocalDate today, LinkSink sink) {
		try (Connection connection = database.connection()) {
			scan(connection, AFFILIATIONS, null, today, LinkKind.AFFILIATION, sink);
			scan(connection, RELATIONSHIPS, null, today, LinkKind.RELATIONSHIP, sink);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	@Override
	public void readLinksOf(long partyId, LocalDate today, LinkSink sink) {
		try (Connection connection = database.connection()) {
			// one query per end, each on its own index
			scan(connection, AFFILIATIONS + " WHERE PERSON_ID = ?", partyId, today, LinkKind.AFFILIATION, sink); //$NON-NLS-1$
			scan(connection, AFFILIATIONS + " WHERE ORGANIZATION_ID = ?", partyId, today, LinkKind.AFFILIATION, sink); //$NON-NLS-1$
			scan(connection, RELATIONSHIPS + " WHERE FROM_ID = ?", partyId, today, LinkKind.RELATIONSHIP, sink); //$NON-NLS-1$
			scan(connection, RELATIONSHIPS + " WHERE TO_ID = ?", partyId, today, LinkKind.RELATIONSHIP, sink); //$NON-NLS-1$
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	private static final String AFFILIATIONS = "SELECT ROLE_ID, PERSON_ID, ORGANIZATION_ID, UNTIL_DATE FROM AFFILIATION"; //$NON-NLS-1$
	private static final String RELATIONSHIPS = "SELECT TYPE_ID, FROM_ID, TO_ID, UNTIL_DATE FROM RELATIONSHIP"; //$NON-NLS-1$

	private static void scan(Connection connection, String sql, Long partyId, LocalDate today, LinkKind kind,
			LinkSink sink) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setFetchSize(10_000);
			if (partyId != null) {
				statement.setLong(1, partyId);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					Date until = rows.getDate(4);
					boolean past = until != null && until.toLocalDate().isBefore(today);
					sink.link(kind, rows.getLong(1), rows.getLong(2), rows.getLong(3), past);
				}
			}
		}
	}

	@Override
	public Node node(long partyId) {
		try (Connection connection = database.connection();
				PreparedStatement statement = connection.prepareStatement("SELECT KIND, LIFECYCLE FROM PARTY WHERE ID = ?")) { //$NON-NLS-1$
			statement.setLong(1, partyId);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? new Node(partyId, "O".equals(rows.getString(1)), //$NON-NLS-1$
						ACTIVE_CUSTOMER.equals(rows.getString(2))) : null;
			}
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	@Override
	public Revisions revisions() {
		try (Connection connection = database.connection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT REVISION, LINKS_BULK_REVISION FROM CHANGE_COUNTER WHERE ID = 1")) { //$NON-NLS-1$
			rows.next();
			return new Revisions(database.databaseId(), rows.getLong(1), rows.getLong(2));
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	@Override
	public long[] changedSince(long revision) {
		try (Connection connection = database.connection()) {
			return sortedIds(connection, "SELECT ID FROM PARTY" + JdbcPartyChangeFeed.useIndex("PARTY_BY_REVISION") //$NON-NLS-1$ //$NON-NLS-2$
					+ "WHERE REVISION > ?", revision); //$NON-NLS-1$
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	@Override
	public long[] deletedSince(long revision) {
		try (Connection connection = database.connection()) {
			return sortedIds(connection, "SELECT PARTY_ID FROM PARTY_TOMBSTONE WHERE REVISION > ?", revision); //$NON-NLS-1$
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	@Override
	public long[] endingBetween(LocalDate from, LocalDate to) {
		if (!from.isBefore(to)) {
			return new long[0];
		}
		try (Connection connection = database.connection()) {
			long[] affiliations = sortedIds(connection, "SELECT PERSON_ID, ORGANIZATION_ID FROM AFFILIATION" //$NON-NLS-1$
					+ JdbcPartyChangeFeed.useIndex("AFFILIATION_BY_UNTIL") + "WHERE UNTIL_DATE >= ? AND UNTIL_DATE < ?", //$NON-NLS-1$ //$NON-NLS-2$
					Date.valueOf(from), Date.valueOf(to));
			long[] relationships = sortedIds(connection, "SELECT FROM_ID, TO_ID FROM RELATIONSHIP" //$NON-NLS-1$
					+ JdbcPartyChangeFeed.useIndex("RELATIONSHIP_BY_UNTIL") + "WHERE UNTIL_DATE >= ? AND UNTIL_DATE < ?", //$NON-NLS-1$ //$NON-NLS-2$
					Date.valueOf(from), Date.valueOf(to));
			long[] both = Arrays.copyOf(affiliations, affiliations.length + relationships.length);
			System.arraycopy(relationships, 0, both, affiliations.length, relationships.length);
			return Arrays.stream(both).sorted().distinct().toArray();
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	@Override
	public Path snapshotFile() {
		Path directory = database.directory();
		return directory == null ? null : directory.resolveSibling(directory.getFileName() + SNAPSHOT_SUFFIX);
	}

	/** Every id the query returns (every column of every row), ascending and without repeats. */
	private static long[] sortedIds(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setFetchSize(10_000);
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			long[] ids = new long[256];
			int size = 0;
			try (ResultSet rows = statement.executeQuery()) {
				int columns = rows.getMetaData().getColumnCount();
				while (rows.next()) {
					for (int column = 1; column <= columns; column++) {
						if (size == ids.length) {
							ids = Arrays.copyOf(ids, size * 2);
						}
						ids[size++] = rows.getLong(column);
					}
				}
			}
			return Arrays.stream(ids, 0, size).sorted().distinct().toArray();
		}
	}

	@Override
	public List<Named> names(long[] partyIds) {
		List<Named> result = new ArrayList<>(partyIds.length);
		try (Connection connection = database.connection()) {
			for (int start = 0; start < partyIds.length; start += NAMES_PER_QUERY) {
				int count = Math.min(NAMES_PER_QUERY, partyIds.length - start);
				StringBuilder sql = new StringBuilder("SELECT ID, KIND, DISPLAY_NAME FROM PARTY WHERE ID IN ("); //$NON-NLS-1$
				for (int i = 0; i < count; i++) {
					sql.append(i == 0 ? "?" : ",?"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				try (PreparedStatement statement = connection.prepareStatement(sql.append(')').toString())) {
					for (int i = 0; i < count; i++) {
						statement.setLong(i + 1, partyIds[start + i]);
					}
					try (ResultSet rows = statement.executeQuery()) {
						while (rows.next()) {
							result.add(new Named(rows.getLong(1), "O".equals(rows.getString(2)), rows.getString(3))); //$NON-NLS-1$
						}
					}
				}
			}
		} catch (SQLException e) {
			throw failure(e);
		}
		return result;
	}

	@Override
	public Map<LinkKey, Period> periods(Collection<LinkKey> links) {
		Map<LinkKey, Period> result = new HashMap<>();
		if (links.isEmpty()) {
			return result;
		}
		// a person has few affiliations; a relationship is found by its pair, not among all of a hub's links
		try (Connection connection = database.connection();
				PreparedStatement affiliation = connection.prepareStatement("SELECT SINCE_DATE, UNTIL_DATE FROM AFFILIATION" //$NON-NLS-1$
						+ JdbcPartyChangeFeed.useConstraint("AFFILIATION_PERSON") //$NON-NLS-1$
						+ "WHERE PERSON_ID = ? AND ORGANIZATION_ID = ? AND ROLE_ID = ?"); //$NON-NLS-1$
				PreparedStatement relationship = connection.prepareStatement("SELECT SINCE_DATE, UNTIL_DATE FROM RELATIONSHIP" //$NON-NLS-1$
						+ JdbcPartyChangeFeed.useIndex("RELATIONSHIP_BY_PAIR") //$NON-NLS-1$
						+ "WHERE FROM_ID = ? AND TO_ID = ? AND TYPE_ID = ?")) { //$NON-NLS-1$
			for (LinkKey link : links) {
				PreparedStatement statement = link.kind() == LinkKind.AFFILIATION ? affiliation : relationship;
				statement.setLong(1, link.fromId());
				statement.setLong(2, link.toId());
				statement.setLong(3, link.typeId());
				Period best = null;
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						Date since = rows.getDate(1);
						Date until = rows.getDate(2);
						Period period = new Period(since == null ? null : since.toLocalDate(),
								until == null ? null : until.toLocalDate());
						if (best == null || later(period, best)) {
							best = period;
						}
					}
				}
				if (best != null) {
					result.put(link, best);
				}
			}
		} catch (SQLException e) {
			throw failure(e);
		}
		return result;
	}

	/** Open-ended beats ended; then the later end. */
	private static boolean later(Period a, Period b) {
		if (a.until() == null || b.until() == null) {
			return a.until() == null && b.until() != null;
		}
		return a.until().isAfter(b.until());
	}

	private static PersistenceException failure(SQLException e) {
		return new PersistenceException(e.getMessage(), e);
	}
}
