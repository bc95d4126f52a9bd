package org.vinculo.sales.internal;

import org.eclipse.osgi.util.NLS;

/** Translated strings of the sales core: validation messages, cross-sell reasons, built-in contact roles. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.sales.internal.messages"; //$NON-NLS-1$

	public static String Validation_tooLong;
	public static String Validation_titleRequired;
	public static String Validation_partyRequired;
	public static String Validation_partyMerged;
	public static String Validation_pipelineRequired;
	public static String Validation_stageNotInPipeline;
	public static String Validation_pipelineForPersons;
	public static String Validation_pipelineForOrganizations;
	public static String Validation_amountNegative;
	public static String Validation_currency;
	public static String Validation_ownerUnknown;
	public static String Validation_contactPerson;
	public static String Validation_contactRoleRequired;
	public static String Validation_pipelineNameRequired;
	public static String Validation_pipelineNameTaken;
	public static String Validation_stageNameRequired;
	public static String Validation_stageNameTaken;
	public static String Validation_stageProbability;
	public static String Validation_stageKindRequired;
	public static String Validation_openStageRequired;
	public static String Validation_wonStageRequired;
	public static String Validation_stageInUse;
	public static String Validation_stageOfOtherPipeline;
	public static String Validation_pipelineKindInUse;
	public static String Stale_opportunity;
	public static String Stale_pipeline;
	public static String Stale_product;
	public static String Stale_priceList;
	public static String Stale_document;
	public static String NotFound_opportunity;
	public static String NotFound_document;
	public static String Validation_productCodeRequired;
	public static String Validation_productCodeTaken;
	public static String Validation_productNameRequired;
	public static String Validation_priceNegative;
	public static String Validation_taxRate;
	public static String Validation_priceListNameRequired;
	public static String Validation_priceUnknownProduct;
	public static String Validation_documentTypeRequired;
	public static String Validation_documentTypeChanged;
	public static String Validation_issuedOnRequired;
	public static String Validation_dueBeforeIssue;
	public static String Validation_opportunityUnknown;
	public static String Validation_lineQuantity;
	public static String Validation_linePrice;
	public static String Validation_lineDiscount;
	public static String Validation_lineTax;
	public static String Validation_lineDescription;
	public static String Validation_lineProductUnknown;
	public static String Validation_createFrom;
	public static String Validation_paymentNotInvoice;
	public static String Validation_paymentDate;
	public static String Validation_paymentPositive;
	public static String Validation_paymentDigits;
	public static String Validation_paymentTooLarge;
	public static String CrossSell_segmentReason;
	public static String CrossSell_productReason;
	public static String ContactRole_decision_maker;
	public static String ContactRole_economic_buyer;
	public static String ContactRole_influencer;
	public static String ContactRole_technical_buyer;
	public static String ContactRole_user;
	public static String ContactRole_champion;
	public static String Seed_consumer;
	public static String Seed_business;
	public static String Seed_consumer_new;
	public static String Seed_consumer_qualified;
	public static String Seed_consumer_proposal;
	public static String Seed_consumer_won;
	public static String Seed_consumer_lost;
	public static String Seed_business_prospecting;
	public static String Seed_business_qualification;
	public static String Seed_business_needs_analysis;
	public static String Seed_business_proposal;
	public static String Seed_business_negotiation;
	public static String Seed_business_closed_won;
	public static String Seed_business_closed_lost;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** Translated name of a pipeline or stage the plug-in ships (by its code), or {@code null} for another code. */
	public static String seedLabel(String code) {
		return code == null ? null : field("Seed_" + code.replace('.', '_').replace('-', '_')); //$NON-NLS-1$
	}

	private static String field(String name) {
		try {
			return (String) Messages.class.getField(name).get(null);
		} catch (NoSuchFieldException | IllegalAccessException e) {
			return null;
		}
	}

	/** Translated label of a contact role Vinculo ships, or {@code null} for an admin's own code. */
	public static String contactRoleLabel(String code) {
		return code == null ? null : field("ContactRole_" + code.replace('-', '_')); //$NON-NLS-1$
	}
}
