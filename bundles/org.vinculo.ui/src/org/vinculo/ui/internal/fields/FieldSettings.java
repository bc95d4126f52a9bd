package org.vinculo.ui.internal.fields;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.ChoiceListService;
import org.vinculo.core.service.FieldService;

/**
 * The field configuration of one entity type as read at one moment: which of
 * Vinculo's own fields are hidden or read-only, and the custom fields to show,
 * in order. Editors load it off the UI thread and load it again when
 * {@link org.vinculo.core.service.RecordEvents#FIELDS_TOPIC} announces a change.
 * <p>
 * Built-in fields are named by their {@link org.vinculo.core.service.Fields}
 * code ({@code Fields.CONTACTS} covers emails and phones), a segmentation
 * category by {@link #segmentCode(Segment)}, an affiliation's dates by
 * {@link #PERIOD}.
 */
public final class FieldSettings {

	/** The code of an affiliation's "since" and "until" dates, which are hidden or locked together. */
	public static final String PERIOD = "period"; //$NON-NLS-1$

	private static final String SEGMENT_PREFIX = "segment."; //$NON-NLS-1$

	private final String entityType;
	private final Set<String> hidden;
	private final Set<String> readOnly;
	private final List<FieldDefinition> customFields;

	private FieldSettings(String entityType, Set<String> hidden, Set<String> readOnly, List<FieldDefinition> customFields) {
		this.entityType = entityType;
		this.hidden = Set.copyOf(hidden);
		this.readOnly = Set.copyOf(readOnly);
		this.customFields = List.copyOf(customFields);
	}

	/** Reads the settings of {@code entityType}; call it from a job, it queries the database. */
	public static FieldSettings load(FieldService service, String entityType) {
		Set<String> hidden = new HashSet<>();
		Set<String> readOnly = new HashSet<>();
		List<FieldDefinition> custom = new ArrayList<>();
		for (FieldDefinition field : service.fields(entityType, false)) {
			if (field.isRetired()) {
				continue;
			}
			if (field.isBuiltIn()) {
				if (field.isHidden()) {
					hidden.add(field.getCode());
				}
				if (field.isReadOnly()) {
					readOnly.add(field.getCode());
				}
			} else if (!field.isHidden()) {
				custom.add(field.copy());
			}
		}
		return new FieldSettings(entityType, hidden, readOnly, custom);
	}

	/** The entries of each custom (multi-)choice field shown, by field code, retired ones included; call from a job. */
	public Map<String, List<ChoiceValue>> customChoices(ChoiceListService choices) {
		List<FieldDefinition> withChoices = customFields.stream().filter(field -> field.getType().hasChoices()).toList();
		Map<String, List<ChoiceValue>> lists = choices.values(
				withChoices.stream().map(FieldDefinition::choiceListCode).distinct().toList(), true);
		Map<String, List<ChoiceValue>> result = new HashMap<>();
		for (FieldDefinition field : withChoices) {
			result.put(field.getCode(), lists.get(field.choiceListCode()));
		}
		return result;
	}

	/** Every built-in field shown and editable, no custom field: for when the configuration cannot be read. */
	public static FieldSettings defaults(String entityType) {
		return new FieldSettings(entityType, Set.of(), Set.of(), List.of());
	}

	/** The code under which a segmentation category's settings are stored. */
	public static String segmentCode(Segment segment) {
		return SEGMENT_PREFIX + segment.listCode();
	}

	public String entityType() {
		return entityType;
	}

	/** Whether the built-in field {@code builtInCode} is left off forms. */
	public boolean hidden(String builtInCode) {
		return hidden.contains(builtInCode);
	}

	/** Whether the built-in field {@code builtInCode} is shown but not editable. */
	public boolean readOnly(String builtInCode) {
		return readOnly.contains(builtInCode);
	}

	/**
	 * The active custom fields that are not hidden, in display order. Each call
	 * returns fresh copies, so callers cannot change the snapshot; a field's own
	 * {@link FieldDefinition#isReadOnly()} says whether to lock it.
	 */
	public List<FieldDefinition> customFields() {
		return customFields.stream().map(FieldDefinition::copy).toList();
	}
}
