package org.vinculo.ui.internal.activities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.Segment;
import org.vinculo.ui.internal.CoreServices;

/**
 * The owner choice list (the people on our side) as read once, retired entries
 * included so that activities still owned by them show a name.
 */
record Owners(List<ChoiceValue> values) {

	static final Owners NONE = new Owners(List.of());

	/** Reads the list; call from a job. */
	static Owners read() {
		return new Owners(List.copyOf(CoreServices.choices().values(Segment.OWNER.listCode(), true)));
	}

	Optional<ChoiceValue> byId(Long id) {
		return id == null ? Optional.empty() : values.stream().filter(v -> id.equals(v.getId())).findFirst();
	}

	/** The owner's name, "(retired)" marked; empty for nobody or an entry not in the list. */
	String label(Long id) {
		return byId(id).map(Owners::nameOf).orElse(""); //$NON-NLS-1$
	}

	static String nameOf(ChoiceValue value) {
		return value.isRetired() ? NLS.bind(Messages.Owner_retired, value.getLabel()) : value.getLabel();
	}

	/** The entries a combo offers: those in use, plus {@code keep} when it is retired. */
	List<ChoiceValue> choosable(Long keep) {
		List<ChoiceValue> result = new ArrayList<>();
		for (ChoiceValue value : values) {
			if (!value.isRetired() || value.getId().equals(keep)) {
				result.add(value);
			}
		}
		return result;
	}
}
