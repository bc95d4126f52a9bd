package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Person;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.JobFamilies;

/** The Parties list answered by the search index: typos, phones typed any way, a rebuild from the view menu. */
class SearchUiTest extends WorkbenchTest {

	private static final int NAME = 0;

	@Test
	void aNameWithTyposAndWithoutAccentsIsFound() {
		ui.text(WidgetIds.PARTIES_FILTER).typeText("lucia fernandes");
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		ui.waitUntil("Lucía Fernández found despite the typo", () -> parties.indexOf(NAME, "Lucía Fernández") == 0,
				() -> parties.column(NAME).toString());
	}

	@Test
	void aPhoneIsFoundHoweverItIsTyped() {
		Person pepe = (Person) Workbench.only("Pepe Gómez");
		String digits = pepe.getPhone().replaceAll("[^0-9]", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String typed = digits.substring(digits.length() - 9, digits.length() - 6) + "-" //$NON-NLS-1$
				+ digits.substring(digits.length() - 6);
		ui.text(WidgetIds.PARTIES_FILTER).typeText(typed);
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		ui.waitUntil("Pepe found by " + typed + " (stored as " + pepe.getPhone() + ")",
				() -> parties.indexOf(NAME, "Pepe Gómez") >= 0, () -> parties.column(NAME).toString());
	}

	@Test
	void rebuildingTheIndexKeepsTheListAnswering() {
		ui.run(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class)
						.executeCommand("org.vinculo.ui.commands.rebuildIndex", null); //$NON-NLS-1$
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		ui.waitForJobs(JobFamilies.INDEX_REBUILD);

		ui.text(WidgetIds.PARTIES_FILTER).typeText("BA Minds");
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		ui.waitUntil("BA Minds found after the rebuild", () -> parties.indexOf(NAME, "BA Minds") == 0);
		String status = ui.onUi(() -> ui.byId(Label.class, WidgetIds.PARTIES_STATUS).getText());
		assertTrue(!status.contains("catching up"), status);
	}
}
