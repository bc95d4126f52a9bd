package org.vinculo.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.storage.DataStore;
import org.vinculo.core.users.Team;
import org.vinculo.core.users.TeamService;
import org.vinculo.core.users.User;
import org.vinculo.demo.DemoDataContribution;
import org.vinculo.sales.ContactRole;
import org.vinculo.sales.DocumentLine;
import org.vinculo.sales.DocumentService;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.OpportunityQuery;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.PriceList;
import org.vinculo.sales.Product;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.SalesService;
import org.vinculo.sales.Stage;
import org.vinculo.sales.StageKind;

/**
 * The sales side of the demo: a team with quotas, a product catalogue, some
 * fifty opportunities across both pipelines around today (the older ones won or
 * lost, with their stage history dated back), and a quote that became an order,
 * an invoice and a partial payment. Loaded once: not when its catalogue exists.
 */
public final class SalesDemoData implements DemoDataContribution {

	private static final String EUR = "EUR"; //$NON-NLS-1$
	static final String MARKER_PRODUCT = "CRM-LIC"; //$NON-NLS-1$
	private final Random random = new Random(7);

	@Override
	public void loadIfMissing() {
		SalesService sales = service(SalesService.class);
		DataStore store = service(DataStore.class);
		DocumentService documents = service(DocumentService.class);
		// the demo's catalogue marks it loaded (a user may well have opportunities of their own first)
		if (documents.products(true).stream().anyMatch(p -> MARKER_PRODUCT.equals(p.code()))) {
			return;
		}
		TeamService teams = service(TeamService.class);
		List<User> users = teams.users(false);
		if (users.isEmpty()) {
			return;
		}
		List<Product> products = catalogue(documents);
		List<Long> reps = users.stream().map(User::id).toList();
		if (users.size() >= 3 && teams.teams().isEmpty()) {
			teams.save(new Team(null, "Iberia & LatAm", reps.get(reps.size() - 1), reps.subList(0, 2), 0)); //$NON-NLS-1$
			if (users.size() >= 4) {
				teams.save(new Team(null, "Key accounts", reps.get(reps.size() - 1), reps.subList(2, reps.size() - 1), 0)); //$NON-NLS-1$
			}
		}
		YearMonth now = YearMonth.now();
		for (Long rep : reps) {
			for (int month = 1; month <= 12; month++) {
				teams.setQuota(rep, YearMonth.of(now.getYear(), month), BigDecimal.valueOf(40_000 + 5_000 * random.nextInt(5)));
			}
		}
		Map<Long, BigDecimal> prices = new java.util.HashMap<>();
		products.forEach(p -> prices.put(p.id(), p.listPrice()));
		documents.savePriceList(new PriceList(null, "Tarifa 2026 (EUR)", EUR, prices, 0)); //$NON-NLS-1$

		List<long[]> parties = store.read(connection -> {
			List<long[]> result = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(
							"SELECT ID, KIND FROM PARTY WHERE MERGED_INTO IS NULL ORDER BY ID")) { //$NON-NLS-1$
				while (rows.next()) {
					result.add(new long[] { rows.getLong(1), "O".equals(rows.getString(2)) ? 1 : 0 }); //$NON-NLS-1$
				}
			}
			return result;
		});
		Pipeline b2b = pipeline(sales, PartyKind.ORGANIZATION);
		Pipeline b2c = pipeline(sales, PartyKind.PERSON);
		List<Long> organizations = parties.stream().filter(p -> p[1] == 1).map(p -> p[0]).limit(36).toList();
		List<Long> persons = parties.stream().filter(p -> p[1] == 0).map(p -> p[0]).limit(16).toList();
		String[] b2bTitles = { "CRM roll-out", "Licence renewal", "Support upgrade", "Data migration", "Training plan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"Reporting pack", "Second site" }; //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < organizations.size(); i++) {
			BigDecimal amount = BigDecimal.valueOf(5_000 + 1_000L * random.nextInt(110));
			opportunity(store, sales, b2b, organizations.get(i), b2bTitles[i % b2bTitles.length], amount, reps.get(i % reps.size()));
		}
		String[] b2cTitles = { "Home office bundle", "Personal licence", "Training course", "Premium support" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (int i = 0; i < persons.size(); i++) {
			BigDecimal amount = BigDecimal.valueOf(200 + 50L * random.nextInt(60));
			opportunity(store, sales, b2c, persons.get(i), b2cTitles[i % b2cTitles.length], amount, reps.get(i % reps.size()));
		}
		purchases(sales, documents, products, organizations);
		contacts(store, sales, organizations);
	}

	private static <S> S service(Class<S> type) {
		BundleContext context = FrameworkUtil.getBundle(SalesDemoData.class).getBundleContext();
		ServiceReference<S> reference = context.getServiceReference(type);
		if (reference == null) {
			throw new IllegalStateException("Service not available: " + type.getName()); //$NON-NLS-1$
		}
		return context.getService(reference);
	}

	private static Pipeline pipeline(SalesService sales, PartyKind kind) {
		return sales.pipelines(false).stream().filter(p -> p.partyKind() == kind).findFirst().orElseThrow();
	}

	private static List<Product> catalogue(DocumentService documents) {
		Object[][] rows = { { "CRM-LIC", "CRM licence (user, year)", "1200" }, { "IMPL-DAY", "Implementation day", "800" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				{ "TRAIN", "Training course", "450" }, { "SUP-GOLD", "Gold support plan (year)", "2400" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				{ "MIGR", "Data migration", "1500" }, { "MOBILE", "Mobile add-on (user, year)", "300" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				{ "REPORTS", "Reporting pack", "600" }, { "CONSULT", "Consulting hour", "95" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		List<Product> products = new ArrayList<>();
		for (Object[] row : rows) {
			products.add(documents.saveProduct(new Product(null, (String) row[0], (String) row[1],
					new BigDecimal((String) row[2]), new BigDecimal("21"), true, 0))); //$NON-NLS-1$
		}
		return products;
	}

	/**
	 * One opportunity: closing between two months ago and seven months ahead;
	 * the past ones won or lost. Its creation and every stage move are dated
	 * back so cycle lengths and histories look lived-in.
	 */
	private void opportunity(DataStore store, SalesService sales, Pipeline pipeline, long partyId, String title,
			BigDecimal amount, long owner) {
		LocalDate today = LocalDate.now();
		LocalDate close = today.plusDays(-60 + random.nextInt(270));
		Opportunity saved = sales.save(Opportunity.draft(title, partyId, pipeline, amount, EUR, close, owner));
		List<Stage> open = pipeline.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
		Stage won = pipeline.stages().stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
		Stage lost = pipeline.stages().stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElse(won);
		List<Stage> path = new ArrayList<>();
		if (close.isBefore(today)) {
			path.addAll(open.subList(1, 1 + random.nextInt(open.size() - 1)));
			path.add(random.nextInt(3) == 0 ? lost : won);
		} else {
			int reached = random.nextInt(open.size());
			path.addAll(open.subList(1, reached + 1));
		}
		Opportunity current = saved;
		for (Stage stage : path) {
			current = sales.move(current.id(), stage.id(), current.version(), owner);
		}
		backdate(store, current.id(), close, path.size());
	}

	private void backdate(DataStore store, long id, LocalDate close, int moves) {
		LocalDate today = LocalDate.now();
		LocalDate end = close.isBefore(today) ? close : today.minusDays(random.nextInt(10));
		LocalDate createdOn = end.minusDays(20 + random.nextInt(100));
		store.write(connection -> {
			try (PreparedStatement created = connection.prepareStatement(
					"UPDATE OPPORTUNITY SET CREATED_AT = ? WHERE ID = ?"); //$NON-NLS-1$
					PreparedStatement opportunity = connection.prepareStatement(
							"UPDATE OPPORTUNITY SET CLOSED_AT = ? WHERE ID = ? AND CLOSED_AT IS NOT NULL"); //$NON-NLS-1$
					PreparedStatement changes = connection.prepareStatement(
							"SELECT ID FROM OPPORTUNITY_STAGE_CHANGE WHERE OPPORTUNITY_ID = ? ORDER BY ID"); //$NON-NLS-1$
					PreparedStatement dateChange = connection.prepareStatement(
							"UPDATE OPPORTUNITY_STAGE_CHANGE SET CHANGED_AT = ? WHERE ID = ?")) { //$NON-NLS-1$
				created.setTimestamp(1, at(createdOn));
				created.setLong(2, id);
				created.executeUpdate();
				opportunity.setTimestamp(1, at(end));
				opportunity.setLong(2, id);
				opportunity.executeUpdate();
				changes.setLong(1, id);
				List<Long> ids = new ArrayList<>();
				try (ResultSet rows = changes.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getLong(1));
					}
				}
				long span = Math.max(1, end.toEpochDay() - createdOn.toEpochDay());
				for (int i = 0; i < ids.size(); i++) {
					// the first change is the creation; the moves spread evenly up to the end
					long day = ids.size() == 1 ? 0 : span * i / (ids.size() - 1);
					dateChange.setTimestamp(1, at(createdOn.plusDays(day)));
					dateChange.setLong(2, ids.get(i));
					dateChange.executeUpdate();
				}
			}
			return moves;
		});
	}

	private static Timestamp at(LocalDate day) {
		return Timestamp.from(day.atTime(LocalTime.of(10, 0)).atZone(ZoneId.systemDefault()).toInstant());
	}

	/**
	 * Purchases for the cross-sell suggestions and the document chain: orders
	 * and invoices for a third of the organizations, and the first one's quote
	 * followed all the way to a partial payment.
	 */
	private void purchases(SalesService sales, DocumentService documents, List<Product> products, List<Long> organizations) {
		LocalDate today = LocalDate.now();
		for (int i = 0; i < organizations.size(); i += 3) {
			long party = organizations.get(i);
			List<DocumentLine> lines = new ArrayList<>();
			int first = random.nextInt(3);
			for (Product product : List.of(products.get(first), products.get(3 + random.nextInt(2)),
					products.get(5 + random.nextInt(3)))) {
				lines.add(new DocumentLine(product.id(), product.name(), BigDecimal.valueOf(1 + random.nextInt(10)),
						product.listPrice(), BigDecimal.valueOf(5L * random.nextInt(3)), product.taxRate()));
			}
			Long opportunity = sales.opportunities(OpportunityQuery.ofParty(party)).stream().findFirst()
					.map(r -> r.id()).orElse(null);
			LocalDate issued = today.minusDays(40 + i);
			SalesDocument quote = documents.save(new SalesDocument(null, DocumentType.QUOTE, null, party, opportunity,
					null, EUR, issued, issued.plusDays(30), lines, null, 0));
			if (i == 0) {
				SalesDocument order = documents.createFrom(quote.id(), DocumentType.ORDER);
				SalesDocument invoice = documents.createFrom(order.id(), DocumentType.INVOICE);
				BigDecimal half = documents.totals(invoice).total().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
				documents.pay(invoice.id(), today.minusDays(3), half, "Bank transfer"); //$NON-NLS-1$
			} else if (i % 2 == 1 || i % 6 == 3) {
				documents.createFrom(documents.createFrom(quote.id(), DocumentType.ORDER).id(), DocumentType.INVOICE);
			} else {
				documents.createFrom(quote.id(), DocumentType.ORDER);
			}
		}
	}

	/** Up to two people of each of the first organizations as the opportunity's contacts, with roles. */
	private static void contacts(DataStore store, SalesService sales, List<Long> organizations) {
		List<String> roles = sales.contactRoles().stream().map(r -> r.getCode() != null ? r.getCode()
				: String.valueOf(r.getId())).toList();
		for (Long organization : organizations.subList(0, Math.min(10, organizations.size()))) {
			List<Long> people = store.read(connection -> {
				List<Long> ids = new ArrayList<>();
				try (PreparedStatement query = connection.prepareStatement(
						"SELECT PERSON_ID FROM AFFILIATION WHERE ORGANIZATION_ID = ? ORDER BY ID")) { //$NON-NLS-1$
					query.setLong(1, organization);
					try (ResultSet rows = query.executeQuery()) {
						while (rows.next() && ids.size() < 2) {
							ids.add(rows.getLong(1));
						}
					}
				}
				return ids;
			});
			for (var row : sales.opportunities(OpportunityQuery.ofParty(organization))) {
				List<ContactRole> contacts = new ArrayList<>();
				for (int i = 0; i < people.size() && i < roles.size(); i++) {
					contacts.add(new ContactRole(people.get(i), roles.get(i)));
				}
				if (!contacts.isEmpty()) {
					sales.find(row.id()).ifPresent(o -> sales.save(o.withContacts(contacts)));
				}
			}
		}
	}
}
