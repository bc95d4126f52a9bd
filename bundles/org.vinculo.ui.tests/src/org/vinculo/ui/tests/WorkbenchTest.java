package org.vinculo.ui.tests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.vinculo.tests.harness.UiDriver;

/**
 * Every UI test class starts from the product launched with -demo: the demo data
 * loaded, no dialog or editor left open, the Parties view showing everything.
 */
abstract class WorkbenchTest {

	protected final UiDriver ui = new UiDriver();

	@BeforeAll
	static void demoDataLoaded() {
		Workbench.awaitDemoData();
	}

	@BeforeEach
	void freshPage() {
		Workbench.freshPage(ui);
	}
}
