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
	public static String Team_nameRequired;
	public static String Team_nameTaken;
	public static String Team_unknownUser;
	public static String Team_quotaNegative;
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

	public static String Validation_activityPartyRequired;
	public static String Validation_activitySubjectRequired;
	public static String Validation_activityTimeRequired;
	public static String Validation_activityDuration;
	public static String Validation_customRequired;
	public static String Validation_customBadValue;
	public static String Validation_fieldCode;
	public static String Validation_fieldCodeTaken;
	public static String Validation_fieldLabelRequired;
	public static String Validation_fieldTypeRequired;
	public static String Validation_choiceNameRequired;
	public static String Validation_choiceNameTaken;
	public static String Stale_activity;
	public static String Stale_entry;
	public static String Lifecycle_reasonEdited;
	public static String Lifecycle_reasonCreated;
	public static String Lifecycle_PROSPECT;
	public static String Lifecycle_POTENTIAL_CUSTOMER;
	public static String Lifecycle_ACTIVE_CUSTOMER;
	public static String Lifecycle_INACTIVE_CUSTOMER;
	public static String Segment_TYPE;
	public static String Segment_INDUSTRY;
	public static String Segment_BUSINESS_ACTIVITY;
	public static String Segment_SOURCE;
	public static String Segment_TERRITORY;
	public static String Segment_OWNER;
	public static String ActivityKind_CALL;
	public static String ActivityKind_MEETING;
	public static String ActivityKind_VISIT;
	public static String ActivityKind_EMAIL;
	public static String ActivityKind_TASK;
	public static String ActivityKind_NOTE;
	public static String ActivityStatus_PLANNED;
	public static String ActivityStatus_DONE;
	public static String ActivityStatus_CANCELLED;
	public static String FieldType_TEXT;
	public static String FieldType_NUMBER;
	public static String FieldType_DATE;
	public static String FieldType_CHOICE;
	public static String FieldType_MULTI_CHOICE;
	public static String FieldType_BOOLEAN;
	public static String FieldType_PARTY;
	public static String Choice_type_direct;
	public static String Choice_type_distributor;
	public static String Choice_type_partner;
	public static String Choice_type_public_body;
	public static String Choice_type_non_profit;
	public static String Choice_type_consumer;
	public static String Choice_industry_technology;
	public static String Choice_industry_manufacturing;
	public static String Choice_industry_retail;
	public static String Choice_industry_health;
	public static String Choice_industry_education;
	public static String Choice_industry_finance;
	public static String Choice_industry_hospitality;
	public static String Choice_industry_construction;
	public static String Choice_activity_manufacturer;
	public static String Choice_activity_wholesaler;
	public static String Choice_activity_retailer;
	public static String Choice_activity_importer;
	public static String Choice_activity_services;
	public static String Choice_source_website;
	public static String Choice_source_referral;
	public static String Choice_source_trade_fair;
	public static String Choice_source_cold_call;
	public static String Choice_source_campaign;
	public static String Choice_source_partner;
	public static String Choice_territory_north;
	public static String Choice_territory_south;
	public static String Choice_territory_east;
	public static String Choice_territory_west;
	public static String Choice_territory_centre;

	public static String InactivityRule_task;
	public static String InactivityRule_reason;
	public static String Duplicate_sameEmail;
	public static String Duplicate_samePhone;
	public static String Duplicate_sameName;
	public static String Duplicate_similarName;
	public static String Duplicate_sharedAffiliation;
	public static String Duplicate_task;
	public static String Merge_firstName;
	public static String Merge_lastName;
	public static String Merge_name;
	public static String Merge_website;
	public static String Merge_notes;
	public static String Merge_lifecycle;
	public static String Merge_email;
	public static String Merge_phone;
	public static String Merge_affiliations;
	public static String Merge_relationships;
	public static String Merge_activities;
	public static String Merge_lifecycleHistory;
	public static String Merge_participantFailed;
	public static String Merge_alreadyMerged;
	public static String Merge_undone;
	public static String Merge_laterMerge;

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

	/** Translated label of an enum constant: field {@code prefix + name}. */
	public static String enumLabel(String prefix, String name) {
		String label = field(prefix + name);
		return label != null ? label : name;
	}

	/** Translated label of a built-in choice list entry, or {@code null} for codes we do not ship. */
	public static String choiceLabel(String listCode, String code) {
		return field("Choice_" + listCode + "_" + code.replace('-', '_')); //$NON-NLS-1$ //$NON-NLS-2$
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
