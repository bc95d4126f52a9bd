package org.vinculo.sales.ui.internal.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Section;
import org.osgi.service.event.Event;
import org.vinculo.sales.DocumentLine;
import org.vinculo.sales.DocumentService;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Payment;
import org.vinculo.sales.PriceList;
import org.vinculo.sales.Product;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.Totals;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.Cells;
import org.vinculo.sales.ui.internal.Columns;
import org.vinculo.sales.ui.internal.CurrencyField;
import org.vinculo.sales.ui.internal.CustomerField;
import org.vinculo.sales.ui.internal.Dates;
import org.vinculo.sales.ui.internal.DocumentRow;
import org.vinculo.sales.ui.internal.Failures;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.Open;
import org.vinculo.sales.ui.internal.PartyRef;
import org.vinculo.sales.ui.internal.RecordEditor;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesLabels;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.sales.ui.internal.Tables;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.Parties;

/**
 * A quote, sales order or invoice: customer, currency, dates, line items
 * edited in place, and the totals as the document service computes them. A
 * quote becomes an order, an order an invoice; an invoice records payments and
 * shows what is still due. The documents it came from and led to are listed,
 * and any of them can be saved as a PDF.
 */
public final class DocumentEditor extends RecordEditor<SalesDocument, DocumentEditorInput, DocumentEditor.Loaded> {

	public static final String ID = SalesIds.DOCUMENT_EDITOR;

	private final Formats formats = Formats.user();
	private final List<LineRow> lines = new ArrayList<>();

	private CustomerField customer;
	private Combo currency;
	private Combo priceListCombo;
	private DateTime issued;
	private DateTime due;
	private Text notes;
	private TableViewer linesViewer;
	private Button addLine;
	private Button removeLine;
	private Label grossLabel;
	private Label discountLabel;
	private Label netLabel;
	private Label taxLabel;
	private Label totalLabel;
	private Button createOrder;
	private Button createInvoice;
	private Button pay;
	private Button pdf;
	private Section paymentsSection;
	private TableViewer paymentsViewer;
	private Label balanceLabel;
	private TableViewer chainViewer;

	private List<Product> products = List.of();
	private List<PriceList> priceLists = List.of();
	private List<PriceList> offeredPriceLists = List.of();
	private BigDecimal balance;
	/** The documents created from this one (and from those), as last loaded. */
	private List<DocumentRow> chain = List.of();
	private int totalsRuns;

	/** Everything the editor shows, read in one job. */
	record Loaded(SalesDocument document, PartyRef party, List<Product> products, List<PriceList> priceLists,
			Totals totals, List<Payment> payments, BigDecimal balance, List<DocumentRow> chain) {
	}

	public DocumentEditor() {
		super(DocumentEditorInput.class, SalesIds.DOCUMENT_FORM, DocumentService.TOPIC);
	}

	@Override
	protected void createContents(Composite body) {
		form.setText(input().getName());
		createHeader(body);
		createLines(body);
		createTotals(body);
		createActions(body);
		createPayments(body);
		createChain(body);
	}

	private Section section(Composite body, String text) {
		Section section = toolkit.createSection(body, ExpandableComposite.SHORT_TITLE_BAR);
		section.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		return section;
	}

	private void createHeader(Composite body) {
		Section section = section(body, Messages.Document_details);
		Composite client = client(section);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).spacing(10, 6).applyTo(client);

		customer = new CustomerField(toolkit, client, getSite(), SalesIds.DOCUMENT_PARTY,
				SalesIds.DOCUMENT_PARTY_CHANGE, this::changeParty);

		toolkit.createLabel(client, Messages.Field_currency);
		currency = WidgetIds.tag(CurrencyField.create(client, Formats.DEFAULT_CURRENCY), SalesIds.DOCUMENT_CURRENCY);
		toolkit.adapt(currency, true, false);
		GridDataFactory.swtDefaults().hint(70, SWT.DEFAULT).applyTo(currency);
		currency.addListener(SWT.Modify, e -> {
			if (!isFilling()) {
				offerPriceLists();
				edited(true);
			}
		});
		toolkit.createLabel(client, Messages.Field_priceList);
		priceListCombo = WidgetIds.tag(new Combo(client, SWT.READ_ONLY), SalesIds.DOCUMENT_PRICE_LIST);
		toolkit.adapt(priceListCombo, true, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(priceListCombo);
		priceListCombo.setToolTipText(Messages.Document_priceListHint);

		toolkit.createLabel(client, Messages.Field_issued);
		issued = WidgetIds.tag(new DateTime(client, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), SalesIds.DOCUMENT_ISSUED);
		toolkit.adapt(issued, true, false);
		issued.addListener(SWT.Selection, e -> edited(false));
		toolkit.createLabel(client, Messages.Field_due);
		due = WidgetIds.tag(new DateTime(client, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), SalesIds.DOCUMENT_DUE);
		toolkit.adapt(due, true, false);
		due.addListener(SWT.Selection, e -> edited(false));

		toolkit.createLabel(client, Messages.Field_notes);
		notes = WidgetIds.tag(toolkit.createText(client, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), //$NON-NLS-1$
				SalesIds.DOCUMENT_NOTES);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, 50).applyTo(notes);
		notes.addListener(SWT.Modify, e -> edited(false));
	}

	private void createLines(Composite body) {
		Section section = section(body, Messages.Document_lines);
		section.setDescription(Messages.Document_linesHint);
		Composite client = client(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(client);
		linesViewer = Tables.editable(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER, SalesIds.DOCUMENT_LINES);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 150).applyTo(linesViewer.getControl());
		Columns<LineRow> columns = new Columns<>(linesViewer, LineRow.class);
		TableViewerColumn product = columns.add(Messages.Column_product, 170, l -> productName(l.productId));
		product.setEditingSupport(new ProductEditing());
		columns.add(Messages.Column_description, 240, l -> l.description)
				.setEditingSupport(Cells.text(linesViewer, LineRow.class,
						l -> l.description == null ? "" : l.description, //$NON-NLS-1$
						(l, text) -> l.description = text.strip(), () -> edited(true)));
		numberColumn(columns, Messages.Column_quantity, l -> l.quantity, (l, v) -> l.quantity = v);
		numberColumn(columns, Messages.Column_unitPrice, l -> l.unitPrice, (l, v) -> l.unitPrice = v);
		numberColumn(columns, Messages.Column_discount, l -> l.discountPercent, (l, v) -> l.discountPercent = v);
		numberColumn(columns, Messages.Column_tax, l -> l.taxRate, (l, v) -> l.taxRate = v);
		linesViewer.addSelectionChangedListener(e -> updateButtons());

		Composite buttons = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
		addLine = WidgetIds.tag(toolkit.createButton(buttons, Messages.Document_addLine, SWT.PUSH),
				SalesIds.DOCUMENT_LINE_ADD);
		GridDataFactory.fillDefaults().applyTo(addLine);
		addLine.addListener(SWT.Selection, e -> {
			LineRow row = LineRow.blank();
			lines.add(row);
			linesViewer.refresh();
			linesViewer.editElement(row, 0);
			edited(true);
			form.reflow(true);
		});
		removeLine = WidgetIds.tag(toolkit.createButton(buttons, Messages.Button_remove, SWT.PUSH),
				SalesIds.DOCUMENT_LINE_REMOVE);
		GridDataFactory.fillDefaults().applyTo(removeLine);
		removeLine.addListener(SWT.Selection, e -> {
			if (linesViewer.getStructuredSelection().getFirstElement() instanceof LineRow row) {
				lines.remove(row);
				linesViewer.refresh();
				edited(true);
				updateButtons();
			}
		});
	}

	private void numberColumn(Columns<LineRow> columns, String header, Function<LineRow, BigDecimal> get,
			BiConsumer<LineRow, BigDecimal> set) {
		columns.add(header, 90, SWT.RIGHT, l -> formats.plain(get.apply(l))).setEditingSupport(Cells.text(linesViewer,
				LineRow.class, l -> formats.plain(get.apply(l)), (l, text) -> {
					try {
						BigDecimal value = formats.parse(text);
						set.accept(l, value == null ? BigDecimal.ZERO : value);
						form.setMessage(null, IMessageProvider.NONE);
					} catch (NumberFormatException e) {
						form.setMessage(Messages.format(Messages.Document_notANumber, text),
								IMessageProvider.ERROR);
					}
				}, () -> edited(true)));
	}

	private String productName(Long productId) {
		if (productId == null) {
			return ""; //$NON-NLS-1$
		}
		return products.stream().filter(p -> Objects.equals(p.id(), productId)).map(Product::name).findFirst()
				.orElse("#" + productId); //$NON-NLS-1$
	}

	/** The product cell: choosing a product fills the description, the price and the tax rate. */
	private final class ProductEditing extends Cells.Choice<LineRow, Product> {

		ProductEditing() {
			super(linesViewer, LineRow.class, () -> edited(true));
		}

		/** No product first, then the active products and the row's own. */
		@Override
		protected List<Product> options(LineRow row) {
			List<Product> offered = new ArrayList<>();
			offered.add(null);
			products.stream().filter(p -> p.active() || Objects.equals(p.id(), row.productId)).forEach(offered::add);
			return offered;
		}

		@Override
		protected String label(Product product) {
			return product == null ? Messages.Document_noProduct
					: product.code() + " \u2013 " + product.name(); //$NON-NLS-1$
		}

		@Override
		protected boolean holds(LineRow row, Product product) {
			return Objects.equals(product == null ? null : product.id(), row.productId);
		}

		@Override
		protected boolean canEdit(Object element) {
			return record != null;
		}

		@Override
		protected boolean choose(LineRow row, Product product) {
			Long id = product == null ? null : product.id();
			if (Objects.equals(id, row.productId)) {
				return false;
			}
			row.productId = id;
			if (product != null) {
				if (row.description == null || row.description.isBlank()) {
					row.description = product.name();
				}
				row.unitPrice = price(product);
				row.taxRate = product.taxRate() == null ? BigDecimal.ZERO : product.taxRate();
			}
			return true;
		}
	}

	/** The chosen price list's price for {@code product}, else its list price. */
	private BigDecimal price(Product product) {
		int index = priceListCombo.getSelectionIndex() - 1;
		if (index >= 0 && index < offeredPriceLists.size()) {
			BigDecimal listed = offeredPriceLists.get(index).prices().get(product.id());
			if (listed != null) {
				return listed;
			}
		}
		return product.listPrice() == null ? BigDecimal.ZERO : product.listPrice();
	}

	private void createTotals(Composite body) {
		Composite totals = toolkit.createComposite(body);
		WidgetIds.tag(totals, SalesIds.DOCUMENT_TOTALS);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 2).applyTo(totals);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.TOP).applyTo(totals);
		grossLabel = totalRow(totals, Messages.Pdf_gross, null);
		discountLabel = totalRow(totals, Messages.Pdf_discountTotal, null);
		netLabel = totalRow(totals, Messages.Pdf_net, null);
		taxLabel = totalRow(totals, Messages.Pdf_taxTotal, null);
		totalLabel = totalRow(totals, Messages.Pdf_total, SalesIds.DOCUMENT_TOTAL);
		totalLabel.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
	}

	private Label totalRow(Composite parent, String text, String id) {
		toolkit.createLabel(parent, text);
		Label value = toolkit.createLabel(parent, "", SWT.RIGHT); //$NON-NLS-1$
		GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(value);
		if (id != null) {
			WidgetIds.tag(value, id);
		}
		return value;
	}

	private void createActions(Composite body) {
		Composite bar = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(8, 0).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		createOrder = WidgetIds.tag(toolkit.createButton(bar, Messages.Document_createOrder, SWT.PUSH),
				SalesIds.DOCUMENT_CREATE_ORDER);
		createOrder.addListener(SWT.Selection, e -> createNext(DocumentType.ORDER));
		createInvoice = WidgetIds.tag(toolkit.createButton(bar, Messages.Document_createInvoice, SWT.PUSH),
				SalesIds.DOCUMENT_CREATE_INVOICE);
		createInvoice.addListener(SWT.Selection, e -> createNext(DocumentType.INVOICE));
		pay = WidgetIds.tag(toolkit.createButton(bar, Messages.Document_pay, SWT.PUSH), SalesIds.DOCUMENT_PAY);
		pay.addListener(SWT.Selection, e -> recordPayment());
		pdf = WidgetIds.tag(toolkit.createButton(bar, Messages.Document_pdf, SWT.PUSH), SalesIds.DOCUMENT_PDF);
		pdf.addListener(SWT.Selection, e -> {
			if (savedFirst()) {
				PdfExport.run(form, record, customer.party() == null ? "" : customer.party().name()); //$NON-NLS-1$
			}
		});
	}

	private void createPayments(Composite body) {
		paymentsSection = section(body, Messages.Document_payments);
		Composite client = client(paymentsSection);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(client);
		paymentsViewer = Tables.create(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER, SalesIds.DOCUMENT_PAYMENTS);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 80).applyTo(paymentsViewer.getControl());
		Columns<Payment> columns = new Columns<>(paymentsViewer, Payment.class);
		columns.add(Messages.Payment_date, 120, p -> formats.date(p.paidOn()));
		columns.add(Messages.Payment_amount, 130, SWT.RIGHT, p -> formats.money(p.amount(), currencyCode()));
		columns.add(Messages.Payment_method, 160, Payment::method);
		balanceLabel = WidgetIds.tag(toolkit.createLabel(client, ""), SalesIds.DOCUMENT_BALANCE); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(balanceLabel);
	}

	private void createChain(Composite body) {
		Section section = section(body, Messages.Document_chain);
		section.setDescription(Messages.Document_chainHint);
		Composite client = client(section);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(client);
		chainViewer = Tables.create(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER, SalesIds.DOCUMENT_CHAIN);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 80).applyTo(chainViewer.getControl());
		Columns<DocumentRow> columns = new Columns<>(chainViewer, DocumentRow.class);
		columns.add(Messages.Column_type, 100, r -> SalesLabels.type(r.document().type()));
		columns.add(Messages.Column_number, 130, r -> r.document().number());
		columns.add(Messages.Column_issued, 110, r -> formats.date(r.document().issuedOn()));
		columns.add(Messages.Column_total, 130, SWT.RIGHT,
				r -> r.totals() == null ? "" : formats.money(r.totals().total(), r.document().currency())); //$NON-NLS-1$
		chainViewer.addOpenListener(e -> {
			if (chainViewer.getStructuredSelection().getFirstElement() instanceof DocumentRow row) {
				Open.document(getSite().getPage(), row.document());
			}
		});
	}

	// ---- loading -----------------------------------------------------------------------------

	@Override
	protected String loadJob() {
		return Messages.Document_loadJob;
	}

	/** The document and what hangs off it: its payments, the documents it came from and led to. */
	@Override
	protected Supplier<Loaded> reader() {
		Long id = input().id();
		SalesDocument draft = input().draft();
		return () -> read(id, draft);
	}

	@Override
	protected String deletedMessage() {
		return Messages.Document_deleted;
	}

	private static Loaded read(Long id, SalesDocument draft) {
		var documents = SalesServices.documents();
		SalesDocument document = id == null ? draft : documents.document(id).orElse(null);
		if (document == null) {
			return null;
		}
		PartyRef party = SalesServices.parties().find(document.partyId()).map(PartyRef::of).orElse(null);
		List<Payment> payments = List.of();
		BigDecimal balance = null;
		List<DocumentRow> chain = new ArrayList<>();
		if (document.id() != null) {
			if (document.type() == DocumentType.INVOICE) {
				payments = documents.payments(document.id());
				balance = documents.balanceDue(document.id());
			}
			// where it came from, oldest first, then what was made from it
			List<SalesDocument> sources = new ArrayList<>();
			Long source = document.sourceId();
			while (source != null && sources.size() < 10) {
				SalesDocument found = documents.document(source).orElse(null);
				if (found == null) {
					break;
				}
				sources.add(0, found);
				source = found.sourceId();
			}
			sources.addAll(documents.chain(document.id()));
			String name = party == null ? "" : party.name(); //$NON-NLS-1$
			for (SalesDocument linked : sources) {
				if (!Objects.equals(linked.id(), document.id())) {
					chain.add(new DocumentRow(linked, documents.totals(linked), name));
				}
			}
		}
		return new Loaded(document, party, documents.products(true), documents.priceLists(),
				documents.totals(document), payments, balance, chain);
	}

	@Override
	protected void fill(Loaded loaded) {
		record = loaded.document();
		products = loaded.products();
		priceLists = loaded.priceLists();
		balance = loaded.balance();
		customer.show(loaded.party());
		currency.setText(record.currency() == null ? "" : record.currency()); //$NON-NLS-1$
		offerPriceLists();
		Dates.set(issued, record.issuedOn());
		Dates.set(due, record.dueOn() == null ? record.issuedOn() : record.dueOn());
		notes.setText(record.notes() == null ? "" : record.notes()); //$NON-NLS-1$
		lines.clear();
		record.lines().forEach(l -> lines.add(new LineRow(l)));
		linesViewer.setInput(lines);
		showTotals(loaded.totals());
		paymentsViewer.setInput(loaded.payments());
		balanceLabel.setText(balance == null ? "" //$NON-NLS-1$
				: Messages.format(Messages.Document_balance, formats.money(balance, record.currency())));
		chain = loaded.chain();
		chainViewer.setInput(chain);
	}

	@Override
	protected void showLoaded() {
		String name = isDraft(record) ? Messages.format(Messages.Document_new, SalesLabels.type(record.type()))
				: new DocumentRow(record, null, null).label().strip();
		setPartName(name);
		form.setText(name);
		boolean invoice = record.type() == DocumentType.INVOICE;
		paymentsSection.setVisible(invoice);
		((org.eclipse.swt.layout.GridData) paymentsSection.getLayoutData()).exclude = !invoice;
		updateButtons();
	}

	private void offerPriceLists() {
		String code = CurrencyField.read(currency);
		PriceList before = selectedPriceList();
		offeredPriceLists = priceLists.stream().filter(p -> code.equals(p.currency())).toList();
		String[] items = new String[offeredPriceLists.size() + 1];
		items[0] = Messages.Document_listPrices;
		int index = 0;
		for (int i = 0; i < offeredPriceLists.size(); i++) {
			items[i + 1] = offeredPriceLists.get(i).name();
			if (before != null && Objects.equals(before.id(), offeredPriceLists.get(i).id())) {
				index = i + 1;
			}
		}
		priceListCombo.setItems(items);
		priceListCombo.select(index);
	}

	private PriceList selectedPriceList() {
		int index = priceListCombo.getSelectionIndex() - 1;
		return index < 0 || index >= offeredPriceLists.size() ? null : offeredPriceLists.get(index);
	}

	private void showTotals(Totals totals) {
		String code = currencyCode();
		grossLabel.setText(totals == null ? "" : formats.money(totals.gross(), code)); //$NON-NLS-1$
		discountLabel.setText(totals == null ? "" : formats.money(totals.discount(), code)); //$NON-NLS-1$
		netLabel.setText(totals == null ? "" : formats.money(totals.net(), code)); //$NON-NLS-1$
		taxLabel.setText(totals == null ? "" : formats.money(totals.tax(), code)); //$NON-NLS-1$
		totalLabel.setText(totals == null ? "" : formats.money(totals.total(), code)); //$NON-NLS-1$
		totalLabel.getParent().layout();
	}

	private String currencyCode() {
		return currency == null || currency.isDisposed() ? "" : CurrencyField.read(currency); //$NON-NLS-1$
	}

	// ---- editing -----------------------------------------------------------------------------

	/** The user changed something; {@code money} when the totals change with it. */
	private void edited(boolean money) {
		if (isFilling()) {
			return;
		}
		edited();
		if (money) {
			recomputeTotals();
		}
	}

	/** Asks the document service for the totals of the lines as they are now. */
	private void recomputeTotals() {
		SalesDocument current = editedRecord();
		if (current == null) {
			return;
		}
		int run = ++totalsRuns;
		Background.read(Messages.Document_totalsJob, form, () -> SalesServices.documents().totals(current), totals -> {
			if (run == totalsRuns) {
				showTotals(totals);
			}
		}, e -> form.setMessage(Failures.describe(e), IMessageProvider.ERROR));
	}

	@Override
	protected void setEnabled(boolean enabled) {
		for (Control control : new Control[] { customer.changeButton(), currency, priceListCombo, issued, due, notes,
				linesViewer.getControl(), addLine }) {
			control.setEnabled(enabled);
		}
		updateButtons();
	}

	private void updateButtons() {
		boolean saved = record != null && record.id() != null;
		DocumentType type = record == null ? null : record.type();
		removeLine.setEnabled(record != null && !linesViewer.getStructuredSelection().isEmpty());
		createOrder.setVisible(type == DocumentType.QUOTE);
		// one order per quote and one invoice per order: the next step is taken once
		createOrder.setEnabled(saved && !hasNext(DocumentType.ORDER));
		createInvoice.setVisible(type == DocumentType.ORDER);
		createInvoice.setEnabled(saved && !hasNext(DocumentType.INVOICE));
		pay.setVisible(type == DocumentType.INVOICE);
		pay.setEnabled(saved && balance != null && balance.signum() > 0);
		pdf.setEnabled(record != null);
		for (Button button : new Button[] { createOrder, createInvoice, pay }) {
			Object data = button.getLayoutData();
			if (data instanceof org.eclipse.swt.layout.GridData grid) {
				grid.exclude = !button.getVisible();
			} else {
				org.eclipse.swt.layout.GridData grid = new org.eclipse.swt.layout.GridData();
				grid.exclude = !button.getVisible();
				button.setLayoutData(grid);
			}
		}
		createOrder.getParent().layout();
	}

	private boolean hasNext(DocumentType type) {
		return chain.stream().map(DocumentRow::document)
				.anyMatch(d -> d.type() == type && Objects.equals(d.sourceId(), record.id()));
	}

	private void changeParty() {
		Parties.pick(getSite().getShell(), null, Messages.Document_pickParty).ifPresent(p -> {
			customer.show(PartyRef.of(p));
			edited(false);
		});
	}

	/** What the user can change, with amounts compared by value (450 and 450.0000 are the same price). */
	@Override
	protected String fingerprint() {
		SalesDocument document = editedRecord();
		if (document == null) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		text.append(document.partyId()).append('|').append(document.currency()).append('|')
				.append(document.issuedOn()).append('|').append(document.dueOn()).append('|').append(document.notes());
		for (DocumentLine line : document.lines()) {
			text.append('|').append(line.productId()).append(';').append(line.description());
			for (java.math.BigDecimal value : new java.math.BigDecimal[] { line.quantity(), line.unitPrice(),
					line.discountPercent(), line.taxRate() }) {
				text.append(';').append(value == null ? "" : value.stripTrailingZeros().toPlainString()); //$NON-NLS-1$
			}
		}
		return text.toString();
	}

	@Override
	protected boolean isDraft(SalesDocument document) {
		return document.id() == null;
	}

	/** The document with the user's edits. */
	private SalesDocument editedRecord() {
		PartyRef party = customer.party();
		if (record == null || party == null) {
			return null;
		}
		List<DocumentLine> edited = lines.stream().map(LineRow::toLine).toList();
		String text = notes.getText().isBlank() ? null : notes.getText().strip();
		return new SalesDocument(record.id(), record.type(), record.number(), party.id(), record.opportunityId(),
				record.sourceId(), CurrencyField.read(currency), Dates.get(issued), Dates.get(due), edited, text,
				record.version());
	}

	/** Saves pending edits before an action that works on the stored document; whether it is stored now. */
	private boolean savedFirst() {
		if (!isDirty() && record != null && record.id() != null) {
			return true;
		}
		if (!MessageDialog.openQuestion(getSite().getShell(), Messages.Document_saveFirstTitle,
				Messages.Document_saveFirst)) {
			return false;
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		doSave(monitor);
		return !monitor.isCanceled() && !isDirty();
	}

	private void createNext(DocumentType type) {
		if (!savedFirst()) {
			return;
		}
		long sourceId = record.id();
		Background.write(Messages.format(Messages.Document_createJob, SalesLabels.type(type)), form,
				() -> SalesServices.documents().createFrom(sourceId, type),
				created -> {
					load();
					Open.document(getSite().getPage(), created);
				}, e -> Failures.show(getSite().getShell(), SalesLabels.type(type), e));
	}

	private void recordPayment() {
		if (!savedFirst() || balance == null) {
			return;
		}
		PaymentDialog dialog = new PaymentDialog(getSite().getShell(), record.number(), balance, record.currency());
		if (dialog.open() != Window.OK) {
			return;
		}
		long invoiceId = record.id();
		Background.write(Messages.Payment_job, form,
				() -> SalesServices.documents().pay(invoiceId, dialog.paidOn(), dialog.amount(), dialog.method()),
				payment -> load(), e -> {
					load();
					Failures.show(getSite().getShell(), Messages.Payment_title, e);
				});
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		SalesDocument edited = editedRecord();
		if (edited == null || isSaving()) {
			monitor.setCanceled(true);
			return;
		}
		if (save(monitor, Messages.Document_saveJob, () -> SalesServices.documents().save(edited))) {
			input().saved(record.id(), new DocumentRow(record, null, null).label().strip());
			setDirty(false);
			load();
		}
	}

	@Override
	protected String staleMessage() {
		return Messages.format(Messages.Document_stale, getPartName());
	}

	/** A payment or a change made elsewhere: show it, unless the user is editing. */
	@Override
	protected void changedElsewhere(Event event) {
		if (!isDirty() && record != null && record.id() != null && concerns(event, record.id())) {
			load();
		}
	}
}
