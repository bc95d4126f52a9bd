package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.PartyKind;
import org.vinculo.ui.internal.PartyEditorInput;
import org.vinculo.ui.internal.PartyEditorInputFactory;

/** Open editors are saved with the workbench and come back after a restart. */
class EditorRestoreTest {

	@Test
	void editorInputSurvivesTheWorkbenchMemento() {
		PartyEditorInput input = new PartyEditorInput(PartyKind.ORGANIZATION, 4711, "BA Minds");
		IPersistableElement persistable = input.getPersistable();
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		persistable.saveState(memento);

		Object restored = new PartyEditorInputFactory().createElement(memento);

		assertEquals(PartyEditorInputFactory.ID, persistable.getFactoryId());
		assertEquals(input, restored);
		assertEquals("BA Minds", ((PartyEditorInput) restored).getName());
	}

	@Test
	void unreadableMementoRestoresNothingInsteadOfFailing() {
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		memento.putString("kind", "CUSTOMER");
		memento.putString("id", "12");
		assertNull(new PartyEditorInputFactory().createElement(memento));
	}
}
