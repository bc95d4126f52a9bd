package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;

/**
 * Creating, linking, editing and deleting parties the ways a power user does:
 * menus, tool bar, keyboard, editor buttons, context menu, drag and drop.
 */
class PartiesEditingTest extends WorkbenchTest {

	private static final int NAME = 0;
	private static final int ROLE = 1;
	private static final int TITLE = 2;

	// ---- P1: create independently -------------------------------------------------------

	@Test
	void newPersonFromTheFileMenuNeedsNoOrganization() {
		ui.clickMenu("File", "New", "Person...");
		ui.shell("New Person");
		assertFalse(ui.button(WidgetIds.DIALOG_OK).isEnabled(), "nothing to save yet");
		ui.text(WidgetIds.NEW_FIRST_NAME).typeText("Marina");
		ui.text(WidgetIds.NEW_LAST_NAME).setText("Quintana Solo");
		ui.text(WidgetIds.NEW_CITY).setText("Cádiz");
		ui.button(WidgetIds.DIALOG_OK).click();

		ui.waitForActiveEditor("Marina Quintana Solo");
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);
		assertEquals(0, ui.table(WidgetIds.PERSON_ORGANIZATIONS).rowCount());
		Person saved = (Person) only("Marina Quintana Solo");
		assertEquals("Cádiz", saved.getCity());
		assertTrue(CoreServices.affiliations().organizationsOf(saved.getId(), Period.ALL).isEmpty());
	}

	@Test
	void newOrganizationFromTheToolBarNeedsNoPerson() {
		ui.clickToolItem("New organization (no person needed)");
		ui.shell("New Organization");
		ui.text(WidgetIds.NEW_NAME).typeText("Lonely Org");
		ui.button(WidgetIds.DIALOG_OK).click();

		ui.waitForActiveEditor("Lonely Org");
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);
		assertEquals(0, ui.table(WidgetIds.ORGANIZATION_PEOPLE).rowCount());
		assertEquals(0, CoreServices.affiliations().countAffiliations(only("Lonely Org").getId()));
	}

	@Test
	void keyboardShortcutOpensNewPerson() {
		ui.run(() -> ui.page().getWorkbenchWindow().getShell().forceActive());
		ui.text(WidgetIds.PARTIES_FILTER).widget(); // focus inside the workbench window
		ui.run(() -> ui.text(WidgetIds.PARTIES_FILTER).widget().setFocus());
		ui.pressKey(SWT.CTRL | SWT.ALT, 'p');
		Shell dialog = ui.shell("New Person");
		ui.button(WidgetIds.DIALOG_CANCEL).click();
		ui.waitForShellClosed("New Person");
		assertNotNull(dialog);
	}

	@Test
	void requiredNameIsMarkedAndNothingIsSaved() {
		long before = CoreServices.parties().count();
		ui.clickMenu("File", "New", "Person...");
		Shell shell = ui.shell("New Person");
		ui.text(WidgetIds.NEW_FIRST_NAME).typeText("X");
		ui.text(WidgetIds.NEW_FIRST_NAME).setText("");
		ui.text(WidgetIds.NEW_EMAIL).setText("not-an-address");

		String error = ui.onUi(() -> ((TitleAreaDialog) shell.getData()).getErrorMessage());
		assertEquals("Enter a first name or a last name.", error);
		assertFalse(ui.button(WidgetIds.DIALOG_OK).isEnabled());
		ui.button(WidgetIds.DIALOG_CANCEL).click();
		ui.waitForShellClosed("New Person");
		assertEquals(before, CoreServices.parties().count(), "nothing saved half-way");
	}

	// ---- P2/P3: link from every side, edit from either side ---------------------------------

	@Test
	void addPersonFromTheOrganizationEditorWithThePicker() {
		Organization org = CoreServices.parties().createOrganization(new Organization("Picker Test Org"));
		Workbench.openFromPartiesView(ui, "Picker Test Org", "Picker Test Org");

		ui.button(WidgetIds.AFFILIATION_ADD).click();
		ui.shell("Select Person");
		ui.text(WidgetIds.PICKER_FILTER).typeText("Pepe");
		TableDriver picker = ui.table(WidgetIds.PICKER_TABLE);
		picker.doubleClick(picker.waitForRow(NAME, "Pepe Gómez"));
		ui.shell("New Affiliation");
		ui.combo(WidgetIds.AFFILIATION_ROLE).select("Consultant");
		ui.text(WidgetIds.AFFILIATION_TITLE).setText("Logistics advisor");
		ui.button(WidgetIds.DIALOG_OK).click();
		ui.waitForShellClosed("New Affiliation");

		TableDriver people = ui.table(WidgetIds.ORGANIZATION_PEOPLE);
		int pepe = people.waitForRow(NAME, "Pepe Gómez");
		assertEquals("Consultant", people.cell(pepe, ROLE));
		assertEquals("Logistics advisor", people.cell(pepe, TITLE));
		assertEquals(1, CoreServices.affiliations().peopleOf(org.getId(), Period.ALL).size());
	}

	@Test
	void linkFromThePersonEditorThenEditFromTheOrganizationSideShowsOnBothAtOnce() {
		Person rosa = CoreServices.parties().createPerson(new Person("Rosa", "Bothsides"));
		Workbench.openFromPartiesView(ui, "Rosa Bothsides", "Rosa Bothsides");
		ui.button(WidgetIds.AFFILIATION_ADD).click();
		ui.shell("Select Organization");
		ui.text(WidgetIds.PICKER_FILTER).typeText("Empresa XYZ");
		TableDriver picker = ui.table(WidgetIds.PICKER_TABLE);
		picker.select(picker.waitForRow(NAME, "Empresa XYZ"));
		ui.button(WidgetIds.DIALOG_OK).click();
		ui.shell("New Affiliation");
		ui.button(WidgetIds.DIALOG_OK).click();
		ui.waitForShellClosed("New Affiliation");
		TableDriver organizations = ui.table(WidgetIds.PERSON_ORGANIZATIONS);
		assertEquals("Employee", organizations.cell(organizations.waitForRow(NAME, "Empresa XYZ"), ROLE));
		var rosaEditor = ui.activeEditor();

		Workbench.openFromPartiesView(ui, "Empresa XYZ", "Empresa XYZ");
		TableDriver people = ui.table(WidgetIds.ORGANIZATION_PEOPLE);
		people.select(people.waitForRow(NAME, "Rosa Bothsides"));
		ui.button(WidgetIds.AFFILIATION_EDIT).click();
		ui.shell("Edit Affiliation");
		ui.text(WidgetIds.AFFILIATION_TITLE).setText("CFO");
		ui.button(WidgetIds.DIALOG_OK).click();
		ui.waitForShellClosed("Edit Affiliation");
		ui.waitUntil("the organization side shows the new title",
				() -> "CFO".equals(people.cell(people.indexOf(NAME, "Rosa Bothsides"), TITLE)));

		ui.run(() -> ui.page().activate(rosaEditor));
		TableDriver rosaSide = ui.table(WidgetIds.PERSON_ORGANIZATIONS);
		ui.waitUntil("the open person editor refreshed at once",
				() -> "CFO".equals(rosaSide.cell(rosaSide.indexOf(NAME, "Empresa XYZ"), TITLE)));
		assertEquals(1, CoreServices.affiliations().organizationsOf(rosa.getId(), Period.ALL).size());
	}

	@Test
	void cancellingTheAffiliationDialogChangesNothing() {
		Workbench.openFromPartiesView(ui, "José Minds", "José Minds");
		TableDriver organizations = ui.table(WidgetIds.PERSON_ORGANIZATIONS);
		int baMinds = organizations.waitForRow(NAME, "BA Minds");
		organizations.select(baMinds);
		ui.button(WidgetIds.AFFILIATION_EDIT).click();
		ui.shell("Edit Affiliation");
		ui.text(WidgetIds.AFFILIATION_TITLE).setText("Something else");
		ui.button(WidgetIds.AFFILIATION_UNTIL_KNOWN).check(true); // validates, copying the form into the model
		ui.button(WidgetIds.DIALOG_CANCEL).click();
		ui.waitForShellClosed("Edit Affiliation");

		assertEquals("Sales Director", organizations.cell(baMinds, TITLE), "the row shows what is saved");
		organizations.select(baMinds);
		ui.button(WidgetIds.AFFILIATION_EDIT).click();
		ui.shell("Edit Affiliation");
		assertEquals("Sales Director", ui.text(WidgetIds.AFFILIATION_TITLE).getText(), "reopening starts from the saved value");
		ui.button(WidgetIds.DIALOG_CANCEL).click();
		ui.waitForShellClosed("Edit Affiliation");
	}

	@Test
	void contextMenuOfASearchResultLinksIt() {
		Person ines = CoreServices.parties().createPerson(new Person("Inés", "Menucontext"));
		ui.text(WidgetIds.PARTIES_FILTER).typeText("Menucontext");
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		parties.select(parties.waitForRow(NAME, "Inés Menucontext"));
		MenuItem link = ui.onUi(() -> {
			Menu menu = ((Table) parties.widget()).getMenu();
			menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
			for (MenuItem item : menu.getItems()) {
				if (item.getText().replace("&", "").startsWith("Link")) {
					return item;
				}
			}
			return null;
		});
		assertNotNull(link, "the search result's context menu offers Link...");
		ui.async(() -> link.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
		ui.shell("Select Organization");
		ui.text(WidgetIds.PICKER_FILTER).typeText("BA Minds");
		TableDriver picker = ui.table(WidgetIds.PICKER_TABLE);
		picker.doubleClick(picker.waitForRow(NAME, "BA Minds"));
		ui.shell("New Affiliation");
		ui.combo(WidgetIds.AFFILIATION_ROLE).select("Board member");
		ui.button(WidgetIds.DIALOG_OK).click();
		ui.waitForShellClosed("New Affiliation");

		List<Affiliation> links = CoreServices.affiliations().organizationsOf(ines.getId(), Period.ALL);
		assertEquals(1, links.size());
		assertEquals("BA Minds", links.get(0).getOrganization().getDisplayName());
		assertEquals(AffiliationRole.BOARD_MEMBER, links.get(0).getRole().getCode());
	}

	@Test
	void droppingAPersonOnAnOrganizationEditorLinksThem() {
		Organization org = CoreServices.parties().createOrganization(new Organization("Drop Target Org"));
		Person dropped = CoreServices.parties().createPerson(new Person("Dario", "Dragged"));
		Workbench.openFromPartiesView(ui, "Drop Target Org", "Drop Target Org");

		Composite form = ui.byId(Composite.class, WidgetIds.PARTY_FORM);
		ui.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(dropped)));
		ui.async(() -> ((DropTarget) form.getData(DND.DROP_TARGET_KEY)).getDropListeners()[0].drop(null));
		ui.shell("New Affiliation");
		ui.button(WidgetIds.DIALOG_OK).click();
		ui.waitForShellClosed("New Affiliation");

		ui.table(WidgetIds.ORGANIZATION_PEOPLE).waitForRow(NAME, "Dario Dragged");
		assertEquals(1, CoreServices.affiliations().peopleOf(org.getId(), Period.ALL).size());
	}

	// ---- delete, revert, navigation ------------------------------------------------------

	@Test
	void deleteExplainsWhatGoesWithItAndCanBeCancelled() {
		Organization org = CoreServices.parties().createOrganization(new Organization("Doomed Org"));
		Person person = CoreServices.parties().createPerson(new Person("Survivor", "Person"));
		CoreServices.affiliations().affiliate(new Affiliation(person, org,
				CoreServices.affiliations().roleByCode(AffiliationRole.EMPLOYEE)));
		Workbench.openFromPartiesView(ui, "Doomed Org", "Doomed Org");

		ui.clickMenu("Edit", "Delete");
		Shell question = ui.shell("Delete");
		String text = ui.dialogText(question);
		assertTrue(text.contains("Its affiliation goes with it") && text.contains("Survivor Person"), text);
		ui.buttonLabelled("Cancel").click();
		ui.waitForShellClosed("Delete");
		assertTrue(CoreServices.parties().find(org.getId()).isPresent(), "cancel keeps everything");

		ui.clickMenu("Edit", "Delete");
		ui.shell("Delete");
		ui.buttonLabelled("Delete").click();
		ui.waitForShellClosed("Delete");
		ui.waitUntil("the editor of the deleted record closes",
				() -> ui.onUi(() -> ui.page().getEditorReferences().length) == 0);
		assertTrue(CoreServices.parties().find(org.getId()).isEmpty());
		assertTrue(CoreServices.parties().find(person.getId()).isPresent(), "the person stays");
	}

	@Test
	void revertDropsUnsavedChanges() {
		Person person = new Person("Rita", "Revert");
		person.setNotes("Saved note");
		CoreServices.parties().createPerson(person);
		Workbench.openFromPartiesView(ui, "Rita Revert", "Rita Revert");
		ui.text(WidgetIds.PARTY_NOTES).typeText("Unsaved scribble");
		assertTrue(ui.onUi(() -> ui.activeEditor().isDirty()));

		ui.clickMenu("File", "Revert");
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);
		ui.waitUntil("the saved note is back", () -> "Saved note".equals(ui.text(WidgetIds.PARTY_NOTES).getText()));
		assertFalse(ui.onUi(() -> ui.activeEditor().isDirty()));
	}

	@Test
	void backAndForwardWalkTheVisitedRecords() {
		Workbench.openFromPartiesView(ui, "BA Minds", "BA Minds");
		TableDriver people = ui.table(WidgetIds.ORGANIZATION_PEOPLE);
		people.doubleClick(people.waitForRow(NAME, "José Minds"));
		ui.waitForActiveEditor("José Minds");

		ui.pressKey(SWT.ALT, SWT.ARROW_LEFT);
		ui.waitForActiveEditor("BA Minds");
		ui.pressKey(SWT.ALT, SWT.ARROW_RIGHT);
		ui.waitForActiveEditor("José Minds");
	}

	@Test
	void enterInTheFilterOpensTheFirstResult() {
		ui.text(WidgetIds.PARTIES_FILTER).typeText("Lucia Fern");
		ui.table(WidgetIds.PARTIES_TABLE).waitForRow(NAME, "Lucía Fernández");
		ui.pressKey(0, SWT.CR);
		ui.waitForActiveEditor("Lucía Fernández");
	}

	// ---- concurrent edits --------------------------------------------------------------------

	@Test
	void concurrentEditIsResolvedFieldByField() {
		Person created = new Person("Clara", "Conflict");
		created.setNotes("Met at the fair");
		created.setPhone("+34 600 000 001");
		Person saved = CoreServices.parties().createPerson(created);
		Workbench.openFromPartiesView(ui, "Clara Conflict", "Clara Conflict");
		ui.text(WidgetIds.PARTY_NOTES).setText("Met at the fair; wants a demo");
		ui.text(WidgetIds.PARTY_TAGS).setText("hot-lead");

		// meanwhile someone else saves the same record
		Person theirs = CoreServices.parties().findPerson(saved.getId()).orElseThrow();
		theirs.setNotes("Met at the fair; called back");
		theirs.setPhone("+34 600 000 999");
		CoreServices.parties().update(theirs);

		ui.async(() -> ui.page().saveEditor(ui.activeEditor(), false));
		ui.shell("Changed by Someone Else");
		assertTrue(ui.button("conflict.party.notes.yours").isChecked(), "both changed the notes: yours until decided");
		assertTrue(ui.button("conflict.party.contacts.theirs").isChecked(), "only they changed the phones: theirs");
		assertTrue(ui.button("conflict.party.tags.yours").isChecked(), "only you changed the tags: yours");
		ui.text("conflict.party.notes.result").setText("Met at the fair; called back; wants a demo");
		ui.button(WidgetIds.DIALOG_OK).click();
		ui.waitForShellClosed("Changed by Someone Else");

		ui.waitUntil("saved", () -> !ui.onUi(() -> ui.activeEditor().isDirty()));
		Person merged = CoreServices.parties().findPerson(saved.getId()).orElseThrow();
		assertEquals("Met at the fair; called back; wants a demo", merged.getNotes(), "a typed merge");
		assertEquals("+34 600 000 999", merged.getPhone(), "their phone");
		assertEquals(java.util.Set.of("hot-lead"), merged.getTags(), "your tag");
		assertEquals(saved.getVersion() + 2, merged.getVersion(), "their save, then ours on top: nothing lost");
	}

	// ---- helpers ---------------------------------------------------------------------------

	private static Party only(String name) {
		return Workbench.only(name);
	}

}
