package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.Test;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.tests.contributions.EchoSection;

/**
 * The relationships, activities and plug-ins' sections are made after the
 * editor's first paint (they are below the fold): they still come in their
 * place, between the people table and the contact details, and the plug-in's
 * section is told about the record loaded before it existed.
 */
class EditorSectionsUiTest extends WorkbenchTest {

	@Test
	void sectionsMadeAfterTheFirstPaintSitBetweenThePeopleAndTheContactDetails() {
		Workbench.openFromPartiesView(ui, "Empresa XYZ", "Empresa XYZ");
		ui.waitUntil("the plug-in's section to show the record",
				() -> ui.isShown(EchoSection.LABEL_ID) && "Echo: Empresa XYZ".equals(
						ui.onUi(() -> ui.byId(Label.class, EchoSection.LABEL_ID).getText())));

		Control[] widgets = { ui.byId(Table.class, WidgetIds.ORGANIZATION_PEOPLE),
				ui.byId(Table.class, WidgetIds.RELATIONSHIPS_TABLE), ui.byId(Table.class, WidgetIds.ACTIVITIES_TABLE),
				ui.byId(Label.class, EchoSection.LABEL_ID), ui.byId(Control.class, WidgetIds.PARTY_CONTACTS) };
		String[] names = { "people", "relationships", "activities", "plug-in", "contact" };
		List<String> order = ui.onUi(() -> {
			List<Control> sections = new ArrayList<>();
			for (Control widget : widgets) {
				sections.add(section(widget));
			}
			List<String> found = new ArrayList<>();
			for (Control child : sections.get(0).getParent().getChildren()) {
				if (sections.contains(child)) {
					found.add(names[sections.indexOf(child)]);
				}
			}
			return found;
		});
		assertEquals(List.of("people", "relationships", "activities", "plug-in", "contact"), order);
	}

	/** The editor section a widget is in: the child of the form's body that holds it. */
	private static Section section(Control widget) {
		Control child = widget;
		while (!(child.getParent().getParent() instanceof Form)) {
			child = child.getParent();
		}
		return (Section) child;
	}
}
