package org.vinculo.core.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.model.CustomValues;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Segment;
import org.vinculo.core.search.Facets;
import org.vinculo.core.search.IndexedParty;
import org.vinculo.core.search.PartyChangeFeed;

import jakarta.persistence.PersistenceException;

/**
 * Reads changed parties for the search index with plain JDBC: one query per
 * table for a chunk of parties (a key range when the chunk is dense, an id list
 * otherwise), never one query per party, so a full reindex of a million parties
 * reads the tables once.
 */
@Component(service = PartyChangeFeed.class)
public final class JdbcPartyChangeFeed implements PartyChangeFeed {

	static final int CHUNK = 1_000;
	private static final String INDEX_SUFFIX = "-search"; //$NON-NLS-1$

	private final Database database;

	@Activate
	public JdbcPartyChangeFeed(@Reference DatabaseComponent component) {
		this(component.database());
	}

	public JdbcPartyChangeFeed(Database database) {
		this.database = database;
	}

	@Override
	public String databaseId() {
		return database.databaseId();
	}

	@Override
	public Path indexDirectory() {
		Path directory = database.directory();
		return directory.resolveSibling(directory.getFileName() + INDEX_SUFFIX);
	}

	@Override
	public long currentRevision() {
		return queryLong("SELECT REVISION FROM CHANGE_COUNTER WHERE ID = 1"); //$NON-NLS-1$
	}

	@Override
	public long count() {
		return queryLong("SELECT COUNT(*) FROM PARTY WHERE MERGED_INTO IS NULL"); //$NON-NLS-1$
	}

	@Override
	public long[] deletedSince(long revision) {
		try (Connection connection = database.connection()) {
			return ids(connection, "SELECT PARTY_ID FROM PARTY_TOMBSTONE WHERE REVISION > ? ORDER BY PARTY_ID", //$NON-NLS-1$
					revision);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	@Override
	public void changedSince(long revision, Consumer<IndexedParty> sink, IProgressMonitor monitor) {
		try (Connection connection = database.connection()) {
			String primaryKey = primaryKeyOfParty(connection);
			long[] ids = revision <= 0 ? ids(connection, "SELECT ID FROM PARTY" + useConstraint(primaryKey) + "ORDER BY ID") //$NON-NLS-1$ //$NON-NLS-2$
					: ids(connection, "SELECT ID FROM PARTY" + useIndex("PARTY_BY_REVISION") //$NON-NLS-1$ //$NON-NLS-2$
							+ "WHERE REVISION > ? ORDER BY ID", revision); //$NON-NLS-1$
			SubMonitor progress = SubMonitor.convert(monitor, (ids.length + CHUNK - 1) / CHUNK);
			try (ChunkReader reader = new ChunkReader(connection, primaryKey)) {
				for (int from = 0; from < ids.length; from += CHUNK) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					reader.read(Arrays.copyOfRange(ids, from, Math.min(ids.length, from + CHUNK))).forEach(sink);
					progress.worked(1);
				}
			}
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	private long queryLong(String sql) {
		try (Connection connection = database.connection();
				PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	private static long[] ids(Connection connection, String sql, long... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setLong(i + 1, parameters[i]);
			}
			long[] ids = new long[1024];
			int size = 0;
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					if (size == ids.length) {
						ids = Arrays.copyOf(ids, size * 2);
					}
					ids[size++] = rs.getLong(1);
				}
			}
			return Arrays.copyOf(ids, size);
		}
	}

	/*
	 * Derby's optimizer does not know how few rows a parameterized key range
	 * selects and may scan a whole table per chunk instead; these comments fix the
	 * access path (Derby's optimizer overrides; other databases read them as comments).
	 * Foreign keys are named rather than the indexes on the same columns: Derby
	 * shares one backing index between them and keeps only the constraint's name.
	 */
	static String useIndex(String index) {
		return " --DERBY-PROPERTIES index=" + index + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String useConstraint(String constraint) {
		// quoted: Derby's generated names are case-sensitive and contain dashes
		return constraint == null ? " " : " --DERBY-PROPERTIES constraint=\"" + constraint + "\"\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The primary key of PARTY has a name Derby made up; overrides need it. */
	static String primaryKeyOfParty(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT c.CONSTRAINTNAME FROM SYS.SYSCONSTRAINTS c " //$NON-NLS-1$
				+ "JOIN SYS.SYSTABLES t ON c.TABLEID = t.TABLEID WHERE t.TABLENAME = 'PARTY' AND c.TYPE = 'P'"); //$NON-NLS-1$
				ResultSet rs = statement.executeQuery()) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	private static PersistenceException failure(SQLException e) {
		return new PersistenceException("Cannot read changes for the search index: " + e.getMessage(), e); //$NON-NLS-1$
	}

	/** Reads the parties of one chunk of sorted ids, with every contact detail, in four queries. */
	private static final class ChunkReader implements AutoCloseable {

		private static final String[] SELECTS = {
				"SELECT ID, KIND, REVISION, DISPLAY_NAME, SORT_KEY, LIFECYCLE, TYPE_ID, INDUSTRY_ID, ACTIVITY_ID," //$NON-NLS-1$
						+ " SOURCE_ID, TERRITORY_ID, OWNER_ID, CUSTOM_VALUES, MERGED_INTO FROM PARTY%sWHERE ID", //$NON-NLS-1$
				"SELECT PARTY_ID, CHANNEL, CONTACT_VALUE FROM CONTACT_POINT" + useConstraint("CONTACT_POINT_PARTY") //$NON-NLS-1$ //$NON-NLS-2$
						+ "WHERE PARTY_ID", //$NON-NLS-1$
				"SELECT PARTY_ID, CITY FROM POSTAL_ADDRESS" + useConstraint("POSTAL_ADDRESS_PARTY") + "WHERE PARTY_ID", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"SELECT PARTY_ID, TAG FROM PARTY_TAG" + useConstraint("PARTY_TAG_KEY") + "WHERE PARTY_ID" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		private static final String[] ORDER = { "", " ORDER BY PARTY_ID, SORT_ORDER", //$NON-NLS-1$ //$NON-NLS-2$
				" ORDER BY PARTY_ID, SORT_ORDER", "" }; //$NON-NLS-1$ //$NON-NLS-2$

		private final PreparedStatement[] byRange = new PreparedStatement[SELECTS.length];
		private final PreparedStatement[] byList = new PreparedStatement[SELECTS.length];

		ChunkReader(Connection connection, String primaryKey) throws SQLException {
			String list = " IN (" + "?,".repeat(CHUNK - 1) + "?)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (int i = 0; i < SELECTS.length; i++) {
				String select = String.format(SELECTS[i], useConstraint(primaryKey));
				byRange[i] = connection.prepareStatement(select + " BETWEEN ? AND ?" + ORDER[i]); //$NON-NLS-1$
				byList[i] = connection.prepareStatement(select + list + ORDER[i]);
			}
		}

		List<IndexedParty> read(long[] ids) throws SQLException {
			// ids are shared by every kind of record, so a chunk of parties spans a few times its size
			boolean dense = ids[ids.length - 1] - ids[0] <= 16L * ids.length;
			Map<Long, Builder> parties = new LinkedHashMap<>();
			try (ResultSet rs = execute(0, ids, dense)) {
				while (rs.next()) {
					long id = rs.getLong(1);
					// a merged-away party keeps its row for undo but is not searchable
					if ((!dense || Arrays.binarySearch(ids, id) >= 0) && rs.getObject(14) == null) {
						Builder party = new Builder(id, "O".equals(rs.getString(2)) ? PartyKind.ORGANIZATION //$NON-NLS-1$
								: PartyKind.PERSON, rs.getLong(3), rs.getString(4), rs.getString(5));
						party.readFacets(rs);
						parties.put(id, party);
					}
				}
			}
			try (ResultSet rs = execute(1, ids, dense)) {
				while (rs.next()) {
					Builder party = parties.get(rs.getLong(1));
					if (party != null) {
						("EMAIL".equals(rs.getString(2)) ? party.emails : party.phones).add(rs.getString(3)); //$NON-NLS-1$
					}
				}
			}
			try (ResultSet rs = execute(2, ids, dense)) {
				while (rs.next()) {
					Builder party = parties.get(rs.getLong(1));
					if (party != null && rs.getString(2) != null) {
						party.cities.add(rs.getString(2));
					}
				}
			}
			try (ResultSet rs = execute(3, ids, dense)) {
				while (rs.next()) {
					Builder party = parties.get(rs.getLong(1));
					if (party != null) {
						party.tags.add(rs.getString(2));
						party.facets.add(Facets.tag(rs.getString(2)));
					}
				}
			}
			List<IndexedParty> result = new ArrayList<>(parties.size());
			parties.values().forEach(b -> result.add(b.build()));
			return result;
		}

		private ResultSet execute(int table, long[] ids, boolean dense) throws SQLException {
			PreparedStatement statement;
			if (dense) {
				statement = byRange[table];
				statement.setLong(1, ids[0]);
				statement.setLong(2, ids[ids.length - 1]);
			} else {
				statement = byList[table];
				for (int i = 0; i < CHUNK; i++) {
					// a short last chunk repeats its last id: one prepared statement serves every chunk
					statement.setLong(i + 1, ids[Math.min(i, ids.length - 1)]);
				}
			}
			return statement.executeQuery();
		}

		@Override
		public void close() throws SQLException {
			for (int i = 0; i < SELECTS.length; i++) {
				byRange[i].close();
				byList[i].close();
			}
		}
	}

	private static final class Builder {
		final long id;
		final PartyKind kind;
		final long revision;
		final String displayName;
		final String sortKey;
		final List<String> emails = new ArrayList<>(2);
		final List<String> phones = new ArrayList<>(2);
		final List<String> cities = new ArrayList<>(1);
		final List<String> tags = new ArrayList<>(2);
		final List<String> facets = new ArrayList<>(4);
		LifecycleStage lifecycle = LifecycleStage.INITIAL;
		final List<String> customText = new ArrayList<>(0);

		Builder(long id, PartyKind kind, long revision, String displayName, String sortKey) {
			this.id = id;
			this.kind = kind;
			this.revision = revision;
			this.displayName = displayName;
			this.sortKey = sortKey;
		}

		/** Lifecycle, segments and custom values: columns 6 to 13 of the party query. */
		void readFacets(ResultSet rs) throws SQLException {
			String stage = rs.getString(6);
			lifecycle = stage == null ? LifecycleStage.INITIAL : LifecycleStage.valueOf(stage);
			facets.add(Facets.lifecycle(lifecycle));
			Segment[] segments = Segment.values();
			for (int i = 0; i < segments.length; i++) {
				long value = rs.getLong(7 + i);
				if (!rs.wasNull()) {
					facets.add(Facets.segment(segments[i], value));
				}
			}
			for (Map.Entry<String, String> custom : CustomValues.decode(rs.getString(13)).entrySet()) {
				String value = custom.getValue();
				facets.add(Facets.custom(custom.getKey(), value));
				if (value.indexOf(',') >= 0) {
					// a multiple choice ("12,15") is also found by each of its values
					for (String part : value.split(",")) { //$NON-NLS-1$
						facets.add(Facets.custom(custom.getKey(), part.strip()));
					}
				}
				customText.add(value);
			}
		}

		IndexedParty build() {
			return new IndexedParty(id, kind, revision, displayName, sortKey, lifecycle, emails, phones, cities, tags, facets,
					customText);
		}
	}
}
