package org.vinculo.sales.ui.internal;

import java.text.MessageFormat;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible strings of the sales workbench; Spanish in
 * messages_es.properties. Patterns with {@code {t:...}} name records and go
 * through {@link org.vinculo.ui.parts.TermLabels#format}.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.sales.ui.internal.messages"; //$NON-NLS-1$

	public static String Fields_pipelineEntity;
	public static String Editor_moreFields;
	public static String Term_opportunity;
	public static String Term_opportunities;

	public static String Common_loading;
	public static String Common_yes;
	public static String Common_no;
	public static String Owner_nobody;
	public static String Owner_retired;
	public static String Button_add;
	public static String Button_remove;
	public static String Button_change;
	public static String Button_choose;
	public static String Failure_stale;
	public static String Job_readParty;
	public static String Open_partyGoneTitle;
	public static String Open_partyGone;
	public static String StageKind_open;
	public static String StageKind_won;
	public static String StageKind_lost;
	public static String DocumentType_quote;
	public static String DocumentType_order;
	public static String DocumentType_invoice;
	public static String PipelineKind_persons;
	public static String PipelineKind_organizations;
	public static String PipelineKind_both;
	public static String Stage_withProbability;
	public static String Validation_amount;
	public static String Validation_currency;
	public static String Validation_stage;

	public static String Field_title;
	public static String Field_customer;
	public static String Field_pipeline;
	public static String Field_stage;
	public static String Field_amount;
	public static String Field_currency;
	public static String Field_closeDate;
	public static String Field_owner;
	public static String Field_campaign;
	public static String Field_priceList;
	public static String Field_issued;
	public static String Field_due;
	public static String Field_notes;

	public static String Column_title;
	public static String Column_party;
	public static String Column_customer;
	public static String Column_stage;
	public static String Column_pipelineStage;
	public static String Column_amount;
	public static String Column_weighted;
	public static String Column_closeDate;
	public static String Column_owner;
	public static String Column_person;
	public static String Column_role;
	public static String Column_when;
	public static String Column_from;
	public static String Column_to;
	public static String Column_by;
	public static String Column_number;
	public static String Column_type;
	public static String Column_issued;
	public static String Column_due;
	public static String Column_total;
	public static String Column_product;
	public static String Column_description;
	public static String Column_quantity;
	public static String Column_unitPrice;
	public static String Column_discount;
	public static String Column_tax;
	public static String Column_currency;

	public static String Command_newOpportunity;
	public static String Menu_board;
	public static String Menu_opportunities;
	public static String Menu_forecast;
	public static String Menu_newOpportunity;
	public static String Menu_documents;
	public static String Documents_title;

	public static String Board_pipeline;
	public static String Board_owner;
	public static String Board_ownerAll;
	public static String Board_ownerMe;
	public static String Board_filterHint;
	public static String Board_loadJob;
	public static String Board_noPipelines;
	public static String Board_status;
	public static String Board_columnSummary;
	public static String Board_emptyColumn;
	public static String Board_more;
	public static String Board_open;
	public static String Board_moveTo;
	public static String Board_weighted;
	public static String Board_closes;
	public static String Board_moveJob;
	public static String Board_moveFailedTitle;
	public static String Board_staleTitle;
	public static String Board_stale;

	public static String Opportunities_filterHint;
	public static String Opportunities_status;
	public static String Opportunities_refresh;
	public static String Opportunities_open;
	public static String Opportunities_openParty;
	public static String Opportunities_delete;
	public static String Opportunities_deleteQuestion;
	public static String Opportunities_deleteJob;
	public static String Opportunities_loadJob;

	public static String Editor_heading;
	public static String Editor_details;
	public static String Editor_contacts;
	public static String Editor_contactsHint;
	public static String Editor_history;
	public static String Editor_documents;
	public static String Editor_newQuote;
	public static String Editor_loadJob;
	public static String Editor_saveJob;
	public static String Editor_deleted;
	public static String Editor_pickParty;
	public static String Editor_pickContact;
	public static String Editor_pipelineRefusesParty;
	public static String Editor_fixErrors;
	public static String Editor_saveFailedTitle;
	public static String Editor_staleTitle;
	public static String Editor_stale;
	public static String Editor_reload;
	public static String Editor_keepEditing;
	public static String Editor_staleKept;
	public static String Editor_changedElsewhere;

	public static String Section_new;
	public static String Section_empty;
	public static String Section_summary;
	public static String Section_suggestions;
	public static String Section_loadJob;

	public static String Wizard_description;
	public static String Wizard_loadJob;
	public static String Wizard_saving;
	public static String Wizard_pickParty;
	public static String Wizard_needParty;
	public static String Wizard_noPipeline;
	public static String Wizard_needPipeline;
	public static String Wizard_needTitle;

	public static String Forecast_by;
	public static String Forecast_rep;
	public static String Forecast_team;
	public static String Forecast_manager;
	public static String Forecast_byMonth;
	public static String Forecast_byQuarter;
	public static String Forecast_range;
	public static String Forecast_thisQuarter;
	public static String Forecast_thisYear;
	public static String Forecast_next12Months;
	public static String Forecast_tab;
	public static String Forecast_performanceTab;
	public static String Forecast_columnGroup;
	public static String Forecast_columnPeriod;
	public static String Forecast_columnQuota;
	public static String Forecast_columnWon;
	public static String Forecast_columnWeighted;
	public static String Forecast_columnExpected;
	public static String Forecast_columnPercent;
	public static String Forecast_columnPercentHint;
	public static String Forecast_legendQuota;
	public static String Forecast_legendWon;
	public static String Forecast_legendWeighted;
	public static String Forecast_noData;
	public static String Forecast_chartAll;
	public static String Forecast_chartGroup;
	public static String Forecast_skipped;
	public static String Forecast_loadJob;
	public static String Performance_won;
	public static String Performance_lost;
	public static String Performance_winRate;
	public static String Performance_cycle;
	public static String Performance_wonAmount;
	public static String Performance_pipeline;
	public static String Performance_openHeader;
	public static String Performance_activities;

	public static String Documents_show;
	public static String Documents_newQuote;
	public static String Documents_count;
	public static String Documents_loadJob;
	public static String Document_details;
	public static String Document_priceListHint;
	public static String Document_lines;
	public static String Document_linesHint;
	public static String Document_addLine;
	public static String Document_noProduct;
	public static String Document_listPrices;
	public static String Document_notANumber;
	public static String Document_createOrder;
	public static String Document_createInvoice;
	public static String Document_pay;
	public static String Document_pdf;
	public static String Document_payments;
	public static String Document_balance;
	public static String Document_chain;
	public static String Document_chainHint;
	public static String Document_loadJob;
	public static String Document_totalsJob;
	public static String Document_saveJob;
	public static String Document_createJob;
	public static String Document_new;
	public static String Document_deleted;
	public static String Document_pickParty;
	public static String Document_saveFirstTitle;
	public static String Document_saveFirst;
	public static String Document_stale;
	public static String Payment_title;
	public static String Payment_message;
	public static String Payment_date;
	public static String Payment_amount;
	public static String Payment_method;
	public static String Payment_transfer;
	public static String Payment_card;
	public static String Payment_cash;
	public static String Payment_cheque;
	public static String Payment_amountInvalid;
	public static String Payment_tooMuch;
	public static String Payment_job;

	public static String Pdf_dialogTitle;
	public static String Pdf_job;
	public static String Pdf_written;
	public static String Pdf_number;
	public static String Pdf_issued;
	public static String Pdf_validUntil;
	public static String Pdf_due;
	public static String Pdf_customer;
	public static String Pdf_product;
	public static String Pdf_description;
	public static String Pdf_quantity;
	public static String Pdf_unitPrice;
	public static String Pdf_discount;
	public static String Pdf_tax;
	public static String Pdf_gross;
	public static String Pdf_discountTotal;
	public static String Pdf_net;
	public static String Pdf_taxTotal;
	public static String Pdf_total;
	public static String Pdf_notes;

	public static String Admin_saving;
	public static String Admin_salesIntro;
	public static String Pipelines_add;
	public static String Pipelines_name;
	public static String Pipelines_sellsTo;
	public static String Pipelines_retired;
	public static String Pipelines_retiredSuffix;
	public static String Pipelines_unnamed;
	public static String Pipelines_stages;
	public static String Pipelines_stageName;
	public static String Pipelines_probability;
	public static String Pipelines_probabilityInvalid;
	public static String Pipelines_kind;
	public static String Pipelines_stageAdd;
	public static String Pipelines_stageRemove;
	public static String Pipelines_stageUp;
	public static String Pipelines_stageDown;
	public static String Pipelines_save;
	public static String Pipelines_newPipeline;
	public static String Pipelines_newStage;
	public static String Pipelines_firstStage;
	public static String Pipelines_wonStage;
	public static String Pipelines_lostStage;
	public static String Pipelines_nameMissing;
	public static String Pipelines_loadJob;
	public static String Teams_tab;
	public static String Teams_name;
	public static String Teams_manager;
	public static String Teams_members;
	public static String Teams_add;
	public static String Teams_delete;
	public static String Teams_deleteQuestion;
	public static String Teams_save;
	public static String Teams_loadJob;
	public static String Quotas_tab;
	public static String Quotas_user;
	public static String Quotas_hint;
	public static String Quotas_invalid;
	public static String Products_tab;
	public static String Products_code;
	public static String Products_name;
	public static String Products_listPrice;
	public static String Products_taxRate;
	public static String Products_active;
	public static String Products_add;
	public static String Products_newProduct;
	public static String Products_loadJob;
	public static String PriceLists_tab;
	public static String PriceLists_name;
	public static String PriceLists_add;
	public static String PriceLists_newList;
	public static String PriceLists_price;
	public static String PriceLists_choose;
	public static String PriceLists_pricesOf;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** For patterns with choices ({@code {0,choice,...}}) and numbers, which {@link NLS#bind} does not read. */
	public static String format(String pattern, Object... arguments) {
		return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
	}
}
