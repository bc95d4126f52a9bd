package org.vinculo.sales.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Person;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.parts.Parties;
import org.vinculo.ui.parts.TermLabels;

/**
 * The "Opportunities" section the sales plug-in contributes to the party
 * editors: an organization's editor lists its opportunity, and a person's
 * editor has the section too.
 */
class OpportunitiesSectionUiTest extends SalesUiTest {

	private static final int TITLE = 0;

	@Test
	void anOrganizationEditorListsItsOpportunitiesAndAPersonEditorHasTheSection() {
		Pipeline pipeline = SalesFixtures.b2b();
		Organization customer = SalesFixtures.organization(SalesFixtures.unique("Section Customer"));
		Opportunity opportunity = SalesFixtures.opportunity(SalesFixtures.unique("Section deal"), customer.getId(),
				pipeline, 8_500, LocalDate.now().plusDays(45), null);

		ui.run(() -> Parties.open(ui.page(), customer));
		ui.waitForActiveEditor(customer.getDisplayName());
		TableDriver table = ui.table(SalesIds.SECTION_TABLE);
		table.waitForRow(TITLE, opportunity.title());
		assertEquals(1, table.rowCount(), "only this organization's opportunity");
		Label summary = ui.byId(Label.class, SalesIds.SECTION_SUMMARY);
		String amount = Formats.user().money(BigDecimal.valueOf(8_500), "EUR");
		ui.waitUntil("the open total", () -> ui.onUi(summary::getText).contains(amount),
				() -> "summary reads " + ui.onUi(summary::getText));
		showSection();
		ui.screenshot("sales-section-organization");
		ui.run(() -> ui.page().setPartState(ui.page().getActivePartReference(), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));

		// New Opportunity... from the section starts the wizard for this organization
		ui.button(SalesIds.SECTION_NEW).click();
		String wizardTitle = ui.onUi(() -> TermLabels.format(Messages.Command_newOpportunity));
		ui.shell(wizardTitle);
		ui.waitUntil("the customer preset in the wizard",
				() -> customer.getDisplayName().equals(ui.text(SalesIds.WIZARD_PARTY).getText()));
		ui.closeDialogs();
		ui.waitForShellClosed(wizardTitle);

		Person person = SalesFixtures.person("Sección", SalesFixtures.unique("Persona"));
		ui.run(() -> Parties.open(ui.page(), person));
		ui.waitForActiveEditor(person.getDisplayName());
		ui.waitUntil("the section in the person editor", () -> ui.isShown(SalesIds.SECTION_NEW));
		assertTrue(!ui.isShown(SalesIds.SECTION_TABLE) || ui.table(SalesIds.SECTION_TABLE).indexOf(TITLE,
				opportunity.title()) < 0, "the organization's opportunity is not the person's");
		showSection();
		ui.screenshot("sales-section-person");
		ui.run(() -> ui.page().setPartState(ui.page().getActivePartReference(), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
	}

	/** Scrolls the editor to the contributed section, for the screenshot. */
	private void showSection() {
		org.eclipse.swt.widgets.Control section = ui.byId(org.eclipse.swt.widgets.Control.class,
				org.vinculo.ui.WidgetIds.PARTY_SECTION_PREFIX + "org.vinculo.sales.ui.opportunities");
		org.eclipse.ui.forms.widgets.ScrolledForm form = ui.byId(org.eclipse.ui.forms.widgets.ScrolledForm.class,
				org.vinculo.ui.WidgetIds.PARTY_FORM);
		ui.run(() -> ui.page().setPartState(ui.page().getActivePartReference(), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
		ui.flush();
		ui.run(() -> {
			form.reflow(true);
			form.setOrigin(0, Math.max(0, section.getLocation().y - 20));
		});
		ui.flush();
	}
}
