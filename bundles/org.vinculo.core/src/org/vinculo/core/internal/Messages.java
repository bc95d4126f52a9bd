package org.vinculo.core.internal;

import java.lang.reflect.Field;

import org.eclipse.osgi.util.NLS;

/** Translated strings of the core: validation messages and built-in role labels. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.core.internal.messages"; //$NON-NLS-1$

	public static String Validation_personNameRequired;
	public static String Validation_organizationNameRequired;
	public static String Validation_badEmail;
	public static String Validation_personRequired;
	public static String Validation_organizationRequired;
	public static String Validation_roleRequired;
	public static String Validation_untilBeforeSince;
	public static String Validation_duplicateAffiliation;
	public static String Validation_tooLong;
	public static String Stale_party;
	public static String Stale_affiliation;
	public static String NotFound_party;

	public static String Role_employee;
	public static String Role_board_member;
	public static String Role_consultant;
	public static String Role_supplier;
	public static String Role_former_employee;
	public static String Role_association_member;
	public static String Role_owner;

	public static String Validation_relationshipEndsRequired;
	public static String Validation_relationshipToItself;
	public static String Validation_relationshipTypeRequired;
	public static String Validation_relationshipStrength;
	public static String Validation_duplicateRelationship;
	public static String Stale_relationship;

	public static String Relationship_friend;
	public static String Relationship_referred_by;
	public static String Relationship_referred_by_inverse;
	public static String Relationship_supplier_of;
	public static String Relationship_supplier_of_inverse;
	public static String Relationship_consultant_for;
	public static String Relationship_consultant_for_inverse;
	public static String Relationship_reports_to;
	public static String Relationship_reports_to_inverse;
	public static String Relationship_partner_of;
	public static String Relationship_former_colleague;
	public static String Relationship_family;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** Translated label of a built-in role code, or {@code null} for codes we do not ship. */
	public static String roleLabel(String code) {
		return code == null ? null : field("Role_" + code.replace('-', '_')); //$NON-NLS-1$
	}

	/**
	 * Translated label of a built-in relationship type read forward or inverse,
	 * or {@code null} for codes we do not ship (or symmetric ones read inverse).
	 */
	public static String relationshipLabel(String code, boolean inverse) {
		return code == null ? null
				: field("Relationship_" + code.replace('-', '_') + (inverse ? "_inverse" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String field(String name) {
		try {
			Field field = Messages.class.getField(name);
			return (String) field.get(null);
		} catch (NoSuchFieldException | IllegalAccessException e) {
			return null;
		}
	}
}
