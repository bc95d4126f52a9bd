package org.vinculo.ui.internal.editors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Segment;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.fields.FieldSettings;

/**
 * What an editor needs to lay out its configurable fields, read together off
 * the UI thread on every full load: the admin's field settings, the segment
 * lists, each custom (multi-)choice field's entries, and the tags' colours.
 */
record FieldLayout(FieldSettings settings, Map<Segment, List<ChoiceValue>> segments,
		Map<String, List<ChoiceValue>> customChoices, Map<String, String> tagColours) {

	static FieldLayout read(String entityType) {
		FieldSettings settings = FieldSettings.load(CoreServices.fields(), entityType);
		Map<String, List<ChoiceValue>> choices = new HashMap<>();
		for (FieldDefinition field : settings.customFields()) {
			if (field.getType().hasChoices()) {
				choices.put(field.getCode(), CoreServices.choices().values(field.choiceListCode(), true));
			}
		}
		return new FieldLayout(settings, ClassificationSection.readChoices(), choices,
				CoreServices.choices().tagColours());
	}
}
