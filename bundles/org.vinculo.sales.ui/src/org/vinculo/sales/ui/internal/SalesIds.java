package org.vinculo.sales.ui.internal;

/**
 * Stable ids of the sales widgets (under {@link org.vinculo.ui.WidgetIds#KEY}),
 * for UI tests and automation, and the ids of the sales views and editors.
 */
public final class SalesIds {

	public static final String BOARD_VIEW = "org.vinculo.sales.ui.views.board"; //$NON-NLS-1$
	public static final String OPPORTUNITIES_VIEW = "org.vinculo.sales.ui.views.opportunities"; //$NON-NLS-1$
	public static final String FORECAST_VIEW = "org.vinculo.sales.ui.views.forecast"; //$NON-NLS-1$
	public static final String DOCUMENTS_VIEW = "org.vinculo.sales.ui.views.documents"; //$NON-NLS-1$
	public static final String OPPORTUNITY_EDITOR = "org.vinculo.sales.ui.editors.opportunity"; //$NON-NLS-1$
	public static final String DOCUMENT_EDITOR = "org.vinculo.sales.ui.editors.document"; //$NON-NLS-1$
	public static final String NEW_OPPORTUNITY_COMMAND = "org.vinculo.sales.ui.commands.newOpportunity"; //$NON-NLS-1$

	// ---- pipeline board ----
	public static final String BOARD_PIPELINE = "sales.board.pipeline"; //$NON-NLS-1$
	public static final String BOARD_OWNER = "sales.board.owner"; //$NON-NLS-1$
	public static final String BOARD_FILTER = "sales.board.filter"; //$NON-NLS-1$
	public static final String BOARD_STATUS = "sales.board.status"; //$NON-NLS-1$
	/** A stage's column: this prefix and the stage id ("sales.board.column.12"). */
	public static final String BOARD_COLUMN_PREFIX = "sales.board.column."; //$NON-NLS-1$
	/** A column's "3 · 12.000,00 EUR" line: the column's id and this suffix. */
	public static final String BOARD_COLUMN_SUMMARY_SUFFIX = ".summary"; //$NON-NLS-1$
	/** An opportunity's card: this prefix and the opportunity id. */
	public static final String BOARD_CARD_PREFIX = "sales.board.card."; //$NON-NLS-1$

	// ---- opportunities view ----
	public static final String OPPORTUNITIES_FILTER = "sales.opportunities.filter"; //$NON-NLS-1$
	public static final String OPPORTUNITIES_TABLE = "sales.opportunities.table"; //$NON-NLS-1$
	public static final String OPPORTUNITIES_STATUS = "sales.opportunities.status"; //$NON-NLS-1$

	// ---- opportunity editor ----
	public static final String OPPORTUNITY_FORM = "sales.opportunity.form"; //$NON-NLS-1$
	public static final String OPPORTUNITY_TITLE = "sales.opportunity.title"; //$NON-NLS-1$
	public static final String OPPORTUNITY_PARTY = "sales.opportunity.party"; //$NON-NLS-1$
	public static final String OPPORTUNITY_PARTY_CHANGE = "sales.opportunity.partyChange"; //$NON-NLS-1$
	public static final String OPPORTUNITY_PIPELINE = "sales.opportunity.pipeline"; //$NON-NLS-1$
	public static final String OPPORTUNITY_STAGE = "sales.opportunity.stage"; //$NON-NLS-1$
	public static final String OPPORTUNITY_AMOUNT = "sales.opportunity.amount"; //$NON-NLS-1$
	public static final String OPPORTUNITY_CURRENCY = "sales.opportunity.currency"; //$NON-NLS-1$
	public static final String OPPORTUNITY_CLOSE_DATE = "sales.opportunity.closeDate"; //$NON-NLS-1$
	public static final String OPPORTUNITY_OWNER = "sales.opportunity.owner"; //$NON-NLS-1$
	public static final String OPPORTUNITY_CAMPAIGN = "sales.opportunity.campaign"; //$NON-NLS-1$
	/** A pipeline's extra field in the opportunity editor: this prefix and the field's code. */
	public static final String OPPORTUNITY_CUSTOM_PREFIX = "sales.opportunity.custom."; //$NON-NLS-1$
	public static final String OPPORTUNITY_CONTACTS = "sales.opportunity.contacts"; //$NON-NLS-1$
	public static final String OPPORTUNITY_CONTACTS_ADD = "sales.opportunity.contacts.add"; //$NON-NLS-1$
	public static final String OPPORTUNITY_CONTACTS_REMOVE = "sales.opportunity.contacts.remove"; //$NON-NLS-1$
	public static final String OPPORTUNITY_HISTORY = "sales.opportunity.history"; //$NON-NLS-1$
	public static final String OPPORTUNITY_QUOTES = "sales.opportunity.quotes"; //$NON-NLS-1$
	public static final String OPPORTUNITY_NEW_QUOTE = "sales.opportunity.newQuote"; //$NON-NLS-1$

	// ---- party section ----
	public static final String SECTION_TABLE = "sales.section.table"; //$NON-NLS-1$
	public static final String SECTION_NEW = "sales.section.new"; //$NON-NLS-1$
	public static final String SECTION_SUMMARY = "sales.section.summary"; //$NON-NLS-1$
	public static final String SECTION_SUGGESTIONS = "sales.section.suggestions"; //$NON-NLS-1$

	// ---- new opportunity wizard ----
	public static final String WIZARD_PARTY = "sales.wizard.party"; //$NON-NLS-1$
	public static final String WIZARD_PARTY_CHOOSE = "sales.wizard.partyChoose"; //$NON-NLS-1$
	public static final String WIZARD_PIPELINE = "sales.wizard.pipeline"; //$NON-NLS-1$
	public static final String WIZARD_TITLE = "sales.wizard.title"; //$NON-NLS-1$
	public static final String WIZARD_AMOUNT = "sales.wizard.amount"; //$NON-NLS-1$
	public static final String WIZARD_CURRENCY = "sales.wizard.currency"; //$NON-NLS-1$
	public static final String WIZARD_CLOSE_DATE = "sales.wizard.closeDate"; //$NON-NLS-1$
	public static final String WIZARD_OWNER = "sales.wizard.owner"; //$NON-NLS-1$

	// ---- forecast ----
	public static final String FORECAST_GROUPING = "sales.forecast.grouping"; //$NON-NLS-1$
	public static final String FORECAST_PERIOD = "sales.forecast.period"; //$NON-NLS-1$
	public static final String FORECAST_RANGE = "sales.forecast.range"; //$NON-NLS-1$
	public static final String FORECAST_CURRENCY = "sales.forecast.currency"; //$NON-NLS-1$
	public static final String FORECAST_STATUS = "sales.forecast.status"; //$NON-NLS-1$
	public static final String FORECAST_TABS = "sales.forecast.tabs"; //$NON-NLS-1$
	public static final String FORECAST_TABLE = "sales.forecast.table"; //$NON-NLS-1$
	public static final String FORECAST_CHART = "sales.forecast.chart"; //$NON-NLS-1$
	public static final String FORECAST_PERFORMANCE = "sales.forecast.performance"; //$NON-NLS-1$

	// ---- preferences ----
	public static final String PIPELINES_LIST = "sales.pipelines.list"; //$NON-NLS-1$
	public static final String PIPELINES_ADD = "sales.pipelines.add"; //$NON-NLS-1$
	public static final String PIPELINES_NAME = "sales.pipelines.name"; //$NON-NLS-1$
	public static final String PIPELINES_KIND = "sales.pipelines.kind"; //$NON-NLS-1$
	public static final String PIPELINES_RETIRED = "sales.pipelines.retired"; //$NON-NLS-1$
	public static final String PIPELINES_STAGES = "sales.pipelines.stages"; //$NON-NLS-1$
	public static final String PIPELINES_STAGE_ADD = "sales.pipelines.stageAdd"; //$NON-NLS-1$
	public static final String PIPELINES_STAGE_REMOVE = "sales.pipelines.stageRemove"; //$NON-NLS-1$
	public static final String PIPELINES_STAGE_UP = "sales.pipelines.stageUp"; //$NON-NLS-1$
	public static final String PIPELINES_STAGE_DOWN = "sales.pipelines.stageDown"; //$NON-NLS-1$
	public static final String PIPELINES_SAVE = "sales.pipelines.save"; //$NON-NLS-1$
	public static final String TEAMS_TABLE = "sales.teams.table"; //$NON-NLS-1$
	public static final String TEAMS_ADD = "sales.teams.add"; //$NON-NLS-1$
	public static final String TEAMS_DELETE = "sales.teams.delete"; //$NON-NLS-1$
	public static final String TEAMS_NAME = "sales.teams.name"; //$NON-NLS-1$
	public static final String TEAMS_MANAGER = "sales.teams.manager"; //$NON-NLS-1$
	public static final String TEAMS_MEMBERS = "sales.teams.members"; //$NON-NLS-1$
	public static final String TEAMS_SAVE = "sales.teams.save"; //$NON-NLS-1$
	public static final String QUOTAS_TABLE = "sales.quotas.table"; //$NON-NLS-1$
	public static final String PRODUCTS_TABLE = "sales.products.table"; //$NON-NLS-1$
	public static final String PRODUCTS_ADD = "sales.products.add"; //$NON-NLS-1$
	public static final String PRICE_LISTS_TABLE = "sales.priceLists.table"; //$NON-NLS-1$
	public static final String PRICE_LISTS_ADD = "sales.priceLists.add"; //$NON-NLS-1$
	public static final String PRICES_TABLE = "sales.prices.table"; //$NON-NLS-1$

	// ---- documents ----
	public static final String DOCUMENTS_TYPE = "sales.documents.type"; //$NON-NLS-1$
	public static final String DOCUMENTS_TABLE = "sales.documents.table"; //$NON-NLS-1$
	public static final String DOCUMENT_FORM = "sales.document.form"; //$NON-NLS-1$
	public static final String DOCUMENT_PARTY = "sales.document.party"; //$NON-NLS-1$
	public static final String DOCUMENT_PARTY_CHANGE = "sales.document.partyChange"; //$NON-NLS-1$
	public static final String DOCUMENT_CURRENCY = "sales.document.currency"; //$NON-NLS-1$
	public static final String DOCUMENT_PRICE_LIST = "sales.document.priceList"; //$NON-NLS-1$
	public static final String DOCUMENT_ISSUED = "sales.document.issued"; //$NON-NLS-1$
	public static final String DOCUMENT_DUE = "sales.document.due"; //$NON-NLS-1$
	public static final String DOCUMENT_NOTES = "sales.document.notes"; //$NON-NLS-1$
	public static final String DOCUMENT_LINES = "sales.document.lines"; //$NON-NLS-1$
	public static final String DOCUMENT_LINE_ADD = "sales.document.lineAdd"; //$NON-NLS-1$
	public static final String DOCUMENT_LINE_REMOVE = "sales.document.lineRemove"; //$NON-NLS-1$
	public static final String DOCUMENT_TOTAL = "sales.document.total"; //$NON-NLS-1$
	public static final String DOCUMENT_TOTALS = "sales.document.totals"; //$NON-NLS-1$
	public static final String DOCUMENT_CREATE_ORDER = "sales.document.createOrder"; //$NON-NLS-1$
	public static final String DOCUMENT_CREATE_INVOICE = "sales.document.createInvoice"; //$NON-NLS-1$
	public static final String DOCUMENT_PAY = "sales.document.pay"; //$NON-NLS-1$
	public static final String DOCUMENT_PDF = "sales.document.pdf"; //$NON-NLS-1$
	public static final String DOCUMENT_PAYMENTS = "sales.document.payments"; //$NON-NLS-1$
	public static final String DOCUMENT_BALANCE = "sales.document.balance"; //$NON-NLS-1$
	public static final String DOCUMENT_CHAIN = "sales.document.chain"; //$NON-NLS-1$
	public static final String PAYMENT_DATE = "sales.payment.date"; //$NON-NLS-1$
	public static final String PAYMENT_AMOUNT = "sales.payment.amount"; //$NON-NLS-1$
	public static final String PAYMENT_METHOD = "sales.payment.method"; //$NON-NLS-1$

	/** Widget data key of an editable table's viewer, read by the test driver's cell editing. */
	public static final String VIEWER_KEY = "org.vinculo.viewer"; //$NON-NLS-1$

	private SalesIds() {
	}
}
