package org.vinculo.core.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.exchange.CsvPreview;
import org.vinculo.core.exchange.ImportReport;
import org.vinculo.core.exchange.ImportSettings;
import org.vinculo.core.exchange.ImportTarget;
import org.vinculo.core.imports.ImportRejection;
import org.vinculo.core.imports.ImportRun;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.AffiliationService.Period;

/**
 * CSV imports of files shaped like the ones users bring, on a real Derby:
 * exact counts and reasons, nothing dropped, links first-class.
 */
class CsvImportTest {

	@TempDir
	Path folder;

	private Store store;

	@BeforeEach
	void open() {
		store = new Store(folder.resolve("db"));
	}

	@AfterEach
	void close() {
		store.close();
	}

	private Path write(String name, String text, Charset charset, boolean bom) throws IOException {
		Path file = folder.resolve(name);
		byte[] body = text.getBytes(charset);
		byte[] mark = !bom ? new byte[0]
				: charset.equals(StandardCharsets.UTF_8) ? new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }
						: new byte[] { (byte) 0xFF, (byte) 0xFE };
		byte[] all = new byte[mark.length + body.length];
		System.arraycopy(mark, 0, all, 0, mark.length);
		System.arraycopy(body, 0, all, mark.length, body.length);
		Files.write(file, all);
		return file;
	}

	private ImportReport importGuessed(Path file) throws IOException {
		CsvPreview preview = store.importer.sniff(file);
		return store.importer.run(file, store.importer.guessMapping(preview), new NullProgressMonitor());
	}

	@Test
	void aSpreadsheetExportWithBomSemicolonsQuotedNewlinesAndBadRowsKeepsEveryGoodRowAndReportsEveryBadOne()
			throws IOException {
		String csv = """
				Nombre;Apellidos;Email;Teléfono;Empresa 1;Cargo 1;Rol 1;Desde 1;Hasta 1;Empresa 2;Rol 2;Notas
				José;Minds;jose@baminds.com;+34 600 111 222;BA Minds;CEO;owner;2019-01-15;;Gaudí Partners;board member;"Met at the fair;
				wants a demo"
				Ana;Ruiz;ana@acme.example;;Acme;Sales;employee;01/03/2020;;;;

				Luis;Vega;not-an-email;;Acme;;;;;;;
				Marta;Sanz;marta@sanz.example;;Acme;;employee;2021-05-01;2020-01-01;;;
				Pedro;Gil;pedro@gil.example;;Acme;;astronaut;;;;;
				;;;;;;;;;;;
				;;orphan@x.example;;;;;;;;;
				David;Ortiz;david@ortiz.example;;;;;;;;;
				Eva;Núñez;eva@nunez.example;;;;;;;Gaudí Partners;consultant;
				""";
		Path file = write("contacts.csv", csv, StandardCharsets.UTF_8, true);

		CsvPreview preview = store.importer.sniff(file);
		assertEquals(StandardCharsets.UTF_8, preview.charset());
		assertEquals(';', preview.delimiter());
		assertTrue(preview.header());
		assertEquals("Nombre", preview.headers().get(0), "the byte-order mark is not part of the first header");
		ImportSettings settings = store.importer.guessMapping(preview);
		List<ImportTarget> targets = settings.getTargets();
		assertEquals(ImportTarget.person(ImportTarget.FIRST_NAME), targets.get(0));
		assertEquals(ImportTarget.organization(ImportTarget.NAME, 2), targets.get(9));
		assertEquals(ImportTarget.affiliation(ImportTarget.ROLE, 2), targets.get(10));

		ImportReport report = store.importer.run(file, settings, new NullProgressMonitor());

		ImportRun.Counts counts = report.counts();
		assertEquals(8, counts.read(), "blank lines are not rows");
		assertEquals(2, counts.blank());
		assertEquals(4, counts.imported());
		assertEquals(0, counts.linked());
		assertEquals(4, counts.rejected());
		assertTrue(counts.balanced());
		assertEquals(4, counts.persons());
		assertEquals(3, counts.organizations(), "BA Minds, Gaudí Partners and Acme, each once");
		assertEquals(4, counts.affiliations());

		List<ImportRejection> rejected = report.rejections();
		assertEquals(List.of(6L, 7L, 8L, 10L), rejected.stream().map(ImportRejection::line).toList(),
				"line numbers count the quoted newline and the blank line");
		assertTrue(rejected.get(0).describe().contains("Email") && rejected.get(0).describe().contains("not-an-email"),
				rejected.get(0).describe());
		assertTrue(rejected.get(1).describe().startsWith("Hasta 1:"), rejected.get(1).describe());
		assertTrue(rejected.get(2).describe().contains("astronaut"), rejected.get(2).describe());
		assertEquals(1, rejected.get(3).problems().size(), rejected.get(3).describe());
		assertTrue(rejected.get(3).describe().toLowerCase().contains("name"), rejected.get(3).describe());
		assertEquals("Luis", rejected.get(0).values().get(0), "the row's values are kept to fix and re-import");
		assertEquals(report.rejections(), store.importer.rejections(report.runId()), "the report is stored");

		Person jose = store.parties.findPerson(store.imports.personsByEmail(List.of("jose@baminds.com"))
				.get("jose@baminds.com")).orElseThrow();
		assertEquals("Met at the fair;\nwants a demo", jose.getNotes());
		List<Affiliation> joseAt = store.affiliations.organizationsOf(jose.getId(), Period.ALL);
		assertEquals(List.of("BA Minds", "Gaudí Partners"),
				joseAt.stream().map(a -> a.getOrganization().getDisplayName()).toList());
		assertEquals("CEO", joseAt.get(0).getTitle());
		assertEquals(java.time.LocalDate.of(2019, 1, 15), joseAt.get(0).getSince());
		assertEquals("board-member", joseAt.get(1).getRole().getCode(), "roles are matched by label as well as code");
		Person ana = store.parties.findPerson(store.imports.personsByEmail(List.of("ana@acme.example"))
				.get("ana@acme.example")).orElseThrow();
		assertEquals(java.time.LocalDate.of(2020, 3, 1),
				store.affiliations.organizationsOf(ana.getId(), Period.ALL).get(0).getSince(), "day-first dates");
		assertEquals(4, store.parties.count(org.vinculo.core.model.PartyKind.PERSON));

		// the rejected rows, written out, fixed and imported again, are all that was missing
		Path rejects = folder.resolve("rejected.csv");
		store.importer.writeRejections(rejects, preview.headers(), rejected, settings);
		String fixed = Files.readString(rejects, StandardCharsets.UTF_8).replace("not-an-email", "luis@vega.example")
				.replace("2020-01-01", "2022-01-01").replace("astronaut", "employee").replaceAll("(?m)^(\"\")?;;orphan@x.example", "Olga;Ros;orphan@x.example");
		Files.writeString(rejects, fixed, StandardCharsets.UTF_8);
		ImportReport again = importGuessed(rejects);
		assertEquals(4, again.counts().read(), lines(again.rejections()));
		assertEquals(4, again.counts().imported(), lines(again.rejections()));
		assertEquals(8, store.parties.count(org.vinculo.core.model.PartyKind.PERSON));
	}

	@Test
	void windows1252AndUtf16FilesAreDetectedAndAccentsSurvive() throws IOException {
		String csv = "First name,Last name,Company\r\nJosé,Muñoz,Cañas y Señoras\r\nÀngels,Güell,Cañas y Señoras\r\n";
		ImportReport ansi = importGuessed(write("ansi.csv", csv, Charset.forName("windows-1252"), false));
		assertEquals(2, ansi.counts().imported());
		assertEquals(1, ansi.counts().organizations(), "the second row links to the organization the first created");
		ImportReport utf16 = importGuessed(write("utf16.csv", csv.replace("José", "Jesús"), StandardCharsets.UTF_16LE, true));
		assertEquals(2, utf16.counts().imported(), "without an email a row's person is always new");
		assertEquals(0, utf16.counts().organizations(), "the organization is found by name");
		assertEquals(1, store.count("SELECT COUNT(*) FROM PARTY WHERE KIND = 'O' AND ORG_NAME = 'Cañas y Señoras'"));
		assertTrue(store.count("SELECT COUNT(*) FROM PARTY WHERE FIRST_NAME = 'José' AND LAST_NAME = 'Muñoz'") == 1);
		assertTrue(store.count("SELECT COUNT(*) FROM PARTY WHERE FIRST_NAME = 'Jesús'") == 1);
	}

	@Test
	void oneRowPerAffiliationLinksThePersonToEachOrganizationOnce() throws IOException {
		String csv = """
				Name,Email,Company,Role,Title
				Ana Ruiz,ana@acme.example,Acme,employee,Buyer
				Ana Ruiz,ana@acme.example,Gaudí Partners,consultant,
				Ana Ruiz,ANA@acme.example,Acme,employee,Buyer
				Luis Vega,luis@vega.example,Acme,owner,
				""";
		ImportReport report = importGuessed(write("links.csv", csv, StandardCharsets.UTF_8, false));
		assertEquals(4, report.counts().read());
		assertEquals(3, report.counts().imported());
		assertEquals(1, report.counts().linked(), "the repeated row adds nothing");
		assertEquals(2, report.counts().persons());
		assertEquals(3, report.counts().affiliations());
		long ana = store.imports.personsByEmail(List.of("ana@acme.example")).get("ana@acme.example");
		assertEquals(2, store.affiliations.organizationsOf(ana, Period.ALL).size());
		assertEquals(2, store.affiliations.peopleOf(store.imports.organizationsByKey(List.of("acme")).get("acme"),
				Period.ALL).size());
	}

	@Test
	void rowsMatchingStoredPersonsLinkOrEnrichThemInsteadOfDuplicating() throws IOException {
		Person stored = new Person("José", "Minds");
		stored.setEmail("jose@baminds.com");
		long id = store.parties.createPerson(stored).getId();
		String csv = """
				First name,Last name,Email,Mobile,Company,Tags
				José,Minds,jose@baminds.com,+34 611 000 111,BA Minds,vip
				""";
		Path file = write("existing.csv", csv, StandardCharsets.UTF_8, false);
		ImportSettings settings = store.importer.guessMapping(store.importer.sniff(file));

		ImportReport dry = store.importer.dryRun(file, settings, new NullProgressMonitor());
		assertEquals(1, dry.counts().imported(), "the organization would be new");
		assertEquals(0, store.count("SELECT COUNT(*) FROM PARTY WHERE KIND = 'O'"), "a dry run writes nothing");

		settings.setPersonMatch(ImportSettings.Match.ENRICH);
		ImportReport report = store.importer.run(file, settings, new NullProgressMonitor());
		assertEquals(0, report.counts().persons());
		assertEquals(1, store.parties.count(org.vinculo.core.model.PartyKind.PERSON));
		Person enriched = store.parties.findPerson(id).orElseThrow();
		assertEquals(List.of("+34 611 000 111"), enriched.values(Channel.PHONE), "empty fields are filled");
		assertTrue(enriched.getTags().contains("vip"));
		assertEquals("BA Minds", store.affiliations.organizationsOf(id, Period.ALL).get(0).getOrganization()
				.getDisplayName(), "the stored person gets the row's affiliation");
	}

	@Test
	void aLargeFileImportsWithoutACapAndEveryRejectedRowIsCounted() throws IOException {
		int rows = 100_000;
		StringBuilder csv = new StringBuilder("First name,Last name,Email,Company,Role,Since\n");
		int bad = 0;
		for (int i = 1; i <= rows; i++) {
			boolean broken = i % 997 == 0;
			bad += broken ? 1 : 0;
			csv.append("Name").append(i).append(",Surname").append(i % 5000).append(',')
					.append(broken ? "broken-" + i : "p" + i + "@example.com").append(",Company ").append(i % 2000)
					.append(",employee,2020-01-").append(String.format("%02d", 1 + i % 28)).append('\n');
		}
		Path file = write("large.csv", csv.toString(), StandardCharsets.UTF_8, false);
		ImportReport report = importGuessed(file);
		assertEquals(rows, report.counts().read());
		assertEquals(bad, report.counts().rejected());
		assertEquals(rows - bad, report.counts().persons());
		assertEquals(2000, report.counts().organizations());
		assertEquals(rows - bad, report.counts().affiliations());
		assertEquals(rows - bad, store.parties.count(org.vinculo.core.model.PartyKind.PERSON));
		assertEquals(bad, store.importer.rejections(report.runId()).size());
		assertEquals(997 + 1, store.importer.rejections(report.runId()).get(0).line(), "line of record 997 after the header");
	}

	@Test
	void aCancelledImportResumesWhereItStoppedOrRollsBackAsAWhole() throws IOException {
		StringBuilder csv = new StringBuilder("Name,Email,Company\n");
		for (int i = 1; i <= 7_000; i++) {
			csv.append("Person ").append(i).append(",p").append(i).append("@x.example,Org ").append(i % 10).append('\n');
		}
		Path file = write("resume.csv", csv.toString(), StandardCharsets.UTF_8, false);
		ImportSettings settings = store.importer.guessMapping(store.importer.sniff(file));
		// cancelled as the second chunk is committed
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int checks;

			@Override
			public boolean isCanceled() {
				return ++checks >= 2;
			}
		};
		ImportReport first = store.importer.run(file, settings, monitor);
		assertTrue(first.cancelled());
		ImportRun run = store.imports.run(first.runId()).orElseThrow();
		assertEquals(ImportRun.Status.CANCELLED, run.status());
		assertEquals(4_000, run.lastRecord(), "whole chunks only");
		assertEquals(4_000, store.parties.count(org.vinculo.core.model.PartyKind.PERSON));
		assertEquals(List.of(run.id()), store.importer.unfinished().stream().map(ImportRun::id).toList());

		ImportReport resumed = store.importer.resume(run.id(), new NullProgressMonitor());
		assertEquals(7_000, resumed.counts().read(), "totals span both sessions");
		assertEquals(7_000, resumed.counts().persons());
		assertEquals(10, resumed.counts().organizations());
		assertEquals(7_000, store.parties.count(org.vinculo.core.model.PartyKind.PERSON), "no row twice");
		assertTrue(store.importer.unfinished().isEmpty());

		assertEquals(7_010, store.importer.rollback(run.id(), new NullProgressMonitor()));
		assertEquals(0, store.parties.count());
		assertEquals(0, store.count("SELECT COUNT(*) FROM AFFILIATION"));
		assertEquals(ImportRun.Status.ROLLED_BACK, store.imports.run(run.id()).orElseThrow().status());
	}

	static String lines(List<ImportRejection> rejections) {
		return rejections.stream().map(r -> r.line() + " " + r.describe()).collect(Collectors.joining("\n"));
	}
}
