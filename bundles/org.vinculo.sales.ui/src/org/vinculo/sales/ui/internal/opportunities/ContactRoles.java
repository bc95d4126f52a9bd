package org.vinculo.sales.ui.internal.opportunities;

import java.util.List;
import java.util.Objects;

import org.vinculo.core.model.ChoiceValue;

/**
 * The entries of the contact role list ({@code SalesService.CONTACT_ROLE_LIST}).
 * A {@link org.vinculo.sales.ContactRole} holds an entry's code: the built-in
 * code of a shipped entry, or the id of one an admin added (those have no code).
 */
record ContactRoles(List<ChoiceValue> entries) {

	static final ContactRoles NONE = new ContactRoles(List.of());

	ContactRoles {
		entries = List.copyOf(entries);
	}

	/** What a contact role stores for {@code entry}. */
	static String key(ChoiceValue entry) {
		return entry.getCode() != null ? entry.getCode() : String.valueOf(entry.getId());
	}

	/** The entries to offer: the active ones, and {@code current} even if retired. */
	List<ChoiceValue> choosable(String current) {
		return entries.stream().filter(e -> !e.isRetired() || Objects.equals(key(e), current)).toList();
	}

	/** The label of a stored role, the stored text itself when no entry has it. */
	String label(String role) {
		if (role == null) {
			return ""; //$NON-NLS-1$
		}
		return entries.stream().filter(e -> key(e).equals(role) || role.equals(e.getLabel())).findFirst()
				.map(ChoiceValue::getLabel).orElse(role);
	}

	/** The role a newly added contact starts with: the first active entry, or none. */
	String first() {
		return entries.stream().filter(e -> !e.isRetired()).findFirst().map(ContactRoles::key).orElse(null);
	}
}
