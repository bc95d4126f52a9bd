package org.vinculo.ui.internal.editors;

import java.util.List;
import java.util.Map;

import org.vinculo.core.model.ChoiceValue;
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
		return new FieldLayout(settings, ClassificationSection.readChoices(), settings.customChoices(CoreServices.choices()),
				CoreServices.choices().tagColours());
	}
}
