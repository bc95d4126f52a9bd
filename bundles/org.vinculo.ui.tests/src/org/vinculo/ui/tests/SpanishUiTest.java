package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.network.IntroductionsView;
import org.vinculo.ui.internal.views.PartiesView;

/** The product started with {@code -nl es} (a separate run, see the pom) speaks Spanish. */
class SpanishUiTest extends WorkbenchTest {


	@Test
	void menusViewsAndDialogsAreSpanish() {
		assertTrue(ui.menuBarLabels().containsAll(List.of("Archivo", "Editar", "Navegar", "Ventana", "Ayuda")),
				ui.menuBarLabels().toString());
		IViewPart view = ui.showView(PartiesView.ID);
		assertEquals("Personas y organizaciones", ui.onUi(view::getTitle));
		assertTrue(ui.menuItems("Archivo", "Nuevo").contains("Persona..."), ui.menuItems("Archivo", "Nuevo").toString());
		assertTrue(ui.menuItems("Archivo").containsAll(List.of("Guardar", "Revertir", "Cerrar editor", "Salir")),
				"no English left in the File menu: " + ui.menuItems("Archivo"));

		ui.clickMenu("Archivo", "Nuevo", "Organización...");
		ui.shell("Nueva organización");
		ui.button(WidgetIds.DIALOG_CANCEL).click();
		ui.waitForShellClosed("Nueva organización");
	}

	@Test
	void introductionsAreExplainedInSpanish() {
		ui.waitUntil("the network to be loaded", () -> CoreServices.network().isReady());
		assertTrue(ui.menuItems("Navegar").containsAll(List.of("Mostrar red", "Buscar presentaciones...", "Mostrar organigrama")),
				ui.menuItems("Navegar").toString());
		ui.text(WidgetIds.PARTIES_FILTER).typeText("Empresa XYZ");
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		parties.select(parties.waitForRow(0, "Empresa XYZ"));
		ui.clickMenu("Navegar", "Buscar presentaciones...");
		TableDriver paths = ui.table(WidgetIds.INTRODUCTIONS_TABLE);
		ui.waitUntil("five ranked paths", () -> paths.rowCount() == IntroductionsView.TOP);
		assertEquals("Quién puede presentarle", paths.columnHeaders().get(3));
		for (String explanation : paths.column(3)) {
			assertTrue(explanation.contains("(de su equipo)") || explanation.contains("(nosotros)"), explanation);
			assertTrue(explanation.endsWith("\u2192 Empresa XYZ"), explanation);
			assertTrue(!explanation.contains("your colleague") && !explanation.contains(" of "), "no English: " + explanation);
		}
	}
}
