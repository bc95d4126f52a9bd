package org.vinculo.sales.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.service.RecordNotFoundException;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.core.service.ValidationException.Problem;
import org.vinculo.core.storage.DataStore;
import org.vinculo.sales.DocumentLine;
import org.vinculo.sales.DocumentService;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Payment;
import org.vinculo.sales.PriceList;
import org.vinculo.sales.Product;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.Totals;

/**
 * {@link DocumentService} in plain JDBC. Documents are numbered per type and
 * year inside the inserting transaction, so two users never get the same
 * number; a payment locks its invoice's row while it checks the balance, so
 * two payments at once cannot together exceed it.
 */
@Component(service = DocumentService.class)
public final class JdbcDocumentService implements DocumentService {

	static final String CODE = "code"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String LIST_PRICE = "listPrice"; //$NON-NLS-1$
	static final String TAX_RATE = "taxRate"; //$NON-NLS-1$
	static final String CURRENCY = "currency"; //$NON-NLS-1$
	static final String PRICES = "prices"; //$NON-NLS-1$
	static final String TYPE = "type"; //$NON-NLS-1$
	static final String PARTY = "partyId"; //$NON-NLS-1$
	static final String OPPORTUNITY = "opportunityId"; //$NON-NLS-1$
	static final String SOURCE = "sourceId"; //$NON-NLS-1$
	static final String ISSUED_ON = "issuedOn"; //$NON-NLS-1$
	static final String DUE_ON = "dueOn"; //$NON-NLS-1$
	static final String LINES = "lines"; //$NON-NLS-1$
	static final String NOTES = "notes"; //$NON-NLS-1$
	static final String AMOUNT = "amount"; //$NON-NLS-1$
	static final String PAID_ON = "paidOn"; //$NON-NLS-1$
	static final String METHOD = "method"; //$NON-NLS-1$

	private static final String DOCUMENT_COLUMNS = "ID, VERSION, DOC_TYPE, DOC_NUMBER, PARTY_ID, OPPORTUNITY_ID, SOURCE_ID, " //$NON-NLS-1$
			+ "CURRENCY, ISSUED_ON, DUE_ON, NOTES"; //$NON-NLS-1$

	private final DataStore store;

	@Activate
	public JdbcDocumentService(@Reference DataStore store) {
		this.store = store;
	}

	/** For tests and tools that build the services by hand. */
	public static JdbcDocumentService on(DataStore store) {
		return new JdbcDocumentService(store);
	}

	// ---- products and price lists

	@Override
	public List<Product> products(boolean includeInactive) {
		String where = includeInactive ? "" : " WHERE ACTIVE = TRUE"; //$NON-NLS-1$ //$NON-NLS-2$
		return Sql.read(store, connection -> Sql.list(connection, "SELECT ID, VERSION, CODE, NAME, LIST_PRICE, TAX_RATE, ACTIVE " //$NON-NLS-1$
				+ "FROM SALES_PRODUCT" + where + " ORDER BY NAME, ID", JdbcDocumentService::product)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static Product product(ResultSet rows) throws SQLException {
		return new Product(rows.getLong("ID"), rows.getString("CODE"), rows.getString("NAME"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				rows.getBigDecimal("LIST_PRICE"), rows.getBigDecimal("TAX_RATE"), rows.getBoolean("ACTIVE"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				rows.getLong("VERSION")); //$NON-NLS-1$
	}

	@Override
	public Product saveProduct(Product product) {
		String code = Sql.trimToNull(product.code());
		String name = Sql.trimToNull(product.name());
		BigDecimal price = product.listPrice() == null ? BigDecimal.ZERO : product.listPrice();
		BigDecimal tax = product.taxRate() == null ? BigDecimal.ZERO : product.taxRate();
		List<Problem> problems = new ArrayList<>();
		if (code == null) {
			problems.add(new Problem(CODE, Messages.Validation_productCodeRequired));
		}
		Checks.fits(problems, CODE, code, 64);
		if (name == null) {
			problems.add(new Problem(NAME, Messages.Validation_productNameRequired));
		}
		Checks.fits(problems, NAME, name, 400);
		if (price.signum() < 0) {
			problems.add(new Problem(LIST_PRICE, Messages.Validation_priceNegative));
		}
		if (!Checks.isPercent(tax)) {
			problems.add(new Problem(TAX_RATE, Messages.Validation_taxRate));
		}
		Checks.require(problems);
		long id = Sql.write(store, connection -> {
			Long taken = Sql.first(connection, "SELECT ID FROM SALES_PRODUCT WHERE LOWER(CODE) = ? AND ID <> ?", //$NON-NLS-1$
					rows -> rows.getLong(1), code.toLowerCase(Locale.ROOT), product.id() == null ? -1L : product.id());
			if (taken != null) {
				throw new ValidationException(List.of(new Problem(CODE, NLS.bind(Messages.Validation_productCodeTaken, code))));
			}
			if (product.id() == null) {
				return Sql.insert(connection, "INSERT INTO SALES_PRODUCT (VERSION, CODE, NAME, LIST_PRICE, TAX_RATE, ACTIVE) " //$NON-NLS-1$
						+ "VALUES (1, ?, ?, ?, ?, ?)", code, name, price, tax, product.active()); //$NON-NLS-1$
			}
			if (Sql.update(connection, "UPDATE SALES_PRODUCT SET CODE = ?, NAME = ?, LIST_PRICE = ?, TAX_RATE = ?, ACTIVE = ?, " //$NON-NLS-1$
					+ "VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?", code, name, price, tax, product.active(), //$NON-NLS-1$
					product.id(), product.version()) == 0) {
				throw new StaleRecordException(NLS.bind(Messages.Stale_product, name), product.id(), null);
			}
			return product.id();
		});
		store.post(TOPIC, Map.of("productId", id)); //$NON-NLS-1$
		return Sql.read(store, connection -> Sql.first(connection, "SELECT ID, VERSION, CODE, NAME, LIST_PRICE, TAX_RATE, ACTIVE " //$NON-NLS-1$
				+ "FROM SALES_PRODUCT WHERE ID = ?", JdbcDocumentService::product, id)); //$NON-NLS-1$
	}

	@Override
	public List<PriceList> priceLists() {
		return Sql.read(store, JdbcDocumentService::priceLists);
	}

	private static List<PriceList> priceLists(Connection connection) throws SQLException {
		Map<Long, Map<Long, BigDecimal>> prices = new HashMap<>();
		Sql.list(connection, "SELECT PRICE_LIST_ID, PRODUCT_ID, PRICE FROM SALES_PRICE", rows -> { //$NON-NLS-1$
			prices.computeIfAbsent(rows.getLong(1), k -> new HashMap<>()).put(rows.getLong(2), rows.getBigDecimal(3));
			return null;
		});
		return Sql.list(connection, "SELECT ID, VERSION, NAME, CURRENCY FROM SALES_PRICE_LIST ORDER BY NAME, ID", //$NON-NLS-1$
				rows -> new PriceList(rows.getLong("ID"), rows.getString("NAME"), Sql.trimmed(rows, "CURRENCY"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						prices.getOrDefault(rows.getLong("ID"), Map.of()), rows.getLong("VERSION"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public PriceList savePriceList(PriceList list) {
		String name = Sql.trimToNull(list.name());
		String currency = Checks.currency(list.currency());
		List<Problem> problems = new ArrayList<>();
		if (name == null) {
			problems.add(new Problem(NAME, Messages.Validation_priceListNameRequired));
		}
		Checks.fits(problems, NAME, name, 200);
		Checks.currency(problems, CURRENCY, currency);
		if (list.prices().values().stream().anyMatch(price -> price == null || price.signum() < 0)) {
			problems.add(new Problem(PRICES, Messages.Validation_priceNegative));
		}
		Checks.require(problems);
		long id = Sql.write(store, connection -> {
			if (!list.prices().isEmpty() && Sql.count(connection, "SELECT COUNT(*) FROM SALES_PRODUCT WHERE ID IN " //$NON-NLS-1$
					+ Sql.in(list.prices().keySet())) != list.prices().size()) {
				throw new ValidationException(List.of(new Problem(PRICES, Messages.Validation_priceUnknownProduct)));
			}
			long listId;
			if (list.id() == null) {
				listId = Sql.insert(connection, "INSERT INTO SALES_PRICE_LIST (VERSION, NAME, CURRENCY) VALUES (1, ?, ?)", //$NON-NLS-1$
						name, currency);
			} else {
				listId = list.id();
				if (Sql.update(connection, "UPDATE SALES_PRICE_LIST SET NAME = ?, CURRENCY = ?, VERSION = VERSION + 1 " //$NON-NLS-1$
						+ "WHERE ID = ? AND VERSION = ?", name, currency, listId, list.version()) == 0) { //$NON-NLS-1$
					throw new StaleRecordException(NLS.bind(Messages.Stale_priceList, name), listId, null);
				}
				Sql.update(connection, "DELETE FROM SALES_PRICE WHERE PRICE_LIST_ID = ?", listId); //$NON-NLS-1$
			}
			for (Map.Entry<Long, BigDecimal> price : list.prices().entrySet()) {
				Sql.update(connection, "INSERT INTO SALES_PRICE (PRICE_LIST_ID, PRODUCT_ID, PRICE) VALUES (?, ?, ?)", //$NON-NLS-1$
						listId, price.getKey(), price.getValue());
			}
			return listId;
		});
		store.post(TOPIC, Map.of("priceListId", id)); //$NON-NLS-1$
		return priceLists().stream().filter(saved -> saved.id() == id).findFirst().orElseThrow();
	}

	// ---- documents

	@Override
	public List<SalesDocument> documents(DocumentType type, Long partyId) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1"); //$NON-NLS-1$
		List<Object> parameters = new ArrayList<>();
		if (type != null) {
			where.append(" AND DOC_TYPE = ?"); //$NON-NLS-1$
			parameters.add(type.name());
		}
		if (partyId != null) {
			where.append(" AND PARTY_ID = ?"); //$NON-NLS-1$
			parameters.add(partyId);
		}
		return Sql.read(store, connection -> documents(connection, where.toString(), parameters.toArray()));
	}

	@Override
	public Optional<SalesDocument> document(long id) {
		return Optional.ofNullable(Sql.read(store, connection -> document(connection, id)));
	}

	static SalesDocument document(Connection connection, long id) throws SQLException {
		List<SalesDocument> found = documents(connection, " WHERE ID = ?", id); //$NON-NLS-1$
		return found.isEmpty() ? null : found.get(0);
	}

	/** Documents matching {@code where} (on SALES_DOCUMENT) with their lines, oldest first. */
	private static List<SalesDocument> documents(Connection connection, String where, Object... parameters)
			throws SQLException {
		Map<Long, List<DocumentLine>> lines = new HashMap<>();
		Sql.list(connection, "SELECT DOCUMENT_ID, PRODUCT_ID, DESCRIPTION, QUANTITY, UNIT_PRICE, DISCOUNT_PERCENT, TAX_RATE " //$NON-NLS-1$
				+ "FROM SALES_DOCUMENT_LINE WHERE DOCUMENT_ID IN (SELECT ID FROM SALES_DOCUMENT" + where + ") " //$NON-NLS-1$ //$NON-NLS-2$
				+ "ORDER BY DOCUMENT_ID, SORT_ORDER", rows -> { //$NON-NLS-1$
					lines.computeIfAbsent(rows.getLong("DOCUMENT_ID"), k -> new ArrayList<>()) //$NON-NLS-1$
							.add(new DocumentLine(Sql.nullableLong(rows, "PRODUCT_ID"), rows.getString("DESCRIPTION"), //$NON-NLS-1$ //$NON-NLS-2$
									rows.getBigDecimal("QUANTITY"), rows.getBigDecimal("UNIT_PRICE"), //$NON-NLS-1$ //$NON-NLS-2$
									rows.getBigDecimal("DISCOUNT_PERCENT"), rows.getBigDecimal("TAX_RATE"))); //$NON-NLS-1$ //$NON-NLS-2$
					return null;
				}, parameters);
		return Sql.list(connection, "SELECT " + DOCUMENT_COLUMNS + " FROM SALES_DOCUMENT" + where //$NON-NLS-1$ //$NON-NLS-2$
				+ " ORDER BY ISSUED_ON, ID", rows -> new SalesDocument(rows.getLong("ID"), //$NON-NLS-1$ //$NON-NLS-2$
						DocumentType.valueOf(rows.getString("DOC_TYPE").strip()), rows.getString("DOC_NUMBER"), //$NON-NLS-1$ //$NON-NLS-2$
						rows.getLong("PARTY_ID"), Sql.nullableLong(rows, "OPPORTUNITY_ID"), //$NON-NLS-1$ //$NON-NLS-2$
						Sql.nullableLong(rows, "SOURCE_ID"), Sql.trimmed(rows, "CURRENCY"), Sql.date(rows, "ISSUED_ON"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						Sql.date(rows, "DUE_ON"), lines.getOrDefault(rows.getLong("ID"), List.of()), //$NON-NLS-1$ //$NON-NLS-2$
						rows.getString("NOTES"), rows.getLong("VERSION")), //$NON-NLS-1$ //$NON-NLS-2$
				parameters);
	}

	@Override
	public SalesDocument save(SalesDocument document) {
		String currency = Checks.currency(document.currency());
		String notes = Sql.trimToNull(document.notes());
		LocalDate issuedOn = document.issuedOn() != null || document.id() != null ? document.issuedOn() : LocalDate.now();
		List<Problem> problems = new ArrayList<>();
		if (document.type() == null) {
			problems.add(new Problem(TYPE, Messages.Validation_documentTypeRequired));
		}
		Checks.currency(problems, CURRENCY, currency);
		if (issuedOn == null) {
			problems.add(new Problem(ISSUED_ON, Messages.Validation_issuedOnRequired));
		} else if (document.dueOn() != null && document.dueOn().isBefore(issuedOn)) {
			problems.add(new Problem(DUE_ON, NLS.bind(Messages.Validation_dueBeforeIssue, document.dueOn(), issuedOn)));
		}
		Checks.fits(problems, NOTES, notes, 4000);
		checkLines(problems, document.lines());
		Checks.require(problems);
		SalesDocument checked = new SalesDocument(document.id(), document.type(), document.number(),
				document.partyId(), document.opportunityId(), document.sourceId(), currency, issuedOn, document.dueOn(),
				document.lines(), notes, document.version());
		long id = Sql.write(store, connection -> {
			checkReferences(connection, checked);
			if (checked.id() == null) {
				return insert(connection, checked);
			}
			SalesDocument current = document(connection, checked.id());
			if (current == null || current.version() != checked.version()) {
				throw stale(current == null ? checked.number() : current.number(), checked.id());
			}
			if (current.type() != checked.type()) {
				throw new ValidationException(List.of(new Problem(TYPE, Messages.Validation_documentTypeChanged)));
			}
			// the number and the document it came from are history: they stay as stored
			if (Sql.update(connection, "UPDATE SALES_DOCUMENT SET PARTY_ID = ?, OPPORTUNITY_ID = ?, CURRENCY = ?, ISSUED_ON = ?, " //$NON-NLS-1$
					+ "DUE_ON = ?, NOTES = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?", checked.partyId(), //$NON-NLS-1$
					checked.opportunityId(), currency, issuedOn, checked.dueOn(), notes, checked.id(),
					checked.version()) == 0) {
				throw stale(current.number(), checked.id());
			}
			Sql.update(connection, "DELETE FROM SALES_DOCUMENT_LINE WHERE DOCUMENT_ID = ?", checked.id()); //$NON-NLS-1$
			insertLines(connection, checked.id(), checked.lines());
			return checked.id();
		});
		store.post(TOPIC, Map.of("id", id)); //$NON-NLS-1$
		return document(id).orElseThrow();
	}

	private static void checkLines(List<Problem> problems, List<DocumentLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			DocumentLine line = lines.get(i);
			int number = i + 1;
			if (line.quantity() == null || line.quantity().signum() <= 0) {
				problems.add(new Problem(LINES, NLS.bind(Messages.Validation_lineQuantity, number)));
			}
			if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
				problems.add(new Problem(LINES, NLS.bind(Messages.Validation_linePrice, number)));
			}
			if (line.discountPercent() != null && !Checks.isPercent(line.discountPercent())) {
				problems.add(new Problem(LINES, NLS.bind(Messages.Validation_lineDiscount, number)));
			}
			if (line.taxRate() != null && !Checks.isPercent(line.taxRate())) {
				problems.add(new Problem(LINES, NLS.bind(Messages.Validation_lineTax, number)));
			}
			if (line.productId() == null && Sql.trimToNull(line.description()) == null) {
				problems.add(new Problem(LINES, NLS.bind(Messages.Validation_lineDescription, number)));
			}
			Checks.fits(problems, LINES, line.description(), 1000);
		}
	}

	private static void checkReferences(Connection connection, SalesDocument document) throws SQLException {
		List<Problem> problems = new ArrayList<>();
		if (Sql.count(connection, "SELECT COUNT(*) FROM PARTY WHERE ID = ? AND MERGED_INTO IS NULL", //$NON-NLS-1$
				document.partyId()) == 0) {
			problems.add(new Problem(PARTY, Messages.Validation_partyRequired));
		}
		if (document.opportunityId() != null
				&& Sql.count(connection, "SELECT COUNT(*) FROM OPPORTUNITY WHERE ID = ?", document.opportunityId()) == 0) { //$NON-NLS-1$
			problems.add(new Problem(OPPORTUNITY, Messages.Validation_opportunityUnknown));
		}
		Set<Long> products = new HashSet<>();
		document.lines().stream().filter(line -> line.productId() != null).forEach(line -> products.add(line.productId()));
		Set<Long> known = products.isEmpty() ? Set.of()
				: new HashSet<>(Sql.list(connection, "SELECT ID FROM SALES_PRODUCT WHERE ID IN " + Sql.in(products), //$NON-NLS-1$
						rows -> rows.getLong(1)));
		for (int i = 0; i < document.lines().size(); i++) {
			Long product = document.lines().get(i).productId();
			if (product != null && !known.contains(product)) {
				problems.add(new Problem(LINES, NLS.bind(Messages.Validation_lineProductUnknown, i + 1)));
			}
		}
		Checks.require(problems);
	}

	/** Inserts a new document under the next number of its type and year. */
	private static long insert(Connection connection, SalesDocument document) throws SQLException {
		String number = nextNumber(connection, document.type(), document.issuedOn().getYear());
		long id = Sql.insert(connection, "INSERT INTO SALES_DOCUMENT (VERSION, DOC_TYPE, DOC_NUMBER, PARTY_ID, OPPORTUNITY_ID, " //$NON-NLS-1$
				+ "SOURCE_ID, CURRENCY, ISSUED_ON, DUE_ON, NOTES, CREATED_AT) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
				document.type().name(), number, document.partyId(), document.opportunityId(), document.sourceId(),
				document.currency(), document.issuedOn(), document.dueOn(), document.notes(), Sql.now());
		insertLines(connection, id, document.lines());
		return id;
	}

	private static void insertLines(Connection connection, long documentId, List<DocumentLine> lines)
			throws SQLException {
		int position = 1;
		for (DocumentLine line : lines) {
			Sql.insert(connection, "INSERT INTO SALES_DOCUMENT_LINE (DOCUMENT_ID, SORT_ORDER, PRODUCT_ID, DESCRIPTION, QUANTITY, " //$NON-NLS-1$
					+ "UNIT_PRICE, DISCOUNT_PERCENT, TAX_RATE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", documentId, position++, //$NON-NLS-1$
					line.productId(), Sql.trimToNull(line.description()), line.quantity(), line.unitPrice(),
					orZero(line.discountPercent()), orZero(line.taxRate()));
		}
	}

	/** Q-2026-0001, SO-2026-0001, INV-2026-0001: counted per type and year, in the caller's transaction. */
	static String nextNumber(Connection connection, DocumentType type, int year) throws SQLException {
		if (Sql.update(connection, "UPDATE SALES_DOCUMENT_COUNTER SET LAST_NUMBER = LAST_NUMBER + 1 " //$NON-NLS-1$
				+ "WHERE DOC_TYPE = ? AND COUNTER_YEAR = ?", type.name(), year) == 0) { //$NON-NLS-1$
			Sql.update(connection, "INSERT INTO SALES_DOCUMENT_COUNTER (DOC_TYPE, COUNTER_YEAR, LAST_NUMBER) VALUES (?, ?, 1)", //$NON-NLS-1$
					type.name(), year);
		}
		long number = Sql.count(connection, "SELECT LAST_NUMBER FROM SALES_DOCUMENT_COUNTER WHERE DOC_TYPE = ? AND COUNTER_YEAR = ?", //$NON-NLS-1$
				type.name(), year);
		return String.format(Locale.ROOT, "%s-%d-%04d", prefix(type), year, number); //$NON-NLS-1$
	}

	private static String prefix(DocumentType type) {
		return switch (type) {
		case QUOTE -> "Q"; //$NON-NLS-1$
		case ORDER -> "SO"; //$NON-NLS-1$
		case INVOICE -> "INV"; //$NON-NLS-1$
		};
	}

	@Override
	public SalesDocument createFrom(long sourceId, DocumentType type) {
		long id = Sql.write(store, connection -> {
			SalesDocument source = document(connection, sourceId);
			if (source == null) {
				throw new RecordNotFoundException(NLS.bind(Messages.NotFound_document, sourceId));
			}
			// a sale moves forward: quote, then order, then invoice (a quote may be invoiced directly)
			if (type == null || type.ordinal() <= source.type().ordinal()) {
				throw new ValidationException(List.of(new Problem(TYPE, Messages.Validation_createFrom)));
			}
			SalesDocument created = new SalesDocument(null, type, null, source.partyId(), source.opportunityId(),
					source.id(), source.currency(), LocalDate.now(), null, source.lines(), null, 0);
			checkReferences(connection, created);
			return insert(connection, created);
		});
		store.post(TOPIC, Map.of("id", id)); //$NON-NLS-1$
		return document(id).orElseThrow();
	}

	@Override
	public List<SalesDocument> chain(long id) {
		return Sql.read(store, connection -> {
			Set<Long> found = new HashSet<>();
			Set<Long> frontier = Set.of(id);
			while (!frontier.isEmpty()) {
				Set<Long> next = new HashSet<>(Sql.list(connection, "SELECT ID FROM SALES_DOCUMENT WHERE SOURCE_ID IN " //$NON-NLS-1$
						+ Sql.in(frontier), rows -> rows.getLong(1)));
				next.removeAll(found);
				next.remove(id);
				found.addAll(next);
				frontier = next;
			}
			if (found.isEmpty()) {
				return List.<SalesDocument>of();
			}
			List<SalesDocument> documents = new ArrayList<>(documents(connection, " WHERE ID IN " + Sql.in(found))); //$NON-NLS-1$
			documents.sort(Comparator.comparing(SalesDocument::type).thenComparing(SalesDocument::id));
			return documents;
		});
	}

	@Override
	public Totals totals(SalesDocument document) {
		return DocumentMath.totals(document.lines(), document.currency());
	}

	// ---- payments

	@Override
	public Payment pay(long invoiceId, LocalDate paidOn, BigDecimal amount, String method) {
		String payMethod = Sql.trimToNull(method);
		long id = Sql.write(store, connection -> {
			// locks the invoice row: a second payment waits until this one is committed
			Sql.update(connection, "UPDATE SALES_DOCUMENT SET VERSION = VERSION WHERE ID = ?", invoiceId); //$NON-NLS-1$
			SalesDocument invoice = document(connection, invoiceId);
			if (invoice == null) {
				throw new RecordNotFoundException(NLS.bind(Messages.NotFound_document, invoiceId));
			}
			List<Problem> problems = new ArrayList<>();
			if (invoice.type() != DocumentType.INVOICE) {
				problems.add(new Problem(TYPE, Messages.Validation_paymentNotInvoice));
			}
			if (paidOn == null) {
				problems.add(new Problem(PAID_ON, Messages.Validation_paymentDate));
			}
			Checks.fits(problems, METHOD, payMethod, 64);
			BigDecimal due = balanceDue(connection, invoice);
			if (amount == null || amount.signum() <= 0) {
				problems.add(new Problem(AMOUNT, Messages.Validation_paymentPositive));
			} else if (amount.stripTrailingZeros().scale() > DocumentMath.digits(invoice.currency())) {
				problems.add(new Problem(AMOUNT, NLS.bind(Messages.Validation_paymentDigits, amount, invoice.currency())));
			} else if (amount.compareTo(due) > 0) {
				problems.add(new Problem(AMOUNT, NLS.bind(Messages.Validation_paymentTooLarge, amount, due)));
			}
			Checks.require(problems);
			return Sql.insert(connection, "INSERT INTO SALES_PAYMENT (INVOICE_ID, PAID_ON, AMOUNT, PAY_METHOD, CREATED_AT) " //$NON-NLS-1$
					+ "VALUES (?, ?, ?, ?, ?)", invoiceId, paidOn, amount, payMethod, Sql.now()); //$NON-NLS-1$
		});
		store.post(TOPIC, Map.of("id", invoiceId)); //$NON-NLS-1$
		return payments(invoiceId).stream().filter(payment -> payment.id() == id).findFirst().orElseThrow();
	}

	@Override
	public List<Payment> payments(long invoiceId) {
		return Sql.read(store, connection -> payments(connection, invoiceId));
	}

	private static List<Payment> payments(Connection connection, long invoiceId) throws SQLException {
		return Sql.list(connection, "SELECT ID, INVOICE_ID, PAID_ON, AMOUNT, PAY_METHOD FROM SALES_PAYMENT WHERE INVOICE_ID = ? " //$NON-NLS-1$
				+ "ORDER BY PAID_ON, ID", rows -> new Payment(rows.getLong("ID"), rows.getLong("INVOICE_ID"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						Sql.date(rows, "PAID_ON"), rows.getBigDecimal("AMOUNT"), rows.getString("PAY_METHOD")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				invoiceId);
	}

	@Override
	public BigDecimal balanceDue(long invoiceId) {
		return Sql.read(store, connection -> {
			SalesDocument invoice = document(connection, invoiceId);
			if (invoice == null) {
				throw new RecordNotFoundException(NLS.bind(Messages.NotFound_document, invoiceId));
			}
			return balanceDue(connection, invoice);
		});
	}

	private static BigDecimal balanceDue(Connection connection, SalesDocument invoice) throws SQLException {
		BigDecimal due = DocumentMath.totals(invoice.lines(), invoice.currency()).total();
		for (Payment payment : payments(connection, invoice.id())) {
			due = due.subtract(payment.amount());
		}
		return DocumentMath.money(due, invoice.currency());
	}

	private static StaleRecordException stale(String number, long id) {
		return new StaleRecordException(NLS.bind(Messages.Stale_document, number), id, null);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
