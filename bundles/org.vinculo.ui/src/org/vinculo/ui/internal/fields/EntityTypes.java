package org.vinculo.ui.internal.fields;

import java.util.List;

import org.vinculo.core.model.FieldDefinition;
import org.vinculo.ui.internal.Terms;

/** The entity types whose fields admins configure here, named with the terms in force. */
final class EntityTypes {

	static final List<String> ALL = List.of(FieldDefinition.PERSON, FieldDefinition.ORGANIZATION,
			FieldDefinition.AFFILIATION);

	private EntityTypes() {
	}

	static String label(String entityType) {
		return Terms.format(switch (entityType) {
		case FieldDefinition.PERSON -> Messages.Fields_entityPerson;
		case FieldDefinition.ORGANIZATION -> Messages.Fields_entityOrganization;
		case FieldDefinition.AFFILIATION -> Messages.Fields_entityAffiliation;
		default -> entityType; // a plug-in's own record type: its code is all we know
		});
	}
}
