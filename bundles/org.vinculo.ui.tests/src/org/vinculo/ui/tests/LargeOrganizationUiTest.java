package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Person;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.PartyEditorInput;
import org.vinculo.ui.internal.PartyOpener;

/**
 * An organization with more people than one page: the editor opens with the
 * first page and the total, and fetches the rest as the table shows them.
 */
class LargeOrganizationUiTest extends WorkbenchTest {

	private static final int PEOPLE = 1_234;
	private static final int NAME = 0;

	@Test
	void thePeopleTableFetchesFurtherPagesWhenScrolledTo() {
		Organization mega = CoreServices.parties().createOrganization(new Organization("Megacorp Ibérica"));
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			people.add(new Person("Empleada", String.format("Número %04d", i)));
		}
		CoreServices.parties().createAll(people);
		AffiliationRole employee = CoreServices.affiliations().roleByCode(AffiliationRole.EMPLOYEE);
		CoreServices.affiliations()
				.affiliateAll(people.stream().map(p -> new Affiliation(p, mega, employee)).toList());

		ui.run(() -> PartyOpener.open(ui.page(), PartyEditorInput.of(mega)));
		ui.waitForActiveEditor("Megacorp Ibérica");
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);
		TableDriver table = ui.table(WidgetIds.ORGANIZATION_PEOPLE);

		ui.waitUntil("every person counted", () -> table.rowCount() == PEOPLE);
		assertEquals("Empleada Número 0000", table.cell(0, NAME));
		ui.waitUntil("a row of the first page past the rows read with the editor",
				() -> "Empleada Número 0300".equals(table.cell(300, NAME)));
		ui.waitUntil("a row of the third page fetched when shown",
				() -> "Empleada Número 1200".equals(table.cell(1200, NAME)));
		ui.waitUntil("the last row too", () -> "Empleada Número 1233".equals(table.cell(PEOPLE - 1, NAME)));
	}
}
