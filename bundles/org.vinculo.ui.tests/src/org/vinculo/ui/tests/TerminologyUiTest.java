package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.preferences.TerminologyPreferencePage;
import org.vinculo.ui.internal.views.PartiesView;

/**
 * An admin renames "Organization" to "Cuenta" and "Person" to "Contacto" on the
 * Terminology preference page; the running workbench speaks the new words at
 * once: view title, menu item, editor title, column header.
 */
class TerminologyUiTest extends WorkbenchTest {

	private static final int TERM = 1;
	private static final int SINGULAR = 2;
	private static final int PLURAL = 3;

	@AfterEach
	void restoreDefaults() {
		CoreServices.terminology().setOverride("party.organization", Locale.ENGLISH, null);
		CoreServices.terminology().setOverride("party.person", Locale.ENGLISH, null);
	}

	@Test
	void renamedTermsReachTheRunningWorkbenchWithoutRestart() {
		Workbench.openFromPartiesView(ui, "BA Minds", "BA Minds");
		IEditorPart editor = ui.activeEditor();
		assertEquals("Organization: BA Minds", ui.onUi(editor::getTitleToolTip));
		IViewPart view = ui.showView(PartiesView.ID);
		assertEquals("Persons & Organizations", ui.onUi(view::getTitle));

		ui.async(() -> PreferencesUtil.createPreferenceDialogOn(null, TerminologyPreferencePage.ID,
				null, null).open());
		ui.shell("Preferences");
		TableDriver terms = ui.table(WidgetIds.TERMS_TABLE);
		int organization = terms.waitForRow(TERM, "party.organization");
		terms.editCell(organization, SINGULAR, "Cuenta").editCell(organization, PLURAL, "Cuentas");
		int person = terms.indexOf(TERM, "party.person");
		terms.editCell(person, SINGULAR, "Contacto").editCell(person, PLURAL, "Contactos");
		ui.buttonLabelled("Apply and Close").click();
		ui.waitForShellClosed("Preferences");

		ui.waitUntil("the view title renamed", () -> "Contactos & Cuentas".equals(ui.onUi(view::getTitle)));
		ui.waitUntil("the editor title renamed",
				() -> "Cuenta: BA Minds".equals(ui.onUi(editor::getTitleToolTip)));
		// the commands are renamed by their own handler of the same event, which may run after the titles'
		ui.waitUntil("the New menu renamed",
				() -> ui.menuItems("File", "New").containsAll(java.util.List.of("Contacto...", "Cuenta...")),
				() -> ui.menuItems("File", "New").toString());
		ui.run(() -> ui.page().activate(editor));
		TableDriver people = ui.table(WidgetIds.ORGANIZATION_PEOPLE);
		ui.waitUntil("the column header renamed", () -> people.columnHeaders().get(0).equals("Contacto"));

		ui.clickMenu("File", "New", "Contacto...");
		ui.shell("New Contacto");
		ui.button(WidgetIds.DIALOG_CANCEL).click();
		ui.waitForShellClosed("New Contacto");
	}

	@Test
	void resetOnThePageRestoresTheDefaultWords() {
		CoreServices.terminology().setOverride("party.organization", Locale.ENGLISH,
				new org.vinculo.core.terms.TermForms("Company", "Companies", null));
		IViewPart view = ui.showView(PartiesView.ID);
		ui.waitUntil("renamed", () -> "Persons & Companies".equals(ui.onUi(view::getTitle)));

		ui.async(() -> PreferencesUtil.createPreferenceDialogOn(null, TerminologyPreferencePage.ID,
				null, null).open());
		ui.shell("Preferences");
		TableDriver terms = ui.table(WidgetIds.TERMS_TABLE);
		terms.select(terms.waitForRow(TERM, "party.organization"));
		assertEquals("Company", terms.cell(terms.indexOf(TERM, "party.organization"), SINGULAR));
		ui.button(WidgetIds.TERMS_RESET).click();
		ui.waitUntil("defaults shown",
				() -> "Organization".equals(terms.cell(terms.indexOf(TERM, "party.organization"), SINGULAR)));
		ui.buttonLabelled("Apply and Close").click();
		ui.waitForShellClosed("Preferences");

		ui.waitUntil("the default word is back", () -> "Persons & Organizations".equals(ui.onUi(view::getTitle)));
		assertTrue(CoreServices.terminology().override("party.organization", Locale.ENGLISH).isEmpty());
	}
}
