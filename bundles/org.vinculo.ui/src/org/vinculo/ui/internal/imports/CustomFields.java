package org.vinculo.ui.internal.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vinculo.core.exchange.ImportTarget;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.service.FieldService;
import org.vinculo.ui.internal.fields.FieldSettings;

/**
 * The custom fields a column can be imported into, per entity type, as the
 * field configuration shows them (retired and hidden ones left out), with
 * their labels.
 */
record CustomFields(Map<String, String> person, Map<String, String> organization, Map<String, String> affiliation) {

	static final CustomFields NONE = new CustomFields(Map.of(), Map.of(), Map.of());

	/** Reads the configuration; call it from a job, it queries the database. */
	static CustomFields read(FieldService fields) {
		return new CustomFields(labels(fields, FieldDefinition.PERSON), labels(fields, FieldDefinition.ORGANIZATION),
				labels(fields, FieldDefinition.AFFILIATION));
	}

	private static Map<String, String> labels(FieldService fields, String entityType) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (FieldDefinition field : FieldSettings.load(fields, entityType).customFields()) {
			labels.put(field.getCode(), field.getLabel());
		}
		return labels;
	}

	List<String> personCodes() {
		return new ArrayList<>(person.keySet());
	}

	List<String> organizationCodes() {
		return new ArrayList<>(organization.keySet());
	}

	List<String> affiliationCodes() {
		return new ArrayList<>(affiliation.keySet());
	}

	/** The label of a custom target's field, or its code when the field is unknown. */
	String label(ImportTarget target) {
		Map<String, String> labels = switch (target.entity()) {
		case PERSON -> person;
		case ORGANIZATION -> organization;
		case AFFILIATION -> affiliation;
		};
		return labels.getOrDefault(target.customCode(), target.customCode());
	}
}
