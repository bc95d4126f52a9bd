package org.vinculo.sales.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.ChoiceListService;
import org.vinculo.core.storage.DataStore;
import org.vinculo.sales.CrossSellService;
import org.vinculo.sales.CrossSellSuggestion;
import org.vinculo.sales.Product;

/**
 * {@link CrossSellService} from what customers bought: the products on their
 * orders and invoices. A customer is similar to the party when it shares a
 * segment value that describes what a customer is (type, industry, business
 * activity, territory; not its origin or our owner, which say nothing about
 * its needs) or bought one of the same products. A suggestion's score is the
 * share of similar customers who bought it; its reason names the link whose
 * customers bought it most often, so the rep can judge it.
 */
@Component(service = CrossSellService.class)
public final class JdbcCrossSellService implements CrossSellService {

	private static final Map<Segment, String> SIMILARITY = Map.of(Segment.TYPE, "TYPE_ID", //$NON-NLS-1$
			Segment.INDUSTRY, "INDUSTRY_ID", Segment.BUSINESS_ACTIVITY, "ACTIVITY_ID", //$NON-NLS-1$ //$NON-NLS-2$
			Segment.TERRITORY, "TERRITORY_ID"); //$NON-NLS-1$
	private static final String PURCHASES = "SALES_DOCUMENT d JOIN SALES_DOCUMENT_LINE l ON l.DOCUMENT_ID = d.ID " //$NON-NLS-1$
			+ "WHERE d.DOC_TYPE IN ('ORDER', 'INVOICE') AND l.PRODUCT_ID IS NOT NULL"; //$NON-NLS-1$

	private final DataStore store;
	private final ChoiceListService choices;

	@Activate
	public JdbcCrossSellService(@Reference DataStore store, @Reference ChoiceListService choices) {
		this.store = store;
		this.choices = choices;
	}

	/** For tests and tools that build the services by hand. */
	public static JdbcCrossSellService on(DataStore store, ChoiceListService choices) {
		return new JdbcCrossSellService(store, choices);
	}

	/** A similar customer: its segment values and what it bought. */
	private record Customer(Map<Segment, Long> segments, Set<Long> products) {
	}

	/** Why a customer counts as similar: a shared segment value or a shared product. */
	private record Link(Segment segment, long value) {

		static Link product(long productId) {
			return new Link(null, productId);
		}
	}

	/** Everything one suggestion run reads, in one transaction. */
	private record Purchases(Map<Segment, Long> segments, Set<Long> own, Map<Long, Customer> customers,
			Map<Long, Product> products) {
	}

	@Override
	public List<CrossSellSuggestion> suggestions(long partyId, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		Purchases purchases = Sql.read(store, connection -> read(connection, partyId));
		if (purchases == null || purchases.customers().isEmpty()) {
			return List.of();
		}
		Map<Long, Customer> customers = purchases.customers();
		Map<Long, Set<Link>> links = new HashMap<>();
		Map<Link, Integer> linked = new HashMap<>();
		customers.forEach((id, customer) -> {
			Set<Link> shared = new HashSet<>();
			purchases.segments().forEach((segment, value) -> {
				if (value.equals(customer.segments().get(segment))) {
					shared.add(new Link(segment, value));
				}
			});
			customer.products().stream().filter(purchases.own()::contains).forEach(p -> shared.add(Link.product(p)));
			links.put(id, shared);
			shared.forEach(link -> linked.merge(link, 1, Integer::sum));
		});
		Map<Long, List<Long>> buyers = new HashMap<>();
		customers.forEach((id, customer) -> customer.products().stream()
				.filter(p -> !purchases.own().contains(p) && purchases.products().containsKey(p)
						&& purchases.products().get(p).active())
				.forEach(p -> buyers.computeIfAbsent(p, k -> new ArrayList<>()).add(id)));
		List<CrossSellSuggestion> suggestions = new ArrayList<>();
		buyers.forEach((productId, who) -> {
			Product product = purchases.products().get(productId);
			double score = (double) who.size() / customers.size();
			suggestions.add(new CrossSellSuggestion(product, who.size(), score,
					reason(product, who, links, linked, purchases.products())));
		});
		suggestions.sort(Comparator.comparingDouble(CrossSellSuggestion::score).reversed()
				.thenComparing(Comparator.comparingInt(CrossSellSuggestion::similarCustomers).reversed())
				.thenComparing(s -> s.product().name(), String.CASE_INSENSITIVE_ORDER));
		return List.copyOf(suggestions.subList(0, Math.min(limit, suggestions.size())));
	}

	private static Purchases read(Connection connection, long partyId) throws SQLException {
		Map<Segment, Long> segments = Sql.first(connection, "SELECT TYPE_ID, INDUSTRY_ID, ACTIVITY_ID, TERRITORY_ID " //$NON-NLS-1$
				+ "FROM PARTY WHERE ID = ?", rows -> { //$NON-NLS-1$
					Map<Segment, Long> values = new EnumMap<>(Segment.class);
					for (Map.Entry<Segment, String> segment : SIMILARITY.entrySet()) {
						Long value = Sql.nullableLong(rows, segment.getValue());
						if (value != null) {
							values.put(segment.getKey(), value);
						}
					}
					return values;
				}, partyId);
		if (segments == null) {
			return null;
		}
		Set<Long> own = new HashSet<>(Sql.list(connection, "SELECT DISTINCT l.PRODUCT_ID FROM " + PURCHASES //$NON-NLS-1$
				+ " AND d.PARTY_ID = ?", rows -> rows.getLong(1), partyId)); //$NON-NLS-1$
		List<String> similar = new ArrayList<>();
		List<Object> parameters = new ArrayList<>();
		parameters.add(partyId);
		segments.forEach((segment, value) -> {
			similar.add("p." + SIMILARITY.get(segment) + " = ?"); //$NON-NLS-1$ //$NON-NLS-2$
			parameters.add(value);
		});
		if (!own.isEmpty()) {
			similar.add("d.PARTY_ID IN (SELECT b.PARTY_ID FROM SALES_DOCUMENT b JOIN SALES_DOCUMENT_LINE bl ON bl.DOCUMENT_ID = b.ID " //$NON-NLS-1$
					+ "WHERE b.DOC_TYPE IN ('ORDER', 'INVOICE') AND bl.PRODUCT_ID IN " + Sql.in(own) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (similar.isEmpty()) {
			return new Purchases(segments, own, Map.of(), Map.of());
		}
		Map<Long, Customer> customers = new HashMap<>();
		Sql.list(connection, "SELECT d.PARTY_ID, p.TYPE_ID, p.INDUSTRY_ID, p.ACTIVITY_ID, p.TERRITORY_ID, l.PRODUCT_ID " //$NON-NLS-1$
				+ "FROM SALES_DOCUMENT d JOIN SALES_DOCUMENT_LINE l ON l.DOCUMENT_ID = d.ID JOIN PARTY p ON p.ID = d.PARTY_ID " //$NON-NLS-1$
				+ "WHERE d.DOC_TYPE IN ('ORDER', 'INVOICE') AND l.PRODUCT_ID IS NOT NULL" //$NON-NLS-1$
				+ " AND p.MERGED_INTO IS NULL AND d.PARTY_ID <> ? AND (" + String.join(" OR ", similar) + ")", rows -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Customer customer = customers.get(rows.getLong(1));
					if (customer == null) {
						Map<Segment, Long> values = new EnumMap<>(Segment.class);
						for (Map.Entry<Segment, String> segment : SIMILARITY.entrySet()) {
							Long value = Sql.nullableLong(rows, segment.getValue());
							if (value != null) {
								values.put(segment.getKey(), value);
							}
						}
						customer = new Customer(values, new HashSet<>());
						customers.put(rows.getLong(1), customer);
					}
					customer.products().add(rows.getLong("PRODUCT_ID")); //$NON-NLS-1$
					return null;
				}, parameters.toArray());
		Set<Long> productIds = new HashSet<>(own);
		customers.values().forEach(customer -> productIds.addAll(customer.products()));
		Map<Long, Product> products = new HashMap<>();
		Sql.list(connection, "SELECT ID, VERSION, CODE, NAME, LIST_PRICE, TAX_RATE, ACTIVE FROM SALES_PRODUCT WHERE ID IN " //$NON-NLS-1$
				+ Sql.in(productIds), rows -> products.put(rows.getLong("ID"), JdbcDocumentService.product(rows))); //$NON-NLS-1$
		return new Purchases(segments, own, customers, products);
	}

	/**
	 * The sentence for {@code product}: of the links between the party and the
	 * product's buyers, the one whose customers bought it most often.
	 */
	private String reason(Product product, List<Long> buyers, Map<Long, Set<Link>> links, Map<Link, Integer> linked,
			Map<Long, Product> products) {
		Map<Link, Integer> bought = new HashMap<>();
		for (Long buyer : buyers) {
			links.get(buyer).forEach(link -> bought.merge(link, 1, Integer::sum));
		}
		Link best = bought.keySet().stream()
				.max(Comparator.<Link>comparingDouble(link -> (double) bought.get(link) / linked.get(link))
						.thenComparingInt(bought::get)
						// a shared segment reads better than a shared product; then a stable order
						.thenComparing(link -> link.segment() != null)
						.thenComparing(Link::value, Comparator.reverseOrder()))
				.orElseThrow();
		int count = bought.get(best);
		int of = linked.get(best);
		if (best.segment() != null) {
			String value = choices.value(best.value()).map(ChoiceValue::getLabel).orElse("#" + best.value()); //$NON-NLS-1$
			return NLS.bind(Messages.CrossSell_segmentReason,
					new Object[] { count, of, best.segment().label(), value, product.name() });
		}
		String shared = Objects.requireNonNullElse(products.get(best.value()), product).name();
		return NLS.bind(Messages.CrossSell_productReason, new Object[] { count, of, shared, product.name() });
	}
}
