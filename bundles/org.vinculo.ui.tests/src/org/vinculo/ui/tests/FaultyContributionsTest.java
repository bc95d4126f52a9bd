package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.tests.contributions.EchoSection;

/**
 * X1: a plug-in's faulty contributions fail alone. This bundle's plugin.xml
 * contributes a good editor section and three broken ones (throws while
 * creating, throws while showing a record, class missing). The organization
 * editor still loads, edits and saves; the good section works; each broken one
 * shows a note and is logged with this bundle's name.
 */
class FaultyContributionsTest extends WorkbenchTest {

	private static final String BUNDLE = "org.vinculo.ui.tests";
	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void listen() {
		Platform.addLogListener(listener);
	}

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(listener);
	}

	@Test
	void brokenSectionsFailAloneAndTheEditorWorksOn() {
		Workbench.openFromPartiesView(ui, "Empresa XYZ", "Empresa XYZ");
		ui.waitUntil("the good section to show the record", () -> echo().equals("Echo: Empresa XYZ"), this::echo);
		for (String broken : List.of("test.throwsOnCreate", "test.throwsOnLoad", "test.missingClass")) {
			String noteId = WidgetIds.PARTY_SECTION_FAILED_PREFIX + broken;
			ui.waitUntil("a note in place of " + broken, () -> ui.isShown(noteId));
			String note = ui.onUi(() -> ui.byId(Label.class, noteId).getText());
			assertTrue(note.contains(BUNDLE), note);
		}
		ui.screenshot("faulty-sections");
		List<IStatus> ours = logged.stream().filter(s -> BUNDLE.equals(s.getPlugin())).toList();
		assertEquals(3, ours.size(), () -> "one error per broken section, under the contributing bundle: " + ours);
		assertTrue(ours.stream().allMatch(s -> s.getSeverity() == IStatus.ERROR && s.getException() != null));
		assertTrue(ours.stream().anyMatch(s -> s.getMessage().contains("test.throwsOnLoad")), ours::toString);

		// the editor itself is unharmed: an edit is saved and shown again
		ui.text(WidgetIds.PARTY_NOTES).setText("Edited next to a broken plug-in");
		ui.run(() -> ui.page().saveEditor(ui.activeEditor(), false));
		ui.waitUntil("the save to go through", () -> !ui.onUi(() -> ui.activeEditor().isDirty()));
		assertEquals("Edited next to a broken plug-in", Workbench.only("Empresa XYZ").getNotes());
		ui.waitUntil("the good section to follow the save", () -> echo().equals("Echo: Empresa XYZ"), this::echo);
	}

	@Test
	void sectionsAppearOnlyInTheEditorsTheyAreFor() {
		Workbench.openFromPartiesView(ui, "José Minds", "José Minds");
		ui.waitUntil("the good section in the person editor", () -> echo().equals("Echo: José Minds"), this::echo);
		assertFalse(ui.isShown(WidgetIds.PARTY_SECTION_PREFIX + "test.throwsOnCreate"),
				"organization-only sections stay out of person editors");
		assertFalse(logged.stream().anyMatch(s -> BUNDLE.equals(s.getPlugin())), logged::toString);
	}

	private String echo() {
		return ui.onUi(() -> ui.isShown(EchoSection.LABEL_ID) ? ui.byId(Label.class, EchoSection.LABEL_ID).getText()
				: "(not shown)");
	}
}
