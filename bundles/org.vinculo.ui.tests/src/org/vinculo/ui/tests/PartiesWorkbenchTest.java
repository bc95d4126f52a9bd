package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.PartyEditorInput;

/**
 * The real workbench, started by the product's application with {@code -demo},
 * driven the way a user drives it.
 */
class PartiesWorkbenchTest extends WorkbenchTest {

	private static final int NAME = 0;
	private static final int ROLE = 1;

	@Test
	void filterOpenOrganizationAndSeeItsPeople() {
		ui.text(WidgetIds.PARTIES_FILTER).typeText("BA Minds");
		ui.waitForJobs(JobFamilies.PARTY_SEARCH);
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		ui.waitUntil("only BA Minds left", () -> parties.rowCount() == 1);
		assertEquals("BA Minds", parties.cell(0, NAME));

		parties.doubleClick(0);

		ui.waitForActiveEditor("BA Minds");
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);
		TableDriver people = ui.table(WidgetIds.ORGANIZATION_PEOPLE);
		int jose = people.waitForRow(NAME, "José Minds");
		assertEquals("Employee", people.cell(jose, ROLE));
		assertTrue(people.rowCount() > 1, "BA Minds has more people than José: " + people.column(NAME));
	}

	@Test
	void doubleClickGoesAcrossFromOrganizationToPersonAndBack() {
		ui.text(WidgetIds.PARTIES_FILTER).typeText("BA Minds");
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		ui.waitUntil("only BA Minds left", () -> parties.rowCount() == 1 && "BA Minds".equals(parties.cell(0, NAME)));
		parties.pressEnter(0);
		ui.waitForActiveEditor("BA Minds");
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);

		TableDriver people = ui.table(WidgetIds.ORGANIZATION_PEOPLE);
		people.doubleClick(people.waitForRow(NAME, "José Minds"));

		ui.waitForActiveEditor("José Minds");
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);
		TableDriver organizations = ui.table(WidgetIds.PERSON_ORGANIZATIONS);
		int baMinds = organizations.waitForRow(NAME, "BA Minds");
		assertEquals("Employee", organizations.cell(baMinds, ROLE));
		assertEquals("Sales Director", organizations.cell(baMinds, 2));

		organizations.doubleClick(baMinds);
		ui.waitForActiveEditor("BA Minds");
	}

	@Test
	void consultantServingSeveralCompaniesIsOnePersonWithManyOrganizations() {
		ui.text(WidgetIds.PARTIES_FILTER).typeText("Lucia Fernandez");
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		ui.waitUntil("Lucía found without typing accents", () -> parties.indexOf(NAME, "Lucía Fernández") >= 0);
		assertEquals(1, parties.column(NAME).stream().filter("Lucía Fernández"::equals).count(),
				"one person record, not one per company");

		parties.doubleClick(parties.indexOf(NAME, "Lucía Fernández"));
		ui.waitForActiveEditor("Lucía Fernández");
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);
		TableDriver organizations = ui.table(WidgetIds.PERSON_ORGANIZATIONS);
		ui.waitUntil("her five organizations", () -> organizations.rowCount() == 5);
		List<String> roles = organizations.column(ROLE);
		assertEquals(4, roles.stream().filter("Consultant"::equals).count(), roles.toString());
		assertTrue(organizations.column(NAME).containsAll(List.of("BA Minds", "Empresa XYZ")));
	}


	@Test
	void editAndSavePersonThroughTheEditor() {
		Workbench.openFromPartiesView(ui, "Pepe", "Pepe Gómez");

		ui.text(WidgetIds.PARTY_NOTES).typeText("Prefers calls");
		assertTrue(ui.onUi(() -> ui.activeEditor().isDirty()), "typing makes the editor dirty");
		ui.button(WidgetIds.CONTACTS_ADD_PHONE).click();
		TableDriver contacts = ui.table(WidgetIds.PARTY_CONTACTS);
		ui.waitUntil("a new phone row", () -> contacts.rowCount() == 3);
		contacts.editCell(2, 2, "+34 956 000 111");
		contacts.editCell(2, 1, "Home");
		ui.button(WidgetIds.ADDRESSES_ADD).click();
		TableDriver addresses = ui.table(WidgetIds.PARTY_ADDRESSES);
		ui.waitUntil("a new address row", () -> addresses.rowCount() == 2);
		addresses.editCell(1, 3, "Cádiz");
		addresses.editCell(1, 1, "Calle Ancha 3");
		ui.run(() -> ui.page().saveEditor(ui.activeEditor(), false));

		assertTrue(!ui.onUi(() -> ui.activeEditor().isDirty()), "saved");
		Person saved = (Person) Workbench.only("Pepe Gómez");
		assertEquals("Prefers calls", saved.getNotes());
		assertEquals(List.of(ContactPoint.Label.WORK, ContactPoint.Label.WORK, ContactPoint.Label.HOME),
				saved.getContactPoints().stream().map(ContactPoint::getLabel).toList());
		assertEquals("+34 956 000 111", saved.getContactPoints().get(2).getValue());
		assertEquals("Calle Ancha 3, Cádiz", saved.getAddresses().get(1).oneLine());
		ui.waitUntil("the search index to find the new phone",
				() -> CoreServices.search().search(PartyQuery.matching("956 000 111")).total() == 1);
	}

	@Test
	void emptyNameIsRefusedNextToTheFieldAndNothingIsSaved() {
		Workbench.openFromPartiesView(ui, "Ana Ruiz", "Ana Ruiz");

		ui.text(WidgetIds.PARTY_FIRST_NAME).setText("");
		ui.text(WidgetIds.PARTY_LAST_NAME).setText("");
		ui.run(() -> ui.page().saveEditor(ui.activeEditor(), false));

		assertTrue(ui.onUi(() -> ui.activeEditor().isDirty()), "still dirty: nothing was saved");
		long id = ui.onUi(() -> ((PartyEditorInput) ui.activeEditor().getEditorInput()).getId());
		assertEquals("Ana Ruiz", CoreServices.parties().find(id).orElseThrow().getDisplayName(),
				"the stored name is intact");
		ui.run(() -> ui.page().closeAllEditors(false));
	}

	@Test
	void windowShowsProductTitleAndMenus() {
		assertEquals("Vinculo", ui.windowTitle().substring(0, "Vinculo".length()));
		assertTrue(ui.menuBarLabels().containsAll(List.of("File", "Window", "Help")), ui.menuBarLabels().toString());
	}
}
