package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.Party;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.imports.ImportIds;
import org.vinculo.ui.internal.imports.ImportReportView;
import org.vinculo.ui.internal.imports.ImportWizard;

/**
 * A spreadsheet export as users bring it, imported through File > Import: a
 * semicolon-separated file with a quoted value running over two lines, a row
 * whose email is not one, and a row with an organization and a role. The
 * format and the mapping are guessed, a dry run tells what would happen, the
 * import keeps the good rows and reports the bad one with its line and
 * reason, and rolling it back removes what it created.
 * <p>
 * The names are made up for this test, so that other tests still find exactly
 * the records they expect.
 */
class ImportWizardTest extends WorkbenchTest {

	private static final String WIZARD_TITLE = "Import from CSV";
	private static final String ROLL_BACK_TITLE = "Roll Back Import";

	/** Line 1 the header; Luis's notes run over lines 3 and 4, so Berta's bad email is on line 5. */
	private static final String CSV = """
			First name;Last name;Email;Notes;Company;Role
			Ana;Csvina;ana.csvina@import.example;;;
			Luis;Puntocoma;luis.puntocoma@import.example;"Met at the fair
			call in spring";;
			Berta;Sinmail;not-an-email;;;
			Carmen;Rolera;carmen.rolera@import.example;;Importadora Rolera;Consultant
			""";

	@Test
	void aCsvFileIsImportedItsBadRowReportedAndTheImportRolledBack() throws Exception {
		Path file = Files.createTempFile("vinculo-import", ".csv");
		Files.writeString(file, CSV, StandardCharsets.UTF_8);

		// the file page: the format is detected and the rows previewed as they will be read
		ui.clickMenu("File", "Import", "CSV File...");
		ui.shell(WIZARD_TITLE);
		ui.text(ImportIds.FILE_PATH).setText(file.toString());
		TableDriver preview = ui.table(ImportIds.PREVIEW);
		ui.waitUntil("the four rows previewed", () -> preview.rowCount() == 4 && ui.button(ImportIds.NEXT).isEnabled());
		assertEquals("Semicolon ( ; )", ui.combo(ImportIds.DELIMITER).selection());
		assertTrue(ui.button(ImportIds.HEADER).isChecked(), "the first row is a header");
		assertEquals(List.of("First name", "Last name", "Email", "Notes", "Company", "Role"), preview.columnHeaders());
		assertEquals("Met at the fair \u21b5 call in spring", preview.cell(1, 3), "one value over two lines");

		// the mapping page: every column guessed from its header
		ui.button(ImportIds.NEXT).click();
		ui.waitUntil("the mapping to be guessed", () -> ui.button(ImportIds.FINISH).isEnabled());
		TableDriver mapping = ui.table(ImportIds.MAPPING);
		assertEquals(6, mapping.rowCount());
		assertEquals(List.of("Person: First name", "Person: Last name", "Person: Email", "Person: Notes",
				"Organization 1: Name", "Affiliation 1: Role"), mapping.column(ImportWizard.TARGET));
		assertEquals("Csvina | Puntocoma | Sinmail", mapping.cell(1, ImportWizard.SAMPLES));
		ui.screenshot("import-1-mapping");

		// a dry run tells what the import would do, writing nothing
		ui.button(ImportIds.DRY_RUN).click();
		Label dryRun = ui.byId(Label.class, ImportIds.DRY_RUN_RESULT);
		ui.waitUntil("the dry run's counts", () -> ui.onUi(dryRun::getText).startsWith("Would read"),
				() -> ui.onUi(dryRun::getText));
		assertEquals("Would read 4 rows: 3 imported, 0 linked to existing, 1 rejected", ui.onUi(dryRun::getText));
		assertEquals("5", ui.table(ImportIds.DRY_RUN_REJECTIONS).cell(0, 0), "the bad row's line");
		ui.screenshot("import-2-dry-run");
		assertEquals(0, records("Rolera"), "a dry run writes nothing");

		// the import itself, reported in the Import Report view
		ui.button(ImportIds.FINISH).click();
		ui.waitForShellClosed(WIZARD_TITLE);
		ui.waitForJobs(ImportIds.IMPORT_JOBS);
		Label totals = ui.byId(Label.class, ImportIds.TOTALS);
		ui.waitUntil("the report of the import", () -> ui.onUi(totals::getText).startsWith("Read 4"),
				() -> ui.onUi(totals::getText));
		assertEquals("Read 4 rows = 3 imported + 0 linked to existing + 1 rejected", ui.onUi(totals::getText));
		String details = ui.onUi(ui.byId(Label.class, ImportIds.DETAILS)::getText);
		assertTrue(details.startsWith(file.getFileName() + ": new persons 3, new organizations 1, new affiliations 1"),
				details);

		TableDriver rejected = ui.table(ImportIds.REJECTIONS);
		assertEquals(1, rejected.rowCount());
		ui.screenshot("import-3-report");
		assertEquals("5", rejected.cell(0, ImportReportView.LINE));
		String problems = rejected.cell(0, ImportReportView.PROBLEMS);
		assertTrue(problems.startsWith("Email: ") && problems.contains("not-an-email")
				&& problems.contains("email address"), problems);
		assertTrue(rejected.cell(0, ImportReportView.VALUES).startsWith("Berta | Sinmail | not-an-email"));

		TableDriver recent = ui.table(ImportIds.RECENT);
		ui.waitUntil("the import listed as finished", () -> recent.rowCount() > 0
				&& recent.cell(0, ImportReportView.STATUS).equals("Finished"));
		assertEquals(file.getFileName().toString(), recent.cell(0, ImportReportView.FILE));
		assertEquals("3", recent.cell(0, ImportReportView.IMPORTED));
		assertEquals("1", recent.cell(0, ImportReportView.REJECTED));

		// the good rows are records now: the value over two lines whole, the role linked
		Party luis = Workbench.only("Luis Puntocoma");
		assertEquals("Met at the fair\ncall in spring", luis.getNotes().replace("\r\n", "\n"));
		Party carmen = Workbench.only("Carmen Rolera");
		List<Affiliation> links = CoreServices.affiliations().organizationsOf(carmen.getId(), Period.ALL);
		assertEquals(1, links.size());
		assertEquals("Importadora Rolera", links.get(0).getOrganization().getName());
		assertEquals("consultant", links.get(0).getRole().getCode());
		Workbench.only("Ana Csvina");
		assertEquals(0, records("Sinmail"), "the rejected row made no record");

		// rolled back as a whole
		recent.select(0);
		ui.button(ImportIds.ROLL_BACK).click();
		ui.shell(ROLL_BACK_TITLE);
		ui.buttonLabelled("Roll Back").click();
		ui.waitForShellClosed(ROLL_BACK_TITLE);
		ui.waitForJobs(ImportIds.IMPORT_JOBS);
		ui.waitUntil("the import listed as rolled back", () -> recent.rowCount() > 0
				&& recent.cell(0, ImportReportView.STATUS).equals("Rolled back"));
		ui.waitUntil("search to find none of the imported records",
				() -> records("Csvina") == 0 && records("Puntocoma") == 0 && records("Rolera") == 0);
		Files.deleteIfExists(file);
	}

	/** How many records a search for {@code name} finds, once the index has every committed change. */
	private int records(String name) {
		ui.waitUntil("the search index to catch up", () -> CoreServices.search().isCurrent());
		// the search tolerates typos: count only the records that really carry the name
		return (int) CoreServices.search().search(PartyQuery.matching(name)).hits().stream()
				.filter(hit -> hit.displayName().contains(name)).count();
	}
}
