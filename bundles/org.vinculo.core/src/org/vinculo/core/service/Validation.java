package org.vinculo.core.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.PostalAddress;
import org.vinculo.core.model.Relationship;
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
			fits(problems, Fields.FIRST_NAME, person.getFirstName(), 150);
			fits(problems, Fields.LAST_NAME, person.getLastName(), 200);
		}
		case Organization organization -> {
			if (organization.getName() == null) {
				problems.add(new Problem(Fields.NAME, Messages.Validation_organizationNameRequired));
			}
			fits(problems, Fields.NAME, organization.getName(), 400);
			fits(problems, Fields.WEBSITE, organization.getWebsite(), 500);
		}
		}
		fits(problems, Fields.NOTES, party.getNotes(), 8000);
		party.getTags().forEach(tag -> fits(problems, Fields.TAGS, tag, 100));
		for (ContactPoint point : party.getContactPoints()) {
			// the first phone is also the list column PARTY.PHONE (64)
			fits(problems, Fields.CONTACTS, point.getValue(), point.getChannel() == ContactPoint.Channel.PHONE ? 64 : 320);
		}
		for (PostalAddress address : party.getAddresses()) {
			fits(problems, Fields.ADDRESSES, address.getStreet(), 400);
			fits(problems, Fields.ADDRESSES, address.getPostalCode(), 20);
			fits(problems, Fields.ADDRESSES, address.getCity(), 200);
			fits(problems, Fields.ADDRESSES, address.getRegion(), 200);
			fits(problems, Fields.ADDRESSES, address.getCountry(), 100);
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
		fits(problems, Fields.TITLE, affiliation.getTitle(), 200);
		fits(problems, Fields.NOTE, affiliation.getNote(), 4000);
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

	/** Checks an activity: attached to someone, with a subject and a time, values in range. */
	public static List<Problem> check(Activity activity) {
		List<Problem> problems = new ArrayList<>();
		if ((activity.getPerson() == null || activity.getPerson().isNew())
				&& (activity.getOrganization() == null || activity.getOrganization().isNew())) {
			problems.add(new Problem(Fields.PARTY, Messages.Validation_activityPartyRequired));
		}
		if (activity.getSubject() == null) {
			problems.add(new Problem(Fields.SUBJECT, Messages.Validation_activitySubjectRequired));
		}
		if (activity.getStartsAt() == null) {
			problems.add(new Problem(Fields.STARTS_AT, Messages.Validation_activityTimeRequired));
		}
		if (activity.getKind() == null || activity.getStatus() == null) {
			problems.add(new Problem(Fields.TYPE, Messages.Validation_activityTimeRequired));
		}
		Integer duration = activity.getDuration();
		if (duration != null && (duration < 0 || duration > 60 * 24 * 31)) {
			problems.add(new Problem(Fields.DURATION, Messages.Validation_activityDuration));
		}
		fits(problems, Fields.SUBJECT, activity.getSubject(), Activity.SUBJECT_LENGTH);
		fits(problems, Fields.OUTCOME, activity.getOutcome(), Activity.OUTCOME_LENGTH);
		return problems;
	}

	/**
	 * Checks a record's custom values against the active field definitions:
	 * required ones present, each value in its type's stored form.
	 */
	public static List<Problem> checkCustomValues(Map<String, String> values, Collection<FieldDefinition> fields) {
		List<Problem> problems = new ArrayList<>();
		for (FieldDefinition field : fields) {
			if (field.isBuiltIn() || field.isRetired()) {
				continue;
			}
			String value = values.get(field.getCode());
			String property = Fields.custom(field.getCode());
			if (value == null || value.isBlank()) {
				if (field.isRequired() && !field.isHidden()) {
					problems.add(new Problem(property, NLS.bind(Messages.Validation_customRequired, field.getLabel())));
				}
				continue;
			}
			String problem = customValueProblem(field, value);
			if (problem != null) {
				problems.add(new Problem(property, problem));
			}
			fits(problems, property, value, 4000);
		}
		return problems;
	}

	/** Why {@code value} is not a stored value of the field's type, or {@code null} when it is. */
	public static String customValueProblem(FieldDefinition field, String value) {
		try {
			switch (field.getType()) {
			case NUMBER -> new BigDecimal(value);
			case DATE -> LocalDate.parse(value);
			case BOOLEAN -> {
				if (!"true".equals(value) && !"false".equals(value)) { //$NON-NLS-1$ //$NON-NLS-2$
					throw new IllegalArgumentException(value);
				}
			}
			case CHOICE, PARTY -> Long.parseLong(value);
			case MULTI_CHOICE -> {
				for (String part : value.split(",")) { //$NON-NLS-1$
					Long.parseLong(part.strip());
				}
			}
			case TEXT -> {
				// any text
			}
			}
			return null;
		} catch (RuntimeException e) {
			return NLS.bind(Messages.Validation_customBadValue, new Object[] { field.getLabel(), value, field.getType().label() });
		}
	}

	/** Checks a field definition on its own and against the others of its entity type. */
	public static List<Problem> check(FieldDefinition field, Collection<FieldDefinition> others) {
		List<Problem> problems = new ArrayList<>();
		if (field.getCode() == null || !field.isBuiltIn() && !field.getCode().matches(FieldDefinition.CODE_PATTERN)) {
			problems.add(new Problem(Fields.CODE, NLS.bind(Messages.Validation_fieldCode, field.getCode())));
		}
		if (!field.isBuiltIn()) {
			if (field.getLabel() == null) {
				problems.add(new Problem(Fields.LABEL, Messages.Validation_fieldLabelRequired));
			}
			if (field.getType() == null) {
				problems.add(new Problem(Fields.TYPE, Messages.Validation_fieldTypeRequired));
			} else if (field.getDefaultValue() != null && customValueProblem(field, field.getDefaultValue()) != null) {
				problems.add(new Problem(Fields.DEFAULT_VALUE, customValueProblem(field, field.getDefaultValue())));
			}
		}
		fits(problems, Fields.LABEL, field.getLabel(), 200);
		fits(problems, Fields.NOTE, field.getHelp(), 1000);
		for (FieldDefinition other : others) {
			if (field.getCode() != null && field.getCode().equals(other.getCode()) && !other.equals(field)
					&& field.isBuiltIn() == other.isBuiltIn()) {
				problems.add(new Problem(Fields.CODE, NLS.bind(Messages.Validation_fieldCodeTaken, field.getCode())));
			}
		}
		return problems;
	}

	/**
	 * Checks a relationship on its own and against the other relationships
	 * between the same two parties ({@code others} may include itself).
	 */
	public static List<Problem> check(Relationship relationship, Collection<Relationship> others) {
		List<Problem> problems = new ArrayList<>();
		Party from = relationship.getFrom();
		Party to = relationship.getTo();
		if (from == null || from.isNew() || to == null || to.isNew()) {
			problems.add(new Problem(Fields.PARTY, Messages.Validation_relationshipEndsRequired));
		} else if (from.getId().equals(to.getId())) {
			problems.add(new Problem(Fields.PARTY, Messages.Validation_relationshipToItself));
		}
		if (relationship.getType() == null) {
			problems.add(new Problem(Fields.TYPE, Messages.Validation_relationshipTypeRequired));
		}
		if (relationship.getSince() != null && relationship.getUntil() != null
				&& relationship.getUntil().isBefore(relationship.getSince())) {
			problems.add(new Problem(Fields.UNTIL, NLS.bind(Messages.Validation_untilBeforeSince,
					relationship.getUntil(), relationship.getSince())));
		}
		Integer strength = relationship.getStrength();
		if (strength != null && (strength < Relationship.MIN_STRENGTH || strength > Relationship.MAX_STRENGTH)) {
			problems.add(new Problem(Fields.STRENGTH,
					NLS.bind(Messages.Validation_relationshipStrength, Relationship.MIN_STRENGTH, Relationship.MAX_STRENGTH)));
		}
		fits(problems, Fields.NOTE, relationship.getNote(), 4000);
		if (problems.isEmpty()) {
			for (Relationship other : others) {
				if (isSameLink(relationship, other) && relationship.overlaps(other)) {
					problems.add(new Problem(Fields.TYPE, NLS.bind(Messages.Validation_duplicateRelationship,
							new Object[] { from.getDisplayName(), relationship.getType().getLabel(), to.getDisplayName() })));
					break;
				}
			}
		}
		return problems;
	}

	/** Same type between the same two parties, in the same direction unless the type is symmetric. */
	private static boolean isSameLink(Relationship a, Relationship b) {
		if (a.getId() != null && a.getId().equals(b.getId()) || !a.getType().equals(b.getType())) {
			return false;
		}
		long from = a.getFrom().getId();
		long to = a.getTo().getId();
		boolean sameWay = b.getFrom().getId() == from && b.getTo().getId() == to;
		boolean otherWay = b.getFrom().getId() == to && b.getTo().getId() == from;
		return sameWay || otherWay && a.getType().isSymmetric();
	}

	private static boolean isSameLink(Affiliation a, Affiliation b) {
		boolean sameRecord = a.getId() != null && a.getId().equals(b.getId());
		return !sameRecord && a.getPerson().equals(b.getPerson()) && a.getOrganization().equals(b.getOrganization())
				&& a.getRole().equals(b.getRole());
	}

	/** Reports a value longer than its column, rather than letting the commit fail. */
	private static void fits(List<Problem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new Problem(field, NLS.bind(Messages.Validation_tooLong, value.length(), max)));
		}
	}

	/** Throws when {@code problems} is not empty. */
	public static void require(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}
}
