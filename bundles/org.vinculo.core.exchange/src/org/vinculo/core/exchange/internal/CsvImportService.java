package org.vinculo.core.exchange.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.exchange.CsvPreview;
import org.vinculo.core.exchange.ImportReport;
import org.vinculo.core.exchange.ImportService;
import org.vinculo.core.exchange.ImportSettings;
import org.vinculo.core.exchange.ImportSettings.Match;
import org.vinculo.core.imports.ImportChunk;
import org.vinculo.core.imports.ImportRejection;
import org.vinculo.core.imports.ImportRejection.Problem;
import org.vinculo.core.imports.ImportRun;
import org.vinculo.core.imports.ImportRun.Counts;
import org.vinculo.core.imports.ImportStore;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.FieldService;

/**
 * The CSV importer. Rows are read with Commons CSV, checked whole by
 * {@link RowReader}, resolved against stored records chunk by chunk (one query
 * for the chunk's emails, one for its organization names) and written by the
 * {@link ImportStore} a chunk per transaction together with the run's progress.
 */
@Component(service = ImportService.class)
public final class CsvImportService implements ImportService {

	/** Rows per transaction: large enough for batch inserts, small enough to lose little on a kill. */
	static final int CHUNK = 2_000;
	private static final int PREVIEW_ROWS = 20;

	private final ImportStore store;
	private final AffiliationService affiliations;
	private final FieldService fields;

	@Activate
	public CsvImportService(@Reference ImportStore store, @Reference AffiliationService affiliations,
			@Reference FieldService fields) {
		this.store = store;
		this.affiliations = affiliations;
		this.fields = fields;
	}

	@Override
	public CsvPreview sniff(Path file) throws IOException {
		return CsvFiles.sniff(file, PREVIEW_ROWS);
	}

	@Override
	public CsvPreview preview(Path file, ImportSettings settings, int rows) throws IOException {
		return CsvFiles.preview(file, settings, rows);
	}

	@Override
	public ImportSettings guessMapping(CsvPreview preview) {
		ImportSettings settings = new ImportSettings().setCharset(preview.charset()).setDelimiter(preview.delimiter())
				.setQuote(preview.quote()).setHeader(preview.header());
		if (preview.header()) {
			settings.setTargets(HeaderGuess.guess(preview.headers(), customFields()));
		}
		return settings;
	}

	@Override
	public ImportReport dryRun(Path file, ImportSettings settings, IProgressMonitor monitor) throws IOException {
		return new Run(file, settings, null, 0).execute(monitor);
	}

	@Override
	public ImportReport run(Path file, ImportSettings settings, IProgressMonitor monitor) throws IOException {
		ImportRun run = store.begin(file.toAbsolutePath().toString(), settings.encode());
		return new Run(file, settings, run, 0).execute(monitor);
	}

	@Override
	public ImportReport resume(long runId, IProgressMonitor monitor) throws IOException {
		ImportRun run = store.run(runId).orElseThrow(() -> new IllegalArgumentException("No import " + runId)); //$NON-NLS-1$
		if (!run.status().isUnfinished() || run.settings().startsWith(VCardServiceImpl.SETTINGS)) {
			// a vCard run is rolled back, not resumed: its settings are not a CSV mapping
			throw new IllegalStateException(NLS.bind(Messages.Import_notResumable, run.filePath()));
		}
		Path file = Path.of(run.filePath());
		if (!Files.isReadable(file)) {
			throw new IOException(NLS.bind(Messages.Import_fileGone, run.filePath()));
		}
		return new Run(file, ImportSettings.decode(run.settings()), run, run.lastRecord()).execute(monitor);
	}

	@Override
	public long rollback(long runId, IProgressMonitor monitor) {
		return store.rollback(runId, monitor);
	}

	@Override
	public List<ImportRun> unfinished() {
		return store.unfinished();
	}

	@Override
	public List<ImportRun> recent(int limit) {
		return store.recent(limit);
	}

	@Override
	public List<ImportRejection> rejections(long runId) {
		return store.rejections(runId);
	}

	@Override
	public void writeRejections(Path target, List<String> headers, List<ImportRejection> rejections,
			ImportSettings settings) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(settings.getDelimiter()).get();
		try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			writer.write('\uFEFF'); // spreadsheets open UTF-8 with a mark correctly
			int width = headers.size();
			for (ImportRejection rejection : rejections) {
				width = Math.max(width, rejection.values().size());
			}
			if (settings.hasHeader()) {
				List<String> header = new ArrayList<>(headers);
				while (header.size() < width) {
					header.add(""); //$NON-NLS-1$
				}
				header.add(Messages.Import_lineHeader);
				header.add(Messages.Import_problemsHeader);
				printer.printRecord(header);
			}
			for (ImportRejection rejection : rejections) {
				List<String> row = new ArrayList<>(rejection.values());
				while (row.size() < width) {
					row.add(""); //$NON-NLS-1$
				}
				row.add(String.valueOf(rejection.line()));
				row.add(rejection.describe());
				printer.printRecord(row);
			}
		}
	}

	private Map<String, List<FieldDefinition>> customFields() {
		Map<String, List<FieldDefinition>> custom = new LinkedHashMap<>();
		for (String entity : List.of(FieldDefinition.PERSON, FieldDefinition.ORGANIZATION, FieldDefinition.AFFILIATION)) {
			custom.put(entity, fields.fields(entity, false).stream().filter(f -> !f.isBuiltIn()).toList());
		}
		return custom;
	}

	/** One pass over a file: a dry run when {@code run} is null. */
	private final class Run {
		private final Path file;
		private final ImportSettings settings;
		private final ImportRun run;
		private final long skip;
		private final boolean dry;
		/** Dry runs write nothing, so they remember what they would have created. */
		private final Map<String, Long> dryEmails = new HashMap<>();
		private final Map<String, Long> dryOrganizations = new HashMap<>();
		private final Set<String> dryLinks = new HashSet<>();
		/** Organizations by sort key found or created by this run so far (never deleted under it: a rollback stops it). */
		private final Map<String, Long> knownOrganizations = new HashMap<>();
		private long dryIds = -1;
		private final List<ImportRejection> rejections = new ArrayList<>();
		private Counts totals = Counts.NONE;

		Run(Path file, ImportSettings settings, ImportRun run, long skip) {
			this.file = file;
			this.settings = settings;
			this.run = run;
			this.skip = skip;
			this.dry = run == null;
			if (run != null) {
				totals = run.counts();
			}
		}

		ImportReport execute(IProgressMonitor monitor) throws IOException {
			long size = Math.max(1, Files.size(file));
			SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Import_task, file.getFileName()),
					(int) Math.min(Integer.MAX_VALUE, size / 1024 + 1));
			long[] bytes = new long[1];
			long reported = 0;
			boolean cancelled = false;
			List<String> headers = new ArrayList<>();
			try (CSVParser parser = CsvFiles.open(file, settings, bytes)) {
				RowReader reader = null;
				List<Pending> pending = new ArrayList<>(CHUNK);
				long blank = 0;
				long record = 0;
				long lastRecord = skip;
				Iterator<CSVRecord> records = parser.iterator();
				long previousEnd = 0;
				while (records.hasNext()) {
					CSVRecord csv = records.next();
					// the iterator reads one record ahead only on hasNext(): here the parser stands at its end
					long lineBefore = previousEnd;
					previousEnd = parser.getCurrentLineNumber();
					List<String> values = csv.toList();
					if (CsvFiles.isBlank(values)) {
						if (record >= skip) {
							blank++;
						}
						continue;
					}
					if (reader == null) {
						if (settings.hasHeader()) {
							headers.addAll(values);
							reader = new RowReader(settings, headers, affiliations.roles(false), customFields());
							continue;
						}
						reader = new RowReader(settings, headers, affiliations.roles(false), customFields());
					}
					record++;
					if (record <= skip) {
						continue;
					}
					List<Problem> problems = new ArrayList<>();
					RowReader.Row row = reader.read(values, problems);
					pending.add(new Pending(record, lineBefore + 1, values, row, problems));
					lastRecord = record;
					if (pending.size() == CHUNK) {
						flush(pending, lastRecord, blank);
						blank = 0;
						pending.clear();
						int kb = (int) ((bytes[0] - reported) / 1024);
						if (kb > 0) {
							progress.worked(kb);
							reported += kb * 1024L;
						}
						progress.subTask(NLS.bind(Messages.Import_progress, String.format(Locale.getDefault(), "%,d", record))); //$NON-NLS-1$
						if (progress.isCanceled()) {
							cancelled = true;
							break;
						}
					}
				}
				if (!cancelled && (!pending.isEmpty() || blank > 0 || run != null)) {
					flush(pending, lastRecord, blank);
				}
			}
			if (run != null) {
				store.finish(run.id(), cancelled ? ImportRun.Status.CANCELLED : ImportRun.Status.FINISHED);
			}
			List<ImportRejection> report = dry ? rejections : store.rejections(run.id());
			return new ImportReport(dry ? 0 : run.id(), file.toString(), totals, report, dry, cancelled);
		}

		/** Resolves a chunk against the store, then writes it (or, dry, only counts it). */
		private void flush(List<Pending> pending, long lastRecord, long blank) {
			Set<String> emails = new HashSet<>();
			Set<String> orgKeys = new HashSet<>();
			for (Pending row : pending) {
				if (row.row == null) {
					continue;
				}
				if (row.row.person() != null && settings.getPersonMatch() != Match.CREATE) {
					row.row.person().values(org.vinculo.core.model.ContactPoint.Channel.EMAIL)
							.forEach(email -> emails.add(email.toLowerCase(Locale.ROOT)));
				}
				if (settings.getOrganizationMatch() != Match.CREATE) {
					row.row.slots().forEach(slot -> orgKeys.add(Party.normalize(slot.organization().getName())));
				}
			}
			Map<String, Long> storedPersons = emails.isEmpty() ? new HashMap<>() : new HashMap<>(store.personsByEmail(emails));
			// organizations repeat across a file: ask the store only for names not met yet in this run
			Map<String, Long> storedOrganizations = new HashMap<>();
			Set<String> unknown = new HashSet<>();
			for (String key : orgKeys) {
				Long known = knownOrganizations.get(key);
				if (known != null) {
					storedOrganizations.put(key, known);
				} else {
					unknown.add(key);
				}
			}
			if (!unknown.isEmpty()) {
				Map<String, Long> found = store.organizationsByKey(unknown);
				storedOrganizations.putAll(found);
				knownOrganizations.putAll(found);
			}
			if (dry) {
				emails.forEach(email -> storedPersons.computeIfAbsent(email, dryEmails::get));
				orgKeys.forEach(key -> storedOrganizations.computeIfAbsent(key, dryOrganizations::get));
				storedPersons.values().removeIf(java.util.Objects::isNull);
				storedOrganizations.values().removeIf(java.util.Objects::isNull);
			}
			Set<String> storedLinks = new HashSet<>(storedPersons.isEmpty() ? Set.of()
					: store.affiliationKeys(storedPersons.values().stream().filter(id -> id > 0).toList()));
			if (dry) {
				storedLinks.addAll(dryLinks);
			}
			// what this chunk creates, so later rows of the chunk link to it
			Map<String, Person> newPersons = new HashMap<>();
			Map<String, Organization> newOrganizations = new HashMap<>();
			Set<String> newLinks = new HashSet<>();
			List<Party> parties = new ArrayList<>();
			List<Affiliation> links = new ArrayList<>();
			Map<Long, Party> enrich = new LinkedHashMap<>();
			List<ImportRejection> rejected = new ArrayList<>();
			long imported = 0;
			long linked = 0;
			long persons = 0;
			long organizations = 0;
			for (Pending row : pending) {
				if (row.row == null) {
					rejected.add(new ImportRejection(row.record, row.line, row.problems, row.values));
					continue;
				}
				boolean created = false;
				Person person = null;
				Long personId = null;
				if (row.row.person() != null) {
					Person draft = row.row.person();
					List<String> keys = draft.values(org.vinculo.core.model.ContactPoint.Channel.EMAIL).stream()
							.map(email -> email.toLowerCase(Locale.ROOT)).toList();
					if (settings.getPersonMatch() != Match.CREATE) {
						for (String key : keys) {
							if (newPersons.containsKey(key)) {
								person = newPersons.get(key);
								break;
							}
							if (storedPersons.containsKey(key)) {
								personId = storedPersons.get(key);
								person = (Person) Party.reference(PartyKind.PERSON, personId);
								if (settings.getPersonMatch() == Match.ENRICH && personId > 0) {
									enrich.merge(personId, draft, (a, b) -> a);
								}
								break;
							}
						}
					}
					if (person == null) {
						person = draft;
						draft.setImportRunId(run == null ? null : run.id());
						parties.add(draft);
						keys.forEach(key -> newPersons.putIfAbsent(key, draft));
						created = true;
						persons++;
					}
				}
				for (RowReader.Slot slot : row.row.slots()) {
					String key = Party.normalize(slot.organization().getName());
					Organization organization = newOrganizations.get(key);
					if (organization == null && storedOrganizations.containsKey(key)) {
						organization = (Organization) Party.reference(PartyKind.ORGANIZATION, storedOrganizations.get(key));
					}
					if (organization == null) {
						organization = slot.organization();
						organization.setImportRunId(run == null ? null : run.id());
						parties.add(organization);
						if (settings.getOrganizationMatch() != Match.CREATE) {
							newOrganizations.put(key, organization);
						}
						created = true;
						organizations++;
					}
					if (person == null) {
						continue;
					}
					String linkKey = person.isNew() || organization.isNew() ? null
							: person.getId() + "|" + organization.getId() + "|" + slot.role().getId(); //$NON-NLS-1$ //$NON-NLS-2$
					String pendingKey = System.identityHashCode(person) + "|" + System.identityHashCode(organization) //$NON-NLS-1$
							+ "|" + slot.role().getId(); //$NON-NLS-1$
					if (linkKey != null && storedLinks.contains(linkKey) || !newLinks.add(pendingKey)) {
						continue; // the same link again: one row per affiliation files repeat people
					}
					Affiliation link = new Affiliation(person, organization, slot.role());
					link.setTitle(slot.title());
					link.setSince(slot.since());
					link.setUntil(slot.until());
					slot.custom().forEach(link::setCustomValue);
					link.setImportRunId(run == null ? null : run.id());
					links.add(link);
				}
				if (created) {
					imported++;
				} else {
					linked++;
				}
			}
			Counts counts = new Counts(pending.size(), imported, linked, rejected.size(), blank, persons, organizations,
					links.size());
			if (dry) {
				Map<Party, Long> dryIdOf = new java.util.IdentityHashMap<>();
				for (Party party : parties) {
					long id = dryIds--;
					dryIdOf.put(party, id);
					if (party instanceof Person p) {
						p.values(org.vinculo.core.model.ContactPoint.Channel.EMAIL)
								.forEach(email -> dryEmails.putIfAbsent(email.toLowerCase(Locale.ROOT), id));
					} else if (settings.getOrganizationMatch() != Match.CREATE) {
						dryOrganizations.putIfAbsent(party.getSortKey() != null ? party.getSortKey()
								: Party.normalize(((Organization) party).getName()), id);
					}
				}
				// links a real run would have stored, so later chunks do not count them again
				for (Affiliation link : links) {
					long person = link.getPerson().isNew() ? dryIdOf.get(link.getPerson()) : link.getPerson().getId();
					long organization = link.getOrganization().isNew() ? dryIdOf.get(link.getOrganization())
							: link.getOrganization().getId();
					dryLinks.add(person + "|" + organization + "|" + link.getRole().getId()); //$NON-NLS-1$ //$NON-NLS-2$
				}
				rejections.addAll(rejected);
			} else {
				store.commit(new ImportChunk(run.id(), lastRecord, parties, links, enrich, rejected, counts));
				newOrganizations.forEach((key, organization) -> knownOrganizations.put(key, organization.getId()));
			}
			totals = totals.plus(counts);
		}
	}

	private record Pending(long record, long line, List<String> values, RowReader.Row row, List<Problem> problems) {
	}
}
