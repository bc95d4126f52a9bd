package org.vinculo.core.service;

import java.util.List;

import org.vinculo.core.model.FieldDefinition;

/**
 * The field configuration admins edit: custom fields per entity type, and
 * "hidden" / "read-only" on any field. Changes are announced on
 * {@link RecordEvents#FIELDS_TOPIC} so open editors rebuild without a restart.
 */
public interface FieldService {

	/** Custom fields and built-in field settings of one entity type, in display order. */
	List<FieldDefinition> fields(String entityType, boolean includeRetired);

	/** The settings of one built-in field: stored ones, or a new unsaved default. */
	FieldDefinition builtIn(String entityType, String fieldCode);

	/**
	 * @throws ValidationException  when the code is malformed or taken, the label
	 *                              missing, or the default does not fit the type
	 * @throws StaleRecordException when someone else changed it meanwhile
	 */
	FieldDefinition save(FieldDefinition field);
}
