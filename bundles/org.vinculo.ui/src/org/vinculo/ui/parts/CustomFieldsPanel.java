package org.vinculo.ui.parts;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.editors.CustomValuesEditor;
import org.vinculo.ui.internal.fields.FieldSettings;

/**
 * The custom fields an admin defined for one of a plug-in's entity types
 * (Preferences > Fields, the entity type the plug-in names through
 * {@code org.vinculo.ui.fieldEntityTypes}), edited with the same widgets the
 * person and organization editors use. The values live encoded in one column
 * of the plug-in's own record ({@link org.vinculo.core.model.CustomValues});
 * check them with {@link org.vinculo.core.service.Validation#checkCustomValues}
 * before storing.
 */
public final class CustomFieldsPanel {

	/** The definitions to build from, read together off the UI thread by {@link #read(String)}. */
	public record Definitions(String entityType, List<FieldDefinition> fields, Map<String, List<ChoiceValue>> choices) {
	}

	private final Composite client;
	private final CustomValuesEditor editor;

	/**
	 * @param idPrefix widget ids are this prefix and the field's code
	 * @param changed  runs on every edit (mark the part dirty)
	 */
	public CustomFieldsPanel(FormToolkit toolkit, Composite parent, String idPrefix, Runnable changed) {
		client = toolkit.createComposite(parent);
		// room around the fields for the borders the forms toolkit paints
		GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(client);
		editor = new CustomValuesEditor(toolkit, client, idPrefix, changed);
	}

	/** Reads the shown, active custom fields of {@code entityType} and their choices; call it from a job. */
	public static Definitions read(String entityType) {
		FieldSettings settings = FieldSettings.load(CoreServices.fields(), entityType);
		return new Definitions(entityType, settings.customFields(), settings.customChoices(CoreServices.choices()));
	}

	public Control control() {
		return client;
	}

	/** Builds the widgets for {@code definitions}; then {@link #show} the record's values. */
	public void build(Definitions definitions) {
		editor.build(definitions.fields(), definitions.choices());
	}

	/** Shows the values stored encoded in the record. */
	public void show(String encoded) {
		editor.show(encoded);
	}

	/** The values as edited, encoded for the record; values of fields not shown are kept as loaded. */
	public String encoded() {
		return editor.encoded();
	}

	public void setEditable(boolean editable) {
		editor.setEditable(editable);
	}

	/** Whether there is no field to show (hide the section then). */
	public boolean isEmpty() {
		return editor.isEmpty();
	}
}
