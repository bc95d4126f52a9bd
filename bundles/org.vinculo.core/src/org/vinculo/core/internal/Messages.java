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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** Translated label of a built-in role code, or {@code null} for codes we do not ship. */
	public static String roleLabel(String code) {
		if (code == null) {
			return null;
		}
		try {
			Field field = Messages.class.getField("Role_" + code.replace('-', '_')); //$NON-NLS-1$
			return (String) field.get(null);
		} catch (NoSuchFieldException | IllegalAccessException e) {
			return null;
		}
	}
}
