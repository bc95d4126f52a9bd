package org.vinculo.core.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.imports.ImportChunk;
import org.vinculo.core.imports.ImportRejection;
import org.vinculo.core.imports.ImportRejection.Problem;
import org.vinculo.core.imports.ImportRun;
import org.vinculo.core.imports.ImportRun.Counts;
import org.vinculo.core.imports.ImportStore;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.RecordEvents;

import jakarta.persistence.EntityManager;

/**
 * {@link ImportStore} on EclipseLink: a chunk's parties and affiliations go in
 * through the persistence unit's batch writing, its rejections and the run's
 * progress through SQL on the same connection, all in one transaction.
 */
@Component(service = ImportStore.class)
public final class JpaImportStore implements ImportStore {

	private static final String RUN_COLUMNS = "ID, FILE_PATH, SETTINGS, STATUS, STARTED_AT, FINISHED_AT, LAST_RECORD, " //$NON-NLS-1$
			+ "ROWS_READ, ROWS_IMPORTED, ROWS_LINKED, ROWS_REJECTED, BLANK_LINES, PERSONS_CREATED, " //$NON-NLS-1$
			+ "ORGANIZATIONS_CREATED, AFFILIATIONS_CREATED"; //$NON-NLS-1$
	/** Values per IN list: Derby and PostgreSQL both take far more, this keeps statements cacheable. */
	private static final int IN_BATCH = 500;
	private static final int MAX_PROBLEMS = 8000;
	private static final int MAX_VALUES = 32000;

	private final Database database;

	@Activate
	public JpaImportStore(@Reference DatabaseComponent component) {
		this(component.database());
	}

	private JpaImportStore(Database database) {
		this.database = database;
	}

	/** For tests and tools outside OSGi (one public constructor only, for Felix SCR). */
	public static JpaImportStore on(Database database) {
		return new JpaImportStore(database);
	}

	@Override
	public ImportRun begin(String filePath, String settings) {
		return database.write(em -> {
			long id = JpaMergeService.nextId(em);
			Connection connection = em.unwrap(Connection.class);
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO IMPORT_RUN (" + RUN_COLUMNS //$NON-NLS-1$
					+ ") VALUES (?, ?, ?, ?, ?, NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0)")) { //$NON-NLS-1$
				insert.setLong(1, id);
				insert.setString(2, filePath);
				insert.setString(3, settings);
				insert.setString(4, ImportRun.Status.RUNNING.name());
				insert.setTimestamp(5, Timestamp.from(Instant.now()));
				insert.executeUpdate();
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
			return new ImportRun(id, filePath, settings, ImportRun.Status.RUNNING, Instant.now(), null, 0, Counts.NONE);
		});
	}

	@Override
	public void commit(ImportChunk chunk) {
		database.write(em -> {
			long revision = Database.nextRevision(em); // first, as every write does
			if (!chunk.affiliations().isEmpty()) {
				LinkRevisions.bulk(em, revision);
			}
			Connection connection = em.unwrap(Connection.class);
			ImportRun run = find(connection, chunk.runId(), true);
			if (run == null || !run.status().isUnfinished()) {
				throw new IllegalStateException("Import " + chunk.runId() + " is not running"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Instant now = Instant.now();
			for (Party party : chunk.parties()) {
				party.refreshDerivedFields();
				party.touch(now, revision);
				party.stampLifecycle(now);
				em.persist(party);
			}
			Map<Long, Party> loaded = new HashMap<>();
			for (Affiliation link : chunk.affiliations()) {
				if (!link.getPerson().isNew() && !em.contains(link.getPerson())) {
					link.setPerson((Person) loaded.computeIfAbsent(link.getPerson().getId(), id -> em.find(Person.class, id)));
				}
				if (!link.getOrganization().isNew() && !em.contains(link.getOrganization())) {
					link.setOrganization((Organization) loaded.computeIfAbsent(link.getOrganization().getId(),
							id -> em.getReference(Organization.class, id)));
				}
				link.setRole(em.getReference(AffiliationRole.class, link.getRole().getId()));
				link.refreshDerivedFields();
				em.persist(link);
			}
			for (Map.Entry<Long, Party> entry : chunk.enrich().entrySet()) {
				Party stored = em.find(Party.class, entry.getKey());
				if (stored != null && stored.getMergedInto() == null && enrich(stored, entry.getValue())) {
					stored.refreshDerivedFields();
					stored.touch(now, revision);
				}
			}
			em.flush();
			try {
				insertRejections(connection, chunk.runId(), chunk.rejections());
				Counts total = run.counts().plus(chunk.counts());
				try (PreparedStatement update = connection.prepareStatement("UPDATE IMPORT_RUN SET LAST_RECORD = ?, " //$NON-NLS-1$
						+ "ROWS_READ = ?, ROWS_IMPORTED = ?, ROWS_LINKED = ?, ROWS_REJECTED = ?, BLANK_LINES = ?, " //$NON-NLS-1$
						+ "PERSONS_CREATED = ?, ORGANIZATIONS_CREATED = ?, AFFILIATIONS_CREATED = ? WHERE ID = ?")) { //$NON-NLS-1$
					update.setLong(1, Math.max(run.lastRecord(), chunk.lastRecord()));
					update.setLong(2, total.read());
					update.setLong(3, total.imported());
					update.setLong(4, total.linked());
					update.setLong(5, total.rejected());
					update.setLong(6, total.blank());
					update.setLong(7, total.persons());
					update.setLong(8, total.organizations());
					update.setLong(9, total.affiliations());
					update.setLong(10, chunk.runId());
					update.executeUpdate();
				}
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
			return null;
		});
		if (!chunk.parties().isEmpty() || !chunk.enrich().isEmpty()) {
			database.post(RecordEvents.PARTY_TOPIC + RecordEvents.BULK_CREATED,
					Map.of(RecordEvents.COUNT, chunk.parties().size() + chunk.enrich().size()));
		}
		if (!chunk.affiliations().isEmpty()) {
			database.post(RecordEvents.AFFILIATION_TOPIC + RecordEvents.BULK_CREATED,
					Map.of(RecordEvents.COUNT, chunk.affiliations().size()));
		}
	}

	/** Fills what the stored party lacks from the row; nothing is overwritten. Whether anything changed. */
	private static boolean enrich(Party stored, Party row) {
		boolean changed = false;
		List<ContactPoint> points = new ArrayList<>(stored.getContactPoints());
		for (ContactPoint point : row.getContactPoints()) {
			if (points.stream().noneMatch(existing -> existing.sameAs(point))) {
				points.add(new ContactPoint(point.getChannel(), point.getLabel(), point.getValue()));
				changed = true;
			}
		}
		if (changed) {
			stored.setContactPoints(points);
		}
		if (stored.getAddresses().isEmpty() && !row.getAddresses().isEmpty()) {
			stored.setAddresses(row.getAddresses());
			changed = true;
		}
		if (stored.getNotes() == null && row.getNotes() != null) {
			stored.setNotes(row.getNotes());
			changed = true;
		}
		if (!stored.getTags().containsAll(row.getTags())) {
			List<String> tags = new ArrayList<>(stored.getTags());
			row.getTags().stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
			stored.setTags(tags);
			changed = true;
		}
		for (Map.Entry<String, String> value : row.getCustomValues().entrySet()) {
			if (stored.getCustomValue(value.getKey()) == null) {
				stored.setCustomValue(value.getKey(), value.getValue());
				changed = true;
			}
		}
		if (stored instanceof Person person && row instanceof Person values) {
			if (person.getFirstName() == null && values.getFirstName() != null) {
				person.setFirstName(values.getFirstName());
				changed = true;
			}
		}
		return changed;
	}

	private static void insertRejections(Connection connection, long runId, List<ImportRejection> rejections)
			throws SQLException {
		if (rejections.isEmpty()) {
			return;
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO IMPORT_REJECTION (RUN_ID, RECORD_NO, LINE_NO, PROBLEMS, ROW_VALUES) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			for (ImportRejection rejection : rejections) {
				insert.setLong(1, runId);
				insert.setLong(2, rejection.record());
				insert.setLong(3, rejection.line());
				insert.setString(4, clip(encodeProblems(rejection.problems()), MAX_PROBLEMS));
				insert.setString(5, clip(CSVFormat.DEFAULT.format(rejection.values().toArray()), MAX_VALUES));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** One problem per line, column and reason separated by a tab. */
	private static String encodeProblems(List<Problem> problems) {
		StringBuilder text = new StringBuilder();
		for (Problem problem : problems) {
			text.append(flat(problem.column())).append('\t').append(flat(problem.reason())).append('\n');
		}
		return text.toString();
	}

	private static List<Problem> decodeProblems(String text) {
		List<Problem> problems = new ArrayList<>();
		for (String line : text.split("\n")) { //$NON-NLS-1$
			if (!line.isEmpty()) {
				int tab = line.indexOf('\t');
				problems.add(tab < 0 ? new Problem("", line) : new Problem(line.substring(0, tab), line.substring(tab + 1))); //$NON-NLS-1$
			}
		}
		return problems;
	}

	private static String flat(String text) {
		return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '); //$NON-NLS-1$
	}

	private static String clip(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	@Override
	public void finish(long runId, ImportRun.Status status) {
		database.write(em -> em.createNativeQuery("UPDATE IMPORT_RUN SET STATUS = ?, FINISHED_AT = ? WHERE ID = ?") //$NON-NLS-1$
				.setParameter(1, status.name()).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, runId)
				.executeUpdate());
	}

	@Override
	public Optional<ImportRun> run(long runId) {
		try (Connection connection = database.connection()) {
			return Optional.ofNullable(find(connection, runId, false));
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public List<ImportRun> unfinished() {
		return runs("WHERE STATUS IN ('RUNNING', 'CANCELLED') ORDER BY ID DESC", 1000); //$NON-NLS-1$
	}

	@Override
	public List<ImportRun> recent(int limit) {
		return runs("ORDER BY ID DESC", limit); //$NON-NLS-1$
	}

	private List<ImportRun> runs(String clause, int limit) {
		List<ImportRun> runs = new ArrayList<>();
		try (Connection connection = database.connection(); PreparedStatement select = connection
				.prepareStatement("SELECT " + RUN_COLUMNS + " FROM IMPORT_RUN " + clause)) { //$NON-NLS-1$ //$NON-NLS-2$
			select.setMaxRows(limit);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					runs.add(run(rows));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return runs;
	}

	private static ImportRun find(Connection connection, long runId, boolean lock) {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT " + RUN_COLUMNS + " FROM IMPORT_RUN WHERE ID = ?" + (lock ? " FOR UPDATE" : ""))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			select.setLong(1, runId);
			try (ResultSet rows = select.executeQuery()) {
				return rows.next() ? run(rows) : null;
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static ImportRun run(ResultSet rows) throws SQLException {
		Timestamp finished = rows.getTimestamp(6);
		return new ImportRun(rows.getLong(1), rows.getString(2), rows.getString(3),
				ImportRun.Status.valueOf(rows.getString(4)), rows.getTimestamp(5).toInstant(),
				finished == null ? null : finished.toInstant(), rows.getLong(7),
				new Counts(rows.getLong(8), rows.getLong(9), rows.getLong(10), rows.getLong(11), rows.getLong(12),
						rows.getLong(13), rows.getLong(14), rows.getLong(15)));
	}

	@Override
	public List<ImportRejection> rejections(long runId) {
		List<ImportRejection> rejections = new ArrayList<>();
		try (Connection connection = database.connection(); PreparedStatement select = connection.prepareStatement(
				"SELECT RECORD_NO, LINE_NO, PROBLEMS, ROW_VALUES FROM IMPORT_REJECTION WHERE RUN_ID = ? ORDER BY RECORD_NO")) { //$NON-NLS-1$
			select.setLong(1, runId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					rejections.add(new ImportRejection(rows.getLong(1), rows.getLong(2),
							decodeProblems(rows.getString(3)), decodeValues(rows.getString(4))));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return rejections;
	}

	private static List<String> decodeValues(String line) {
		try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT)) {
			List<CSVRecord> records = parser.getRecords();
			return records.isEmpty() ? List.of() : records.get(0).toList();
		} catch (java.io.IOException e) {
			return List.of(line);
		}
	}

	@Override
	public long rollback(long runId, IProgressMonitor monitor) {
		ImportRun run = run(runId).orElseThrow(() -> new IllegalArgumentException("No import " + runId)); //$NON-NLS-1$
		if (run.status() == ImportRun.Status.ROLLED_BACK) {
			return 0;
		}
		// stop a running import from committing more while we remove what it wrote
		finish(runId, ImportRun.Status.CANCELLED);
		SubMonitor progress = SubMonitor.convert(monitor, (int) Math.max(1, run.counts().persons()
				+ run.counts().organizations()) / Database.BULK_CHUNK + 2);
		int unlinked = database.write(em -> {
			LinkRevisions.bulk(em);
			return em.createNativeQuery("DELETE FROM AFFILIATION WHERE IMPORT_RUN_ID = ?") //$NON-NLS-1$
					.setParameter(1, runId).executeUpdate();
		});
		if (unlinked > 0) {
			database.post(RecordEvents.AFFILIATION_TOPIC + RecordEvents.BULK_CREATED, Map.of(RecordEvents.COUNT, 0));
		}
		progress.worked(1);
		long removed = 0;
		while (true) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<Long> ids = new ArrayList<>();
			try (Connection connection = database.connection();
					PreparedStatement select = connection.prepareStatement("SELECT ID FROM PARTY WHERE IMPORT_RUN_ID = ?")) { //$NON-NLS-1$
				select.setLong(1, runId);
				select.setMaxRows(Database.BULK_CHUNK);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getLong(1));
					}
				}
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
			if (ids.isEmpty()) {
				break;
			}
			database.write(em -> {
				long revision = Database.nextRevision(em);
				JpaPartyService.deleteAll(em, ids, revision);
				return null;
			});
			removed += ids.size();
			progress.setWorkRemaining(2).worked(1);
		}
		database.write(em -> em.createNativeQuery("UPDATE IMPORT_RUN SET STATUS = ?, FINISHED_AT = ? WHERE ID = ?") //$NON-NLS-1$
				.setParameter(1, ImportRun.Status.ROLLED_BACK.name()).setParameter(2, Timestamp.from(Instant.now()))
				.setParameter(3, runId).executeUpdate());
		if (removed > 0) {
			database.post(RecordEvents.PARTY_TOPIC + RecordEvents.DELETED, Map.of(RecordEvents.COUNT, removed));
		}
		return removed;
	}

	@Override
	public Map<String, Long> organizationsByKey(Collection<String> sortKeys) {
		Map<String, Long> found = new HashMap<>();
		// probes of the SORT_KEY index (an IN list on the leading column); kind and merged-away are checked
		// on the rows found, so the query stays on the index
		inBatches(sortKeys, "SELECT SORT_KEY, ID, MERGED_INTO, KIND FROM PARTY" + JdbcPartyChangeFeed.useIndex("PARTY_SORT") //$NON-NLS-1$
				+ "WHERE SORT_KEY IN ", rows -> { //$NON-NLS-1$
			if (rows.getObject(3) == null && "O".equals(rows.getString(4))) { //$NON-NLS-1$
				found.merge(rows.getString(1), rows.getLong(2), Math::min);
			}
		});
		return found;
	}

	@Override
	public Map<String, Long> personsByEmail(Collection<String> emails) {
		// two indexed lookups: contact points by value, then which of their parties are live persons
		Map<String, Long> candidates = new HashMap<>();
		inBatches(emails, "SELECT CONTACT_VALUE, PARTY_ID FROM CONTACT_POINT" //$NON-NLS-1$
				+ JdbcPartyChangeFeed.useIndex("CONTACT_POINT_BY_VALUE") + "WHERE CONTACT_VALUE IN ", //$NON-NLS-1$
				rows -> candidates.merge(rows.getString(1).toLowerCase(Locale.ROOT), rows.getLong(2), Math::min));
		if (candidates.isEmpty()) {
			return candidates;
		}
		Set<Long> persons = new HashSet<>();
		inBatches(new HashSet<>(candidates.values()), "SELECT ID, KIND, MERGED_INTO FROM PARTY" //$NON-NLS-1$
				+ JdbcPartyChangeFeed.useConstraint(partyKey()) + "WHERE ID IN ", rows -> { //$NON-NLS-1$
			if ("P".equals(rows.getString(2)) && rows.getObject(3) == null) { //$NON-NLS-1$
				persons.add(rows.getLong(1));
			}
		});
		candidates.values().removeIf(id -> !persons.contains(id));
		return candidates;
	}

	@Override
	public Set<String> affiliationKeys(Collection<Long> personIds) {
		Set<String> keys = new HashSet<>();
		inBatches(personIds, "SELECT PERSON_ID, ORGANIZATION_ID, ROLE_ID FROM AFFILIATION" //$NON-NLS-1$
				+ JdbcPartyChangeFeed.useConstraint("AFFILIATION_PERSON") + "WHERE PERSON_ID IN ", //$NON-NLS-1$
				rows -> keys.add(rows.getLong(1) + "|" + rows.getLong(2) + "|" + rows.getLong(3))); //$NON-NLS-1$ //$NON-NLS-2$
		return keys;
	}

	private volatile String partyKey;

	/** The name Derby gave PARTY's primary key, for the optimizer override (null elsewhere: no override). */
	private String partyKey() {
		if (partyKey == null) {
			try (Connection connection = database.connection()) {
				partyKey = String.valueOf(JdbcPartyChangeFeed.primaryKeyOfParty(connection));
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}
		return "null".equals(partyKey) ? null : partyKey; //$NON-NLS-1$
	}

	private interface RowSink {
		void accept(ResultSet rows) throws SQLException;
	}

	private void inBatches(Collection<?> values, String sql, RowSink sink) {
		List<Object> all = new ArrayList<>(values);
		try (Connection connection = database.connection()) {
			for (int from = 0; from < all.size(); from += IN_BATCH) {
				List<Object> batch = all.subList(from, Math.min(all.size(), from + IN_BATCH));
				StringBuilder text = new StringBuilder(sql).append('(');
				for (int i = 0; i < batch.size(); i++) {
					text.append(i == 0 ? "?" : ", ?"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				try (PreparedStatement select = connection.prepareStatement(text.append(')').toString())) {
					for (int i = 0; i < batch.size(); i++) {
						select.setObject(i + 1, batch.get(i));
					}
					try (ResultSet rows = select.executeQuery()) {
						while (rows.next()) {
							sink.accept(rows);
						}
					}
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
