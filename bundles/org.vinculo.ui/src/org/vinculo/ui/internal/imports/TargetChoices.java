package org.vinculo.ui.internal.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.vinculo.core.exchange.ImportTarget;
import org.vinculo.ui.internal.Terms;

/**
 * What a column can be imported into, as the mapping page offers it: "Ignore"
 * first, then every {@link ImportTarget#all target} with a readable label
 * ("Person: Email", "Organization 2: Name", "Affiliation 1: Role"), in the
 * terminology in force.
 */
final class TargetChoices {

	/** Index 0 is {@code null}: the column is ignored. */
	private final List<ImportTarget> targets = new ArrayList<>();
	private final String[] labels;
	private final int slots;

	private TargetChoices(int slots, CustomFields custom) {
		this.slots = slots;
		targets.add(null);
		targets.addAll(ImportTarget.all(slots, custom.personCodes(), custom.organizationCodes(),
				custom.affiliationCodes()));
		labels = new String[targets.size()];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = label(targets.get(i), custom);
		}
	}

	/** The choices with enough organization slots for {@code used}, and at least two. */
	static TargetChoices of(Collection<ImportTarget> used, CustomFields custom) {
		return new TargetChoices(Math.max(2, maxSlot(used)), custom);
	}

	static int maxSlot(Collection<ImportTarget> targets) {
		return targets.stream().filter(Objects::nonNull).mapToInt(ImportTarget::slot).max().orElse(0);
	}

	int slots() {
		return slots;
	}

	String[] labels() {
		return labels.clone();
	}

	/** The index of {@code target} (0 for {@code null}), or -1 when it is not offered. */
	int indexOf(ImportTarget target) {
		return targets.indexOf(target);
	}

	ImportTarget at(int index) {
		return index <= 0 || index >= targets.size() ? null : targets.get(index);
	}

	String label(ImportTarget target) {
		int index = indexOf(target);
		return index >= 0 ? labels[index] : label(target, CustomFields.NONE);
	}

	/** "Person: Email", "Organization 2: Name", a custom field by its label; "Ignore" for {@code null}. */
	static String label(ImportTarget target, CustomFields custom) {
		if (target == null) {
			return Messages.Target_ignore;
		}
		String field = target.isCustom() ? custom.label(target) : fieldLabel(target.field());
		return switch (target.entity()) {
		case PERSON -> Terms.format(Messages.Target_person, field);
		case ORGANIZATION -> Terms.format(Messages.Target_organization, target.slot(), field);
		case AFFILIATION -> Terms.format(Messages.Target_affiliation, target.slot(), field);
		};
	}

	private static String fieldLabel(String field) {
		return switch (field) {
		case ImportTarget.FIRST_NAME -> Messages.Field_firstName;
		case ImportTarget.LAST_NAME -> Messages.Field_lastName;
		case ImportTarget.FULL_NAME -> Messages.Field_fullName;
		case ImportTarget.NAME -> Messages.Field_name;
		case ImportTarget.EMAIL -> Messages.Field_email;
		case ImportTarget.EMAIL_2 -> Messages.Field_email2;
		case ImportTarget.PHONE -> Messages.Field_phone;
		case ImportTarget.MOBILE -> Messages.Field_mobile;
		case ImportTarget.WEBSITE -> Messages.Field_website;
		case ImportTarget.STREET -> Messages.Field_street;
		case ImportTarget.POSTAL_CODE -> Messages.Field_postalCode;
		case ImportTarget.CITY -> Messages.Field_city;
		case ImportTarget.REGION -> Messages.Field_region;
		case ImportTarget.COUNTRY -> Messages.Field_country;
		case ImportTarget.NOTES -> Messages.Field_notes;
		case ImportTarget.TAGS -> Messages.Field_tags;
		case ImportTarget.ROLE -> Terms.format(Messages.Field_role);
		case ImportTarget.TITLE -> Messages.Field_title;
		case ImportTarget.SINCE -> Messages.Field_since;
		case ImportTarget.UNTIL -> Messages.Field_until;
		default -> field;
		};
	}
}
