package org.vinculo.core.persistence.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
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

	private final Database database;

	@Activate
	public JdbcNetworkSource(@Reference DatabaseComponent component) {
		this(component.database());
	}

	public JdbcNetworkSource(Database database) {
		this.database = database;
	}

	@Override
	public void readNodes(NodeSink sink) {
		try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
			statement.setFetchSize(10_000);
			// the narrow (KIND, ID) index instead of every wide party row
			try (ResultSet rows = statement.executeQuery("SELECT ID, KIND FROM PARTY --DERBY-PROPERTIES index=PARTY_BY_KIND_ID\n")) { //$NON-NLS-1$
				while (rows.next()) {
					sink.node(rows.getLong(1), "O".equals(rows.getString(2))); //$NON-NLS-1$
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
	public Boolean isOrganization(long partyId) {
		try (Connection connection = database.connection();
				PreparedStatement statement = connection.prepareStatement("SELECT KIND FROM PARTY WHERE ID = ?")) { //$NON-NLS-1$
			statement.setLong(1, partyId);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? "O".equals(rows.getString(1)) : null; //$NON-NLS-1$
			}
		} catch (SQLException e) {
			throw failure(e);
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
	public Period period(LinkKind kind, long typeId, long fromId, long toId) {
		String sql = kind == LinkKind.AFFILIATION
				? "SELECT SINCE_DATE, UNTIL_DATE, ORGANIZATION_ID FROM AFFILIATION WHERE PERSON_ID = ? AND ROLE_ID = ?" //$NON-NLS-1$
				: "SELECT SINCE_DATE, UNTIL_DATE, TO_ID FROM RELATIONSHIP WHERE FROM_ID = ? AND TYPE_ID = ?"; //$NON-NLS-1$
		Period best = null;
		try (Connection connection = database.connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, fromId);
			statement.setLong(2, typeId);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if (rows.getLong(3) != toId) {
						continue;
					}
					Date since = rows.getDate(1);
					Date until = rows.getDate(2);
					Period period = new Period(since == null ? null : since.toLocalDate(),
							until == null ? null : until.toLocalDate());
					if (best == null || later(period, best)) {
						best = period;
					}
				}
			}
		} catch (SQLException e) {
			throw failure(e);
		}
		return best;
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
