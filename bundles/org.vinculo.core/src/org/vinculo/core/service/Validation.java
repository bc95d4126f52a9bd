package org.vinculo.core.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.ValidationException.Problem;

/**
 * The rules every store applies before it writes, shared so that the editor can
 * show the same message next to the field before the user saves.
 */
public final class Validation {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"); //$NON-NLS-1$

	private Validation() {
	}

	public static List<Problem> check(Party party) {
		List<Problem> problems = new ArrayList<>();
		switch (party) {
		case Person person -> {
			if (person.getFirstName() == null && person.getLastName() == null) {
				problems.add(new Problem(Fields.LAST_NAME, Messages.Validation_personNameRequired));
			}
		}
		case Organization organization -> {
			if (organization.getName() == null) {
				problems.add(new Problem(Fields.NAME, Messages.Validation_organizationNameRequired));
			}
		}
		}
		for (String email : party.values(ContactPoint.Channel.EMAIL)) {
			if (!EMAIL.matcher(email).matches()) {
				problems.add(new Problem(Fields.EMAIL, NLS.bind(Messages.Validation_badEmail, email)));
			}
		}
		return problems;
	}

	/**
	 * Checks an affiliation on its own and against the person's other
	 * affiliations ({@code others} may include the affiliation itself).
	 */
	public static List<Problem> check(Affiliation affiliation, Collection<Affiliation> others) {
		List<Problem> problems = new ArrayList<>();
		if (affiliation.getPerson() == null || affiliation.getPerson().isNew()) {
			problems.add(new Problem(Fields.PERSON, Messages.Validation_personRequired));
		}
		if (affiliation.getOrganization() == null || affiliation.getOrganization().isNew()) {
			problems.add(new Problem(Fields.ORGANIZATION, Messages.Validation_organizationRequired));
		}
		if (affiliation.getRole() == null) {
			problems.add(new Problem(Fields.ROLE, Messages.Validation_roleRequired));
		}
		if (affiliation.getSince() != null && affiliation.getUntil() != null
				&& affiliation.getUntil().isBefore(affiliation.getSince())) {
			problems.add(new Problem(Fields.UNTIL, NLS.bind(Messages.Validation_untilBeforeSince,
					affiliation.getUntil(), affiliation.getSince())));
		}
		if (problems.isEmpty()) {
			for (Affiliation other : others) {
				if (isSameLink(affiliation, other) && affiliation.overlaps(other)) {
					problems.add(new Problem(Fields.ROLE, NLS.bind(Messages.Validation_duplicateAffiliation,
							new Object[] { affiliation.getPerson().getDisplayName(), affiliation.getRole().getLabel(),
									affiliation.getOrganization().getDisplayName() })));
					break;
				}
			}
		}
		return problems;
	}

	private static boolean isSameLink(Affiliation a, Affiliation b) {
		boolean sameRecord = a.getId() != null && a.getId().equals(b.getId());
		return !sameRecord && a.getPerson().equals(b.getPerson()) && a.getOrganization().equals(b.getOrganization())
				&& a.getRole().equals(b.getRole());
	}

	/** Throws when {@code problems} is not empty. */
	public static void require(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}
}
