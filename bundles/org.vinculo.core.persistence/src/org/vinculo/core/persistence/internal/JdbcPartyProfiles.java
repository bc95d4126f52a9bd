package org.vinculo.core.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.dedupe.PartyProfile;
import org.vinculo.core.dedupe.PartyProfiles;
import org.vinculo.core.model.PartyKind;

/**
 * Reads duplicate-detection profiles with plain JDBC: a whole-database scan
 * reads the party table, the contact points and the affiliations once each, in
 * id order, a chunk of ids at a time.
 */
@Component(service = PartyProfiles.class)
public final class JdbcPartyProfiles implements PartyProfiles {

	private static final int CHUNK = 5_000;
	private final Database database;

	@Activate
	public JdbcPartyProfiles(@Reference DatabaseComponent component) {
		this(component.database());
	}

	private JdbcPartyProfiles(Database database) {
		this.database = database;
	}

	/** For tests and tools outside OSGi (one public constructor only, for Felix SCR). */
	public static JdbcPartyProfiles on(Database database) {
		return new JdbcPartyProfiles(database);
	}

	@Override
	public long count(PartyKind kind) {
		try (Connection connection = database.connection(); PreparedStatement count = connection
				.prepareStatement("SELECT COUNT(*) FROM PARTY WHERE KIND = ?")) { //$NON-NLS-1$
			count.setString(1, code(kind));
			try (ResultSet rows = count.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public List<PartyProfile> profiles(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		try (Connection connection = database.connection()) {
			List<PartyProfile> profiles = new ArrayList<>();
			List<Long> all = new ArrayList<>(ids);
			for (int from = 0; from < all.size(); from += 500) {
				String in = Database.inList(all.subList(from, Math.min(all.size(), from + 500)));
				profiles.addAll(read(connection, "p.ID IN " + in, "c.PARTY_ID IN " + in, in)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return profiles;
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void forEach(PartyKind kind, Consumer<PartyProfile> sink, IProgressMonitor monitor) {
		try (Connection connection = database.connection()) {
			long[] ids = ids(connection, kind);
			for (int from = 0; from < ids.length; from += CHUNK) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				long low = ids[from];
				long high = ids[Math.min(ids.length, from + CHUNK) - 1];
				String range = " BETWEEN " + low + " AND " + high; //$NON-NLS-1$ //$NON-NLS-2$
				read(connection, "p.KIND = '" + code(kind) + "' AND p.ID" + range, "c.PARTY_ID" + range, null) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.forEach(sink);
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static long[] ids(Connection connection, PartyKind kind) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement select = connection
				.prepareStatement("SELECT ID FROM PARTY WHERE KIND = ? ORDER BY ID")) { //$NON-NLS-1$
			select.setString(1, code(kind));
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
		}
		return ids.stream().mapToLong(Long::longValue).toArray();
	}

	/** Profiles of the parties matching {@code partyWhere}, their contacts and affiliations. */
	private static List<PartyProfile> read(Connection connection, String partyWhere, String contactWhere, String idList)
			throws SQLException {
		record Row(long id, PartyKind kind, String display, String first, String last, List<String> emails,
				List<String> phones, Map<Long, String> links) {
		}
		Map<Long, Row> rows = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
				"SELECT p.ID, p.KIND, p.DISPLAY_NAME, p.FIRST_NAME, p.LAST_NAME, p.ORG_NAME FROM PARTY p WHERE " //$NON-NLS-1$
						+ partyWhere + " AND p.MERGED_INTO IS NULL")) { //$NON-NLS-1$
			while (result.next()) {
				boolean person = "P".equals(result.getString(2)); //$NON-NLS-1$
				rows.put(result.getLong(1), new Row(result.getLong(1), person ? PartyKind.PERSON : PartyKind.ORGANIZATION,
						result.getString(3), person ? result.getString(4) : null,
						person ? result.getString(5) : result.getString(6), new ArrayList<>(2), new ArrayList<>(2),
						new HashMap<>(2)));
			}
		}
		if (rows.isEmpty()) {
			return List.of();
		}
		try (Statement statement = connection.createStatement(); ResultSet result = statement
				.executeQuery("SELECT c.PARTY_ID, c.CHANNEL, c.CONTACT_VALUE FROM CONTACT_POINT c WHERE " + contactWhere)) { //$NON-NLS-1$
			while (result.next()) {
				Row row = rows.get(result.getLong(1));
				if (row != null) {
					("EMAIL".equals(result.getString(2)) ? row.emails() : row.phones()).add(result.getString(3)); //$NON-NLS-1$
				}
			}
		}
		boolean persons = rows.values().iterator().next().kind() == PartyKind.PERSON;
		String side = persons ? "a.PERSON_ID" : "a.ORGANIZATION_ID"; //$NON-NLS-1$ //$NON-NLS-2$
		String other = persons ? "a.ORGANIZATION_ID" : "a.PERSON_ID"; //$NON-NLS-1$ //$NON-NLS-2$
		String where = idList != null ? side + " IN " + idList : side + contactWhere.substring("c.PARTY_ID".length()); //$NON-NLS-1$ //$NON-NLS-2$
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
				"SELECT " + side + ", " + other + ", o.DISPLAY_NAME FROM AFFILIATION a JOIN PARTY o ON o.ID = " + other //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ " WHERE " + where)) { //$NON-NLS-1$
			while (result.next()) {
				Row row = rows.get(result.getLong(1));
				if (row != null) {
					row.links().put(result.getLong(2), result.getString(3));
				}
			}
		}
		List<PartyProfile> profiles = new ArrayList<>(rows.size());
		for (Row row : rows.values()) {
			profiles.add(new PartyProfile(row.id(), row.kind(), row.display(), row.first(), row.last(), row.emails(),
					row.phones(), row.links()));
		}
		return profiles;
	}

	private static String code(PartyKind kind) {
		return kind == PartyKind.PERSON ? "P" : "O"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
