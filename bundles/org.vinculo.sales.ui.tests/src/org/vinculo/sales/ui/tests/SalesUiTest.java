package org.vinculo.sales.ui.tests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.tests.harness.UiDriver;

/**
 * Every sales UI test starts from the running workbench with no dialog or
 * editor left open, once the sales services answer.
 */
abstract class SalesUiTest {

	protected final UiDriver ui = new UiDriver();

	@BeforeAll
	static void servicesUp() {
		new UiDriver().waitUntil("the sales services", () -> {
			try {
				SalesServices.sales().pipelines(false);
				return true;
			} catch (IllegalStateException e) {
				return false;
			}
		});
	}

	@BeforeEach
	void freshPage() {
		ui.closeDialogs();
		ui.run(() -> ui.page().closeAllEditors(false));
	}
}
