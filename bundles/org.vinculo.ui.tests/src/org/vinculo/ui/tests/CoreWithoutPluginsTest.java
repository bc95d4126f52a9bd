package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.vinculo.ui.WidgetIds;

/**
 * The core product without the sales plug-in (this test runtime, like the
 * vinculo-core product, has no sales bundle): no sales menu, section or
 * error anywhere, and the party editors complete.
 */
class CoreWithoutPluginsTest extends WorkbenchTest {

	@Test
	void withoutTheSalesPlugInThereIsNoSalesUiAndNoError() {
		assertNull(Platform.getBundle("org.vinculo.sales.ui"), "this runtime is the core product");
		assertNull(Platform.getBundle("org.vinculo.sales.core"));
		List<IStatus> errors = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() == IStatus.ERROR && !"org.vinculo.ui.tests".equals(status.getPlugin())) {
				errors.add(status);
			}
		};
		Platform.addLogListener(listener);
		try {
			List<String> menus = ui.menuBarLabels();
			assertFalse(menus.stream().anyMatch(m -> m.replace("&", "").equals("Sales")), menus::toString);
			assertTrue(ui.menuItems("File").stream().anyMatch(i -> i.replace("&", "").startsWith("New Other")),
					"File > New Other… is there for plug-ins' wizards");
			Workbench.openFromPartiesView(ui, "BA Minds", "BA Minds");
			assertFalse(ui.isShown(WidgetIds.PARTY_SECTION_PREFIX + "org.vinculo.sales.ui.opportunities"));
			assertTrue(ui.isShown(WidgetIds.PARTY_NOTES), "the editor is complete");
		} finally {
			Platform.removeLogListener(listener);
		}
		assertEquals(List.of(), errors, "no error logged by the core without its plug-ins");
	}
}
