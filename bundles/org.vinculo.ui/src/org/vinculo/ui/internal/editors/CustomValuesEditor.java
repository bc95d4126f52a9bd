package org.vinculo.ui.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.CustomValues;
import org.vinculo.core.model.FieldDefinition;

/**
 * Custom fields of a record the core does not know (a plug-in's opportunity,
 * ticket…), edited in the same widgets as the party editors' and kept in one
 * encoded column ({@link CustomValues}). Values of fields not shown (retired,
 * hidden, another pipeline's) are kept as loaded.
 */
public final class CustomValuesEditor {

	private final FormToolkit toolkit;
	private final Composite client;
	private final String idPrefix;
	private final Runnable changed;
	private final List<FieldBinding<Map<String, String>>> bindings = new ArrayList<>();
	private Map<String, String> loaded = Map.of();
	/** What the widgets were built from ({@link #versions}), or null. */
	private List<String> built;

	/** @param client a composite with a two-column grid layout, owned by this editor */
	public CustomValuesEditor(FormToolkit toolkit, Composite client, String idPrefix, Runnable changed) {
		this.toolkit = toolkit;
		this.client = client;
		this.idPrefix = idPrefix;
		this.changed = changed;
	}

	/**
	 * Builds the widgets of {@code fields}, in order; {@code choices} holds each choice field's entries
	 * by code. The same saved definitions as last time (each field and entry at the same version)
	 * keep their widgets: a record reloaded after a change elsewhere does not take the focus and
	 * caret from the user, nor the widgets from whoever holds them.
	 */
	public void build(List<FieldDefinition> fields, Map<String, List<ChoiceValue>> choices) {
		List<String> definitions = versions(fields, choices);
		if (definitions != null && definitions.equals(built)) {
			return;
		}
		built = definitions;
		for (Control child : client.getChildren()) {
			child.dispose();
		}
		bindings.clear();
		for (FieldDefinition field : fields) {
			FieldBinding<Map<String, String>> binding = CustomFieldWidgets.create(toolkit, client, field,
					choices.getOrDefault(field.getCode(), List.of()), idPrefix, changed, Map::get, CustomValuesEditor::put);
			binding.setEditable(!field.isReadOnly());
			bindings.add(binding);
		}
		toolkit.paintBordersFor(client);
		client.layout(true, true);
	}

	/** Each field's and choice entry's id and version, in order; null if one is not saved yet. */
	private static List<String> versions(List<FieldDefinition> fields, Map<String, List<ChoiceValue>> choices) {
		List<String> versions = new ArrayList<>();
		for (FieldDefinition field : fields) {
			if (field.getId() == null) {
				return null;
			}
			versions.add("field " + field.getId() + " v" + field.getVersion()); //$NON-NLS-1$ //$NON-NLS-2$
			for (ChoiceValue choice : choices.getOrDefault(field.getCode(), List.of())) {
				if (choice.getId() == null) {
					return null;
				}
				versions.add("choice " + choice.getId() + " v" + choice.getVersion()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return versions;
	}

	private static void put(Map<String, String> values, String code, String value) {
		if (value == null || value.isEmpty()) {
			values.remove(code);
		} else {
			values.put(code, value);
		}
	}

	/** Shows the values stored as {@code encoded}; call after {@link #build}. */
	public void show(String encoded) {
		loaded = CustomValues.decode(encoded);
		bindings.forEach(binding -> binding.show(binding.read(loaded)));
	}

	/** The values as the user left them, encoded for storage; {@code null} when there are none. */
	public String encoded() {
		Map<String, String> values = new LinkedHashMap<>(loaded);
		bindings.forEach(binding -> binding.apply(values));
		return values.isEmpty() ? null : CustomValues.encode(values);
	}

	public void setEditable(boolean editable) {
		bindings.forEach(binding -> binding.setEditable(editable));
	}

	public boolean isEmpty() {
		return bindings.isEmpty();
	}
}
