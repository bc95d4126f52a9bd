package org.vinculo.ui.internal.fields;

import java.util.ArrayList;
import java.util.List;

import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.Fields;

/** Vinculo's own fields of each entity type that an admin may hide or make read-only, with their labels. */
final class BuiltInFields {

	/**
	 * One built-in field.
	 *
	 * @param code     as {@link FieldSettings#hidden(String)} takes it
	 * @param hideable {@code false} for the name, without which a record cannot be saved
	 */
	record BuiltInField(String code, String label, boolean hideable) {
	}

	private BuiltInFields() {
	}

	static List<BuiltInField> of(String entityType) {
		List<BuiltInField> fields = new ArrayList<>();
		switch (entityType) {
		case FieldDefinition.PERSON -> {
			fields.add(field(Fields.FIRST_NAME, org.vinculo.ui.internal.Messages.Editor_firstName, true));
			fields.add(field(Fields.LAST_NAME, org.vinculo.ui.internal.Messages.Editor_lastName, false));
			partyFields(fields);
		}
		case FieldDefinition.ORGANIZATION -> {
			fields.add(field(Fields.NAME, org.vinculo.ui.internal.Messages.Editor_organizationName, false));
			fields.add(field(Fields.WEBSITE, org.vinculo.ui.internal.Messages.Editor_website, true));
			partyFields(fields);
		}
		case FieldDefinition.AFFILIATION -> {
			fields.add(field(Fields.TITLE, org.vinculo.ui.internal.Messages.Editor_columnTitle, true));
			fields.add(field(FieldSettings.PERIOD, Messages.Fields_period, true));
			fields.add(field(Fields.NOTE, Messages.Fields_note, true));
		}
		default -> {
			// a plug-in's record type: its own page lists its built-in fields
		}
		}
		return fields;
	}

	/** What persons and organizations share, in the order their editors show it. */
	private static void partyFields(List<BuiltInField> fields) {
		fields.add(field(Fields.CONTACTS, org.vinculo.ui.internal.Messages.Editor_contactPoints, true));
		fields.add(field(Fields.ADDRESSES, org.vinculo.ui.internal.Messages.Editor_addresses, true));
		fields.add(field(Fields.TAGS, org.vinculo.ui.internal.Messages.Editor_tags, true));
		fields.add(field(Fields.NOTES, org.vinculo.ui.internal.Messages.Editor_notes, true));
		fields.add(field(Fields.LIFECYCLE, Messages.Fields_lifecycle, true));
		for (Segment segment : Segment.values()) {
			fields.add(new BuiltInField(FieldSettings.segmentCode(segment), segment.label(), true));
		}
	}

	/** The editors' labels end in a colon; a table cell does not want it. */
	private static BuiltInField field(String code, String label, boolean hideable) {
		String plain = label.strip();
		if (plain.endsWith(":")) { //$NON-NLS-1$
			plain = plain.substring(0, plain.length() - 1).strip();
		}
		return new BuiltInField(code, plain, hideable);
	}
}
