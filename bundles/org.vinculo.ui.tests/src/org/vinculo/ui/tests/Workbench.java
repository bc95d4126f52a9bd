package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.vinculo.core.model.Party;
import org.vinculo.core.search.PartySummary;

import org.vinculo.core.service.PartyQuery;
import org.vinculo.demo.DemoData;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.tests.harness.UiDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.views.PartiesView;

/** Steps every workbench test takes, written once. */
final class Workbench {

	static final int NAME = 0;

	private Workbench() {
	}

	/** The product was started with -demo: wait until the demo data is in. */
	static void awaitDemoData() {
		UiDriver driver = new UiDriver();
		driver.waitUntil("the demo data to be loaded",
				() -> CoreServices.parties().count() >= DemoData.PERSONS);
		driver.waitForJobs(JobFamilies.DEMO_DATA);
	}

	/**
	 * The one party with exactly this name, once the search index has every
	 * committed change.
	 */
	static Party only(String name) {
		new UiDriver().waitUntil("the search index to catch up", () -> CoreServices.search().isCurrent());
		List<PartySummary> found = CoreServices.search().search(PartyQuery.matching(name)).hits().stream()
				.filter(p -> p.displayName().equals(name)).toList();
		assertEquals(1, found.size(), "exactly one " + name);
		return CoreServices.load(found.get(0)).orElseThrow();
	}

	/** No editors open, the Parties view shown with an empty filter. */
	static void freshPage(UiDriver ui) {
		ui.closeDialogs();
		ui.run(() -> ui.page().closeAllEditors(false));
		ui.showView(PartiesView.ID);
		ui.text(WidgetIds.PARTIES_FILTER).setText("");
	}

	/** Filters the Parties view, opens the row named {@code name} and waits until its editor is loaded. */
	static void openFromPartiesView(UiDriver ui, String filter, String name) {
		ui.showView(PartiesView.ID);
		ui.text(WidgetIds.PARTIES_FILTER).typeText(filter);
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		parties.doubleClick(parties.waitForRow(NAME, name));
		ui.waitForActiveEditor(name);
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);
		ui.waitUntil("fields editable once loaded", () -> ui.text(WidgetIds.PARTY_NOTES).isEditable());
	}
}
