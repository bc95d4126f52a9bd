package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.FieldType;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.editors.CustomValuesEditor;

/**
 * A plug-in record's custom fields (an opportunity's, a ticket's) reloaded with
 * the same definitions keep their widgets, so a reload after a change made
 * elsewhere does not take the field from under the user's caret; a changed
 * definition builds them again.
 */
class CustomValuesEditorTest extends WorkbenchTest {

	@Test
	void theSameDefinitionsKeepTheirWidgetsAChangedOneIsBuiltAgain() {
		FieldDefinition seats = CoreServices.fields()
				.save(new FieldDefinition("test.reloaded", "seats" + System.nanoTime(), "Seats", FieldType.NUMBER));
		ui.run(() -> {
			Shell shell = new Shell(Display.getCurrent());
			FormToolkit toolkit = new FormToolkit(shell.getDisplay());
			try {
				Composite client = toolkit.createComposite(shell);
				GridLayoutFactory.fillDefaults().numColumns(2).applyTo(client);
				CustomValuesEditor editor = new CustomValuesEditor(toolkit, client, "test.", () -> {
				});
				editor.build(List.of(seats), Map.of());
				Text shown = text(client);
				shown.setText("25");

				editor.build(List.of(reread(seats)), Map.of()); // a reload: the same definition read again
				assertSame(shown, text(client), "the same widget");
				assertFalse(shown.isDisposed());
				assertEquals("25", shown.getText());

				FieldDefinition relabelled = reread(seats);
				relabelled.setLabel("Licences");
				editor.build(List.of(CoreServices.fields().save(relabelled)), Map.of());
				assertTrue(shown.isDisposed(), "a changed definition is built again");
				assertNotSame(shown, text(client));
			} finally {
				toolkit.dispose();
				shell.dispose();
			}
		});
	}

	private static FieldDefinition reread(FieldDefinition field) {
		return CoreServices.fields().fields(field.getEntityType(), false).stream()
				.filter(f -> f.getId().equals(field.getId())).findFirst().orElseThrow();
	}

	private static Text text(Composite client) {
		for (Control child : client.getChildren()) {
			if (child instanceof Text text) {
				return text;
			}
		}
		throw new AssertionError("no text field");
	}
}
