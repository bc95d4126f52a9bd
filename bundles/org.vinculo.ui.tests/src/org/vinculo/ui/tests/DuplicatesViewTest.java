package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.TabFolder;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.core.service.PartyService;
import org.vinculo.tests.harness.ButtonDriver;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.dedupe.DedupeIds;
import org.vinculo.ui.internal.dedupe.DuplicatesView;

/**
 * Duplicates as a user meets them: found by a scan with the reasons shown,
 * merged field by field with what hangs on both kept, the merge undone from the
 * history; and a warning while typing a new person who is on file already.
 * <p>
 * The pair is made up for this test ("Gemelo", not the demo's José Minds), so
 * that the other tests still find exactly one José Minds.
 */
class DuplicatesViewTest extends WorkbenchTest {

	private static final String MERGE_TITLE = "Merge Two Records";
	private static final String UNDO_TITLE = "Undo Merge";
	private static final String EMAIL = "jose.gemelo@dedupe.example";

	@Test
	void aScannedPairIsMergedAndTheMergeUndone() {
		PartyService parties = CoreServices.parties();
		AffiliationService links = CoreServices.affiliations();
		Person older = parties.createPerson(person("José", "Gemelo", EMAIL));
		Person newer = parties.createPerson(person("Jose", "Gemelo", EMAIL));
		Organization north = parties.createOrganization(new Organization("Astillero Norte"));
		Organization south = parties.createOrganization(new Organization("Astillero Sur"));
		links.affiliate(new Affiliation(older, north, links.roleByCode(AffiliationRole.EMPLOYEE)));
		links.affiliate(new Affiliation(newer, south, links.roleByCode(AffiliationRole.EMPLOYEE)));
		long kept = Math.min(older.getId(), newer.getId());
		long away = Math.max(older.getId(), newer.getId());
		assertEquals(older.getId(), kept, "created first, so the older record");

		// scan the persons (the first kind offered, whatever the terminology calls them)
		ui.showView(DuplicatesView.ID);
		ui.combo(DedupeIds.KIND).select(ui.combo(DedupeIds.KIND).items().get(0));
		ui.button(DedupeIds.SCAN).click();
		TableDriver pairs = ui.table(DedupeIds.TABLE);
		int row = pairs.waitForRow(DuplicatesView.FIRST, "José Gemelo");
		assertEquals("Jose Gemelo", pairs.cell(row, DuplicatesView.SECOND));
		String why = pairs.cell(row, DuplicatesView.WHY);
		assertTrue(why.contains("same email " + EMAIL), why);
		assertTrue(Integer.parseInt(pairs.cell(row, DuplicatesView.SCORE)) >= 60, "at least the threshold");
		String status = ui.onUi(ui.byId(Label.class, DedupeIds.STATUS)::getText);
		assertTrue(status.startsWith("Compared ") && status.contains("possible duplicate"), status);
		ui.screenshot("dedupe-1-scan");

		// merge, the older record kept, the first name taken from the other
		pairs.doubleClickAsync(row); // the merge dialog is modal
		ui.shell(MERGE_TITLE);
		ButtonDriver theirFirstName = ui.button(DedupeIds.fieldChoice("firstName", DedupeIds.LOSER));
		ButtonDriver ourFirstName = ui.button(DedupeIds.fieldChoice("firstName", DedupeIds.SURVIVOR));
		assertTrue(ui.button(DedupeIds.KEEP_FIRST).isChecked(), "the older record is kept unless told otherwise");
		assertFalse(ui.button(DedupeIds.KEEP_SECOND).isChecked());
		assertTrue(ourFirstName.isChecked(), "the kept record's own value by default");
		String moves = ui.onUi(ui.byId(Label.class, DedupeIds.MOVES)::getText);
		assertTrue(moves.contains("1 Affiliation"), moves);
		ui.screenshot("dedupe-2-merge-dialog");
		theirFirstName.check(true);
		assertFalse(ourFirstName.isChecked(), "one value per field");
		ui.button(WidgetIds.DIALOG_OK).click();
		ui.waitForShellClosed(MERGE_TITLE);
		ui.waitForJobs(DedupeIds.WRITE_JOBS);

		ui.waitUntil("the merged pair to leave the list", () -> pairs.indexOf(DuplicatesView.FIRST, "José Gemelo") < 0);
		Party merged = parties.find(away).orElseThrow();
		assertEquals(Long.valueOf(kept), merged.getMergedInto());
		assertEquals("Jose", parties.findPerson(kept).orElseThrow().getFirstName(), "the value taken from the other");
		assertEquals(2, links.countAffiliations(kept), "both affiliations on the record kept");
		ui.waitUntil("search to find one Gemelo", () -> gemelos() == 1);

		// undo it from the history
		TabFolder tabs = ui.byId(TabFolder.class, DedupeIds.TABS);
		ui.run(() -> {
			tabs.setSelection(1);
			tabs.notifyListeners(SWT.Selection, new Event());
		});
		TableDriver history = ui.table(DedupeIds.HISTORY_TABLE);
		int merge = history.waitForRow(DuplicatesView.MERGED_AWAY, "Jose Gemelo");
		assertEquals("", history.cell(merge, DuplicatesView.UNDONE), "not undone yet");
		assertTrue(Long.parseLong(history.cell(merge, DuplicatesView.MOVED)) >= 1, "its affiliation, at least, moved");
		history.select(merge);
		ui.screenshot("dedupe-3-history");
		ui.button(DedupeIds.HISTORY_UNDO).click();
		ui.shell(UNDO_TITLE);
		ui.buttonLabelled(UNDO_TITLE).click();
		ui.waitForShellClosed(UNDO_TITLE);
		ui.waitForJobs(DedupeIds.WRITE_JOBS);

		ui.waitUntil("the merged-away record to be back",
				() -> parties.find(away).map(p -> p.getMergedInto() == null).orElse(false));
		assertEquals(1, links.countAffiliations(kept), "each keeps its own affiliation");
		assertEquals(1, links.countAffiliations(away), "each keeps its own affiliation");
		assertEquals("José", parties.findPerson(kept).orElseThrow().getFirstName(), "the value taken goes back");
		ui.waitUntil("the history to show it undone", () -> {
			int again = history.indexOf(DuplicatesView.MERGED_AWAY, "Jose Gemelo");
			return again >= 0 && !history.cell(again, DuplicatesView.UNDONE).isEmpty();
		});
		ui.waitUntil("search to find both Gemelos again", () -> gemelos() == 2);
	}

	@Test
	void typingTheEmailOfAStoredPersonWarnsOfAPossibleDuplicate() {
		Party jose = Workbench.only("José Minds");
		String email = jose.getEmail();
		ui.clickMenu("File", "New", "Person...");
		ui.shell("New Person");
		assertFalse(ui.isShown(DedupeIds.HINT_TEXT_PREFIX + 0), "nothing to warn of yet");
		ui.text(WidgetIds.NEW_FIRST_NAME).typeText("Pepito");
		ui.text(WidgetIds.NEW_EMAIL).setText(email);

		Label hint = ui.byId(Label.class, DedupeIds.HINT_TEXT_PREFIX + 0);
		ui.waitUntil("the hint to name José Minds", () -> ui.onUi(hint::getText).contains("José Minds"));
		String text = ui.onUi(hint::getText);
		assertTrue(text.startsWith("Possible duplicate: José Minds (") && text.contains("same email " + email), text);
		assertTrue(ui.button(WidgetIds.DIALOG_OK).isEnabled(), "creating anyway stays possible");
		ui.screenshot("dedupe-4-hint");

		Link open = ui.byId(Link.class, DedupeIds.HINT_OPEN_PREFIX + 0);
		ui.async(() -> open.notifyListeners(SWT.Selection, new Event()));
		ui.waitUntil("José Minds to open behind the dialog", () -> ui.onUi(() -> Arrays
				.stream(ui.page().getEditorReferences()).anyMatch(r -> "José Minds".equals(r.getTitle()))));
		ui.shell("New Person"); // still open

		ui.button(WidgetIds.DIALOG_CANCEL).click();
		ui.waitForShellClosed("New Person");
	}

	private static Person person(String first, String last, String email) {
		Person person = new Person(first, last);
		person.setEmail(email);
		return person;
	}

	/** How many persons a search for "Gemelo" finds, once the index has every committed change. */
	private static int gemelos() {
		return CoreServices.search().isCurrent()
				? CoreServices.search().search(PartyQuery.matching("Gemelo").onlyKind(PartyKind.PERSON)).hits().size()
				: -1;
	}
}
