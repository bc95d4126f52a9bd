package org.vinculo.core.model;

import org.vinculo.core.internal.Messages;

/** The kinds of value a custom field holds; see {@link CustomValues} for how each is stored. */
public enum FieldType {
	TEXT, NUMBER, DATE, CHOICE, MULTI_CHOICE, BOOLEAN, PARTY;

	public String label() {
		return Messages.enumLabel("FieldType_", name()); //$NON-NLS-1$
	}

	/** Whether values come from the field's own choice list. */
	public boolean hasChoices() {
		return this == CHOICE || this == MULTI_CHOICE;
	}

	@Override
	public String toString() {
		return label();
	}
}
