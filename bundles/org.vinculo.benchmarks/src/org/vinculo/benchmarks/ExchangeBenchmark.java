package org.vinculo.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.vinculo.core.dedupe.DuplicateScan;
import org.vinculo.core.dedupe.DuplicateScanner;
import org.vinculo.core.exchange.ImportReport;
import org.vinculo.core.exchange.ImportSettings;
import org.vinculo.core.exchange.internal.CsvImportService;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JdbcPartyProfiles;
import org.vinculo.core.persistence.internal.JpaAffiliationService;
import org.vinculo.core.persistence.internal.JpaFieldService;
import org.vinculo.core.persistence.internal.JpaImportStore;
import org.vinculo.demo.Generator;

/**
 * Import and duplicate detection ({@code releng/bench.sh import [DIR]} and
 * {@code releng/bench.sh dedupe [DIR]}). The import's limit is hand-written
 * JDBC batch inserts of the same rows (already parsed, so the limit pays no
 * CSV reading) into a fresh database on the same disk, committing as often as
 * the importer.
 */
final class ExchangeBenchmark {

	private static final long SEED = 20261125L;

	private final Path workspace;
	private final Path results;

	ExchangeBenchmark(Path workspace, Path results) {
		this.workspace = workspace;
		this.results = results;
	}

	void importFile(int rows) throws Exception {
		Figures figures = new Figures();
		Path scratch = workspace.resolve("import-scratch"); //$NON-NLS-1$
		Benchmarks.delete(scratch);
		Files.createDirectories(scratch);
		Path csv = scratch.resolve("people.csv"); //$NON-NLS-1$
		writeCsv(csv, rows);
		figures.value("CSV file", String.format(Locale.ROOT, "%,d rows, %,d MB", rows, Files.size(csv) >> 20)); //$NON-NLS-1$ //$NON-NLS-2$
		List<List<String>> parsed = new ArrayList<>(rows);
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setSkipHeaderRecord(true).setHeader().get()
				.parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
			for (CSVRecord record : parser) {
				parsed.add(record.toList());
			}
		}
		double raw;
		try (Database database = Database.openEmbedded(scratch.resolve("raw-db"))) { //$NON-NLS-1$
			long start = System.nanoTime();
			rawInsert(database, parsed);
			raw = rows / ((System.nanoTime() - start) / 1e9);
		}
		parsed.clear();
		double ours;
		ImportReport report;
		try (Database database = Database.openEmbedded(scratch.resolve("ours-db"))) { //$NON-NLS-1$
			CsvImportService importer = new CsvImportService(JpaImportStore.on(database),
					new JpaAffiliationService(database), new JpaFieldService(database));
			ImportSettings settings = importer.guessMapping(importer.sniff(csv));
			long start = System.nanoTime();
			report = importer.run(csv, settings, new NullProgressMonitor());
			ours = rows / ((System.nanoTime() - start) / 1e9);
		}
		figures.rate(String.format(Locale.ROOT, "CSV import of %,d rows (person, 2 contacts, city, tags, org, affiliation)", //$NON-NLS-1$
				rows), ours, raw, "rows/s"); //$NON-NLS-1$
		figures.value("import totals (read = imported + linked + rejected)", String.format(Locale.ROOT, //$NON-NLS-1$
				"%,d = %,d + %,d + %,d; %,d persons, %,d organizations, %,d affiliations", report.counts().read(), //$NON-NLS-1$
				report.counts().imported(), report.counts().linked(), report.counts().rejected(),
				report.counts().persons(), report.counts().organizations(), report.counts().affiliations()));
		figures.print(results, "## import (" + Instant.now() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		Benchmarks.delete(scratch);
	}

	private static void writeCsv(Path csv, int rows) throws IOException {
		List<Person> people = Generator.samplePersons(SEED, rows);
		int organizations = Math.max(1, rows / 20);
		try (BufferedWriter writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			printer.printRecord("First name", "Last name", "Email", "Phone", "City", "Tags", "Company", "Role"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			for (int i = 0; i < rows; i++) {
				Person p = people.get(i);
				// every email unique, as in a real address book
				printer.printRecord(p.getFirstName(), p.getLastName(), "p" + i + "." + p.getEmail(), p.getPhone(), //$NON-NLS-1$ //$NON-NLS-2$
						p.getCity(), String.join(";", p.getTags()), "Company " + (i % organizations), "employee"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	/** The limit: the same rows as JDBC batches, organizations created once, a commit per 2,000 rows. */
	private static void rawInsert(Database database, List<List<String>> rows) throws SQLException {
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			long nextId = 10_000_000L;
			Map<String, Long> organizations = new HashMap<>();
			try (PreparedStatement party = c.prepareStatement("INSERT INTO PARTY (ID, KIND, VERSION, DISPLAY_NAME, " //$NON-NLS-1$
					+ "SORT_KEY, FIRST_NAME, LAST_NAME, ORG_NAME, EMAIL, PHONE, CITY, CREATED_AT, UPDATED_AT, REVISION, " //$NON-NLS-1$
					+ "LIFECYCLE) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'PROSPECT')"); //$NON-NLS-1$
					PreparedStatement contact = c.prepareStatement("INSERT INTO CONTACT_POINT (ID, PARTY_ID, CHANNEL, " //$NON-NLS-1$
							+ "LABEL, CONTACT_VALUE, SORT_ORDER) VALUES (?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
					PreparedStatement address = c.prepareStatement("INSERT INTO POSTAL_ADDRESS (ID, PARTY_ID, LABEL, " //$NON-NLS-1$
							+ "CITY, SORT_ORDER) VALUES (?, ?, ?, ?, ?)"); //$NON-NLS-1$
					PreparedStatement tag = c.prepareStatement("INSERT INTO PARTY_TAG (PARTY_ID, TAG) VALUES (?, ?)"); //$NON-NLS-1$
					PreparedStatement link = c.prepareStatement("INSERT INTO AFFILIATION (ID, VERSION, PERSON_ID, " //$NON-NLS-1$
							+ "ORGANIZATION_ID, ROLE_ID, IS_PRIMARY, PERSON_SORT_KEY) VALUES (?, 1, ?, ?, 1, FALSE, ?)")) { //$NON-NLS-1$
				int inChunk = 0;
				for (List<String> row : rows) {
					Timestamp now = Timestamp.from(Instant.now());
					String display = row.get(0) + ' ' + row.get(1);
					long id = nextId++;
					String sortKey = Party.normalize(display);
					insertParty(party, id, "P", display, sortKey, row.get(0), row.get(1), null, row.get(2), row.get(3), //$NON-NLS-1$
							row.get(4), now);
					int order = 0;
					for (int column : new int[] { 2, 3 }) {
						contact.setLong(1, nextId++);
						contact.setLong(2, id);
						contact.setString(3, column == 2 ? ContactPoint.Channel.EMAIL.name() : ContactPoint.Channel.PHONE.name());
						contact.setString(4, ContactPoint.Label.WORK.name());
						contact.setString(5, row.get(column));
						contact.setInt(6, order++);
						contact.addBatch();
					}
					address.setLong(1, nextId++);
					address.setLong(2, id);
					address.setString(3, ContactPoint.Label.HOME.name());
					address.setString(4, row.get(4));
					address.setInt(5, 0);
					address.addBatch();
					for (String t : row.get(5).split(";")) { //$NON-NLS-1$
						if (!t.isEmpty()) {
							tag.setLong(1, id);
							tag.setString(2, t);
							tag.addBatch();
						}
					}
					Long organization = organizations.get(row.get(6));
					if (organization == null) {
						organization = nextId++;
						organizations.put(row.get(6), organization);
						insertParty(party, organization, "O", row.get(6), Party.normalize(row.get(6)), null, null, //$NON-NLS-1$
								row.get(6), null, null, null, now);
					}
					link.setLong(1, nextId++);
					link.setLong(2, id);
					link.setLong(3, organization);
					link.setString(4, sortKey);
					link.addBatch();
					if (++inChunk == Database.BULK_CHUNK) {
						flush(c, party, contact, address, tag, link);
						inChunk = 0;
					}
				}
				flush(c, party, contact, address, tag, link);
			}
		}
	}

	private static void insertParty(PreparedStatement party, long id, String kind, String display, String sortKey,
			String first, String last, String orgName, String email, String phone, String city, Timestamp now)
			throws SQLException {
		party.setLong(1, id);
		party.setString(2, kind);
		party.setString(3, display);
		party.setString(4, sortKey);
		party.setString(5, first);
		party.setString(6, last);
		party.setString(7, orgName);
		party.setString(8, email);
		party.setString(9, phone);
		party.setString(10, city);
		party.setTimestamp(11, now);
		party.setTimestamp(12, now);
		party.addBatch();
	}

	private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
		for (PreparedStatement s : statements) {
			s.executeBatch();
		}
		c.commit();
	}

	/** The whole-database duplicate scan on the generated database, per kind. */
	void dedupe() throws IOException {
		Figures figures = new Figures();
		try (Database database = Database.openEmbedded(workspace.resolve("vinculo-db"))) { //$NON-NLS-1$
			JdbcPartyProfiles profiles = JdbcPartyProfiles.on(database);
			for (PartyKind kind : PartyKind.values()) {
				System.gc();
				long heapBefore = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
				long[] peak = { 0 };
				long start = System.nanoTime();
				DuplicateScan scan = DuplicateScanner.scan(profiles, kind, new NullProgressMonitor() {
					@Override
					public void worked(int work) {
						peak[0] = Math.max(peak[0], Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
					}
				});
				long took = System.nanoTime() - start;
				figures.value("heap in use during the " + kind.name().toLowerCase(Locale.ROOT) + " scan (peak sampled, before GC)", //$NON-NLS-1$ //$NON-NLS-2$
						String.format(Locale.ROOT, "%,d MB over %,d MB before", (peak[0] - heapBefore) >> 20, heapBefore >> 20)); //$NON-NLS-1$
				figures.value(String.format(Locale.ROOT, "duplicate scan of %,d %s", scan.parties(), //$NON-NLS-1$
						kind.name().toLowerCase(Locale.ROOT)), String.format(Locale.ROOT,
								"%s; %,d pairs compared, %,d possible duplicates, %,d groups too large", //$NON-NLS-1$
								Figures.ms(took), scan.comparisons(), scan.matches().size(), scan.largeBlocks()));
			}
		}
		figures.print(results, "## dedupe (" + Instant.now() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
