package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.vinculo.ui.WidgetIds;
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
}
