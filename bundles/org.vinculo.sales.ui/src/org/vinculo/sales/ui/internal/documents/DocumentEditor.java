package org.vinculo.sales.ui.internal.documents;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.sales.DocumentLine;
import org.vinculo.sales.DocumentService;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Payment;
import org.vinculo.sales.PriceList;
import org.vinculo.sales.Product;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.Totals;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.Columns;
import org.vinculo.sales.ui.internal.CurrencyField;
import org.vinculo.sales.ui.internal.Dates;
import org.vinculo.sales.ui.internal.DocumentRow;
import org.vinculo.sales.ui.internal.Failures;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.Open;
import org.vinculo.sales.ui.internal.PartyRef;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesLabels;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.Parties;

/**
 * A quote, sales order or invoice: customer, currency, dates, line items
 * edited in place, and the totals as the document service computes them. A
 * quote becomes an order, an order an invoice; an invoice records payments and
 * shows what is still due. The documents it came from and led to are listed,
 * and any of them can be saved as a PDF.
 */
public final class DocumentEditor extends EditorPart {

	public static final String ID = SalesIds.DOCUMENT_EDITOR;

	private final Formats formats = Formats.user();
	private final EventHandler onChange = this::changed;
	private final List<LineRow> lines = new ArrayList<>();

	private FormToolkit toolkit;
	private ScrolledForm form;
	private Hyperlink partyLink;
	private Button partyChange;
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
	private IEventBroker broker;

	private SalesDocument record;
	private PartyRef party;
	private List<Product> products = List.of();
	private List<PriceList> priceLists = List.of();
	private List<PriceList> offeredPriceLists = List.of();
	private BigDecimal balance;
	private boolean dirty;
	private boolean filling;
	/** The document as shown after loading, normalized: edits that undo themselves leave the editor clean. */
	private String shown;
	/** The documents created from this one (and from those), as last loaded. */
	private List<DocumentRow> chain = List.of();
	private boolean saving;
	private int loads;
	private int totalsRuns;

	/** Everything the editor shows, read in one job. */
	private record Loaded(SalesDocument document, PartyRef party, List<Product> products, List<PriceList> priceLists,
			Totals totals, List<Payment> payments, BigDecimal balance, List<DocumentRow> chain) {
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DocumentEditorInput)) {
			throw new PartInitException("Unexpected input " + input); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	private DocumentEditorInput documentInput() {
		return (DocumentEditorInput) getEditorInput();
	}

	/** The document as last loaded or saved ({@code null} while loading). */
	public SalesDocument record() {
		return record;
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = WidgetIds.tag(toolkit.createScrolledForm(parent), SalesIds.DOCUMENT_FORM);
		toolkit.decorateFormHeading(form.getForm());
		form.setText(documentInput().getName());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(10, 10).spacing(10, 10).applyTo(body);

		createHeader(body);
		createLines(body);
		createTotals(body);
		createActions(body);
		createPayments(body);
		createChain(body);

		setEnabled(false);
		form.setMessage(Messages.Common_loading, IMessageProvider.INFORMATION);
		broker = getSite().getService(IEventBroker.class);
		if (broker != null) {
			broker.subscribe(DocumentService.TOPIC, onChange);
		}
		load();
	}

	private Section section(Composite body, String text) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR);
		section.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		return section;
	}

	private void createHeader(Composite body) {
		Section section = section(body, Messages.Document_details);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).spacing(10, 6).applyTo(client);

		toolkit.createLabel(client, Messages.Field_customer);
		Composite partyRow = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 0).applyTo(partyRow);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(partyRow);
		partyLink = WidgetIds.tag(toolkit.createHyperlink(partyRow, "", SWT.NONE), SalesIds.DOCUMENT_PARTY); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(partyLink);
		partyLink.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				if (party != null) {
					Open.party(getSite().getPage(), party.id());
				}
			}
		});
		partyChange = WidgetIds.tag(toolkit.createButton(partyRow, Messages.Button_change, SWT.PUSH),
				SalesIds.DOCUMENT_PARTY_CHANGE);
		partyChange.addListener(SWT.Selection, e -> changeParty());

		toolkit.createLabel(client, Messages.Field_currency);
		currency = WidgetIds.tag(CurrencyField.create(client, Formats.DEFAULT_CURRENCY), SalesIds.DOCUMENT_CURRENCY);
		toolkit.adapt(currency, true, false);
		GridDataFactory.swtDefaults().hint(70, SWT.DEFAULT).applyTo(currency);
		currency.addListener(SWT.Modify, e -> {
			if (!filling) {
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

		section.setClient(client);
		toolkit.paintBordersFor(client);
	}

	private void createLines(Composite body) {
		Section section = section(body, Messages.Document_lines);
		section.setDescription(Messages.Document_linesHint);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(client);
		linesViewer = new TableViewer(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(linesViewer.getTable(), SalesIds.DOCUMENT_LINES);
		linesViewer.getTable().setData(SalesIds.VIEWER_KEY, linesViewer);
		linesViewer.getTable().setHeaderVisible(true);
		linesViewer.getTable().setLinesVisible(true);
		linesViewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 150).applyTo(linesViewer.getControl());
		Columns<LineRow> columns = new Columns<>(linesViewer, LineRow.class);
		TableViewerColumn product = columns.add(Messages.Column_product, 170, l -> productName(l.productId));
		product.setEditingSupport(new ProductEditing());
		columns.add(Messages.Column_description, 240, l -> l.description)
				.setEditingSupport(new TextEditing(l -> l.description == null ? "" : l.description, //$NON-NLS-1$
						(l, text) -> l.description = text.strip()));
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
		section.setClient(client);
		toolkit.paintBordersFor(client);
	}

	private void numberColumn(Columns<LineRow> columns, String header, Function<LineRow, BigDecimal> get,
			BiConsumer<LineRow, BigDecimal> set) {
		columns.add(header, 90, SWT.RIGHT, l -> formats.plain(get.apply(l))).setEditingSupport(new TextEditing(
				l -> formats.plain(get.apply(l)), (l, text) -> {
					try {
						BigDecimal value = formats.parse(text);
						set.accept(l, value == null ? BigDecimal.ZERO : value);
						form.setMessage(null, IMessageProvider.NONE);
					} catch (NumberFormatException e) {
						form.setMessage(Messages.format(Messages.Document_notANumber, text),
								IMessageProvider.ERROR);
					}
				}));
	}

	private String productName(Long productId) {
		if (productId == null) {
			return ""; //$NON-NLS-1$
		}
		return products.stream().filter(p -> Objects.equals(p.id(), productId)).map(Product::name).findFirst()
				.orElse("#" + productId); //$NON-NLS-1$
	}

	/** A text cell: shows {@code get}, stores what was typed with {@code set}. */
	private final class TextEditing extends EditingSupport {
		private final Function<LineRow, String> get;
		private final BiConsumer<LineRow, String> set;
		private CellEditor editor;

		TextEditing(Function<LineRow, String> get, BiConsumer<LineRow, String> set) {
			super(linesViewer);
			this.get = get;
			this.set = set;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (editor == null) {
				editor = new TextCellEditor(linesViewer.getTable());
			}
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return record != null;
		}

		@Override
		protected Object getValue(Object element) {
			return get.apply((LineRow) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			LineRow row = (LineRow) element;
			String before = get.apply(row);
			if (Objects.equals(before, value)) {
				return;
			}
			set.accept(row, String.valueOf(value));
			linesViewer.update(row, null);
			edited(true);
		}
	}

	/** The product cell: choosing a product fills the description, the price and the tax rate. */
	private final class ProductEditing extends EditingSupport {
		private List<Product> offered = List.of();
		private ComboBoxCellEditor editor;

		ProductEditing() {
			super(linesViewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			Long current = ((LineRow) element).productId;
			offered = products.stream().filter(p -> p.active() || Objects.equals(p.id(), current)).toList();
			String[] items = new String[offered.size() + 1];
			items[0] = Messages.Document_noProduct;
			for (int i = 0; i < offered.size(); i++) {
				items[i + 1] = offered.get(i).code() + " \u2013 " + offered.get(i).name(); //$NON-NLS-1$
			}
			if (editor == null) {
				editor = new ComboBoxCellEditor(linesViewer.getTable(), items, SWT.READ_ONLY);
			} else {
				editor.setItems(items);
			}
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return record != null;
		}

		@Override
		protected Object getValue(Object element) {
			Long current = ((LineRow) element).productId;
			for (int i = 0; i < offered.size(); i++) {
				if (Objects.equals(offered.get(i).id(), current)) {
					return i + 1;
				}
			}
			return 0;
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = value instanceof Integer i ? i : -1;
			if (index < 0) {
				return;
			}
			LineRow row = (LineRow) element;
			Product product = index == 0 || index > offered.size() ? null : offered.get(index - 1);
			Long id = product == null ? null : product.id();
			if (Objects.equals(id, row.productId)) {
				return;
			}
			row.productId = id;
			if (product != null) {
				if (row.description == null || row.description.isBlank()) {
					row.description = product.name();
				}
				row.unitPrice = price(product);
				row.taxRate = product.taxRate() == null ? BigDecimal.ZERO : product.taxRate();
			}
			linesViewer.update(row, null);
			edited(true);
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
				PdfExport.run(form, record, party == null ? "" : party.name()); //$NON-NLS-1$
			}
		});
	}

	private void createPayments(Composite body) {
		paymentsSection = section(body, Messages.Document_payments);
		Composite client = toolkit.createComposite(paymentsSection);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(client);
		paymentsViewer = new TableViewer(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(paymentsViewer.getTable(), SalesIds.DOCUMENT_PAYMENTS);
		paymentsViewer.getTable().setHeaderVisible(true);
		paymentsViewer.getTable().setLinesVisible(true);
		paymentsViewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 80).applyTo(paymentsViewer.getControl());
		Columns<Payment> columns = new Columns<>(paymentsViewer, Payment.class);
		columns.add(Messages.Payment_date, 120, p -> formats.date(p.paidOn()));
		columns.add(Messages.Payment_amount, 130, SWT.RIGHT, p -> formats.money(p.amount(), currencyCode()));
		columns.add(Messages.Payment_method, 160, Payment::method);
		balanceLabel = WidgetIds.tag(toolkit.createLabel(client, ""), SalesIds.DOCUMENT_BALANCE); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(balanceLabel);
		paymentsSection.setClient(client);
		toolkit.paintBordersFor(client);
	}

	private void createChain(Composite body) {
		Section section = section(body, Messages.Document_chain);
		section.setDescription(Messages.Document_chainHint);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(client);
		chainViewer = new TableViewer(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(chainViewer.getTable(), SalesIds.DOCUMENT_CHAIN);
		chainViewer.getTable().setHeaderVisible(true);
		chainViewer.getTable().setLinesVisible(true);
		chainViewer.setContentProvider(ArrayContentProvider.getInstance());
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
		section.setClient(client);
		toolkit.paintBordersFor(client);
	}

	// ---- loading -----------------------------------------------------------------------------

	/** Reads the document and what hangs off it again, dropping unsaved edits. */
	public void load() {
		if (form == null || form.isDisposed()) {
			return;
		}
		Long id = documentInput().id();
		SalesDocument draft = documentInput().draft();
		int sequence = ++loads;
		Background.read(Messages.Document_loadJob, form, () -> read(id, draft), loaded -> show(sequence, loaded),
				e -> form.setMessage(Failures.describe(e), IMessageProvider.ERROR));
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

	private void show(int sequence, Loaded loaded) {
		if (sequence != loads) {
			return;
		}
		if (loaded == null) {
			setEnabled(false);
			form.setMessage(Messages.Document_deleted, IMessageProvider.WARNING);
			return;
		}
		filling = true;
		try {
			record = loaded.document();
			party = loaded.party();
			products = loaded.products();
			priceLists = loaded.priceLists();
			balance = loaded.balance();
			showParty();
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
		} finally {
			filling = false;
		}
		shown = fingerprint(editedRecord());
		boolean draft = record.id() == null;
		setDirty(draft); // a new document is unsaved until the user saves it
		setEnabled(true);
		String name = new DocumentRow(record, null, null).label().strip();
		if (draft) {
			name = Messages.format(Messages.Document_new, SalesLabels.type(record.type()));
		}
		setPartName(name);
		form.setText(name);
		form.setMessage(null, IMessageProvider.NONE);
		boolean invoice = record.type() == DocumentType.INVOICE;
		paymentsSection.setVisible(invoice);
		((org.eclipse.swt.layout.GridData) paymentsSection.getLayoutData()).exclude = !invoice;
		updateButtons();
		form.reflow(true);
	}

	private void showParty() {
		partyLink.setText(party == null ? "" : party.name()); //$NON-NLS-1$
		partyLink.getParent().layout();
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
		if (filling) {
			return;
		}
		// GTK reports some programmatic changes (dates, combos) after the fill: only a real difference counts
		setDirty(record.id() == null || !Objects.equals(shown, fingerprint(editedRecord())));
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

	private void setDirty(boolean value) {
		if (dirty != value) {
			dirty = value;
			firePropertyChange(PROP_DIRTY);
		}
	}

	private void setEnabled(boolean enabled) {
		for (Control control : new Control[] { partyChange, currency, priceListCombo, issued, due, notes,
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
			party = PartyRef.of(p);
			showParty();
			edited(false);
		});
	}

	/** The document with the user's edits. */
	/** What the user can change, with amounts compared by value (450 and 450.0000 are the same price). */
	private static String fingerprint(SalesDocument document) {
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

	private SalesDocument editedRecord() {
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
		if (!dirty && record != null && record.id() != null) {
			return true;
		}
		if (!MessageDialog.openQuestion(getSite().getShell(), Messages.Document_saveFirstTitle,
				Messages.Document_saveFirst)) {
			return false;
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		doSave(monitor);
		return !monitor.isCanceled() && !dirty;
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
	public boolean isDirty() {
		return dirty;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		SalesDocument edited = editedRecord();
		if (edited == null || saving) {
			monitor.setCanceled(true);
			return;
		}
		AtomicReference<SalesDocument> saved = new AtomicReference<>();
		saving = true;
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(progress -> {
				progress.beginTask(Messages.Document_saveJob, IProgressMonitor.UNKNOWN);
				saved.set(SalesServices.documents().save(edited));
				progress.done();
			});
		} catch (InvocationTargetException e) {
			monitor.setCanceled(true);
			saveFailed(e.getCause() == null ? e : e.getCause());
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			monitor.setCanceled(true);
			return;
		} finally {
			saving = false;
		}
		record = saved.get();
		String name = new DocumentRow(record, null, null).label().strip();
		documentInput().saved(record.id(), name);
		setDirty(false);
		load();
	}

	private void saveFailed(Throwable failure) {
		if (failure instanceof StaleRecordException) {
			MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.Editor_staleTitle, null,
					Messages.format(Messages.Document_stale, getPartName()), MessageDialog.WARNING, 0,
					Messages.Editor_reload, Messages.Editor_keepEditing);
			if (dialog.open() == 0) {
				setDirty(false);
				load();
			}
		} else if (failure instanceof ValidationException) {
			form.setMessage(Messages.Editor_fixErrors, IMessageProvider.ERROR);
			Failures.show(getSite().getShell(), Messages.Editor_saveFailedTitle, failure);
		} else {
			Failures.show(getSite().getShell(), Messages.Editor_saveFailedTitle, failure);
		}
	}

	@Override
	public void doSaveAs() {
		// a document is saved where it belongs; Save as PDF writes a copy
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** A payment or a change made elsewhere: show it, unless the user is editing. */
	private void changed(Event event) {
		if (form == null || form.isDisposed() || saving || dirty || record == null || record.id() == null) {
			return;
		}
		Object id = event.getProperty(RecordEvents.ID);
		if (id == null || id instanceof Number number && number.longValue() == record.id()) {
			load();
		}
	}

	@Override
	public void setFocus() {
		if (form != null && !form.isDisposed()) {
			form.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (broker != null) {
			broker.unsubscribe(onChange);
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
