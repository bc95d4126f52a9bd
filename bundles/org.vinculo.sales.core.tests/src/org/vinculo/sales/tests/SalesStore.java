package org.vinculo.sales.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Segment;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JdbcDataStore;
import org.vinculo.core.persistence.internal.JdbcTeamService;
import org.vinculo.core.persistence.internal.JpaActivityService;
import org.vinculo.core.persistence.internal.JpaAffiliationService;
import org.vinculo.core.persistence.internal.JpaChoiceListService;
import org.vinculo.core.persistence.internal.JpaFieldService;
import org.vinculo.core.persistence.internal.JpaMergeService;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.sales.DocumentLine;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.Product;
import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.Stage;
import org.vinculo.sales.internal.JdbcCrossSellService;
import org.vinculo.sales.internal.JdbcDocumentService;
import org.vinculo.sales.internal.JdbcForecastService;
import org.vinculo.sales.internal.JdbcSalesService;

/**
 * A real embedded Derby database with the core and sales services on it, as
 * the product wires them, plus the small shortcuts the tests share.
 */
final class SalesStore implements AutoCloseable {

	static final String CONSUMER = "Consumer sales";
	static final String BUSINESS = "Business sales";

	final Database database;
	final JdbcDataStore data;
	final JdbcTeamService teams;
	final JpaPartyService parties;
	final JpaAffiliationService affiliations;
	final JpaActivityService activities;
	final JpaChoiceListService choices;
	final JpaFieldService fields;
	final JdbcSalesService sales;
	final JdbcDocumentService documents;
	final JdbcForecastService forecasts;
	final JdbcCrossSellService crossSell;

	SalesStore(Path directory) {
		database = Database.openEmbedded(directory);
		data = JdbcDataStore.on(database);
		teams = JdbcTeamService.on(database);
		parties = new JpaPartyService(database);
		affiliations = new JpaAffiliationService(database);
		activities = new JpaActivityService(database);
		choices = new JpaChoiceListService(database);
		fields = new JpaFieldService(database);
		sales = JdbcSalesService.on(data, choices, fields);
		documents = JdbcDocumentService.on(data);
		forecasts = JdbcForecastService.on(data, teams);
		crossSell = JdbcCrossSellService.on(data, choices);
	}

	JpaMergeService merges() {
		return JpaMergeService.on(database);
	}

	Person person(String first, String last) {
		return parties.createPerson(new Person(first, last));
	}

	Organization organization(String name) {
		return parties.createOrganization(new Organization(name));
	}

	/** An organization in the given industry (a built-in code of the industry list). */
	Organization organization(String name, String industry) {
		Organization draft = new Organization(name);
		draft.setSegment(Segment.INDUSTRY, choice(Segment.INDUSTRY.listCode(), industry).getId());
		return parties.createOrganization(draft);
	}

	ChoiceValue choice(String list, String code) {
		return choices.values(list, true).stream().filter(v -> code.equals(v.getCode())).findFirst().orElseThrow();
	}

	/** A user: an entry of the owner list. */
	long user(String name) {
		return choices.save(new ChoiceValue(Segment.OWNER.listCode(), name)).getId();
	}

	Pipeline pipeline(String name) {
		return sales.pipelines(true).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}

	static Stage stage(Pipeline pipeline, String name) {
		return pipeline.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

	Opportunity opportunity(String title, long partyId, String pipeline, String stage, String amount,
			String currency, LocalDate closeDate, Long owner) {
		Pipeline chosen = pipeline(pipeline);
		Opportunity draft = Opportunity.draft(title, partyId, chosen, new BigDecimal(amount), currency, closeDate, owner);
		return sales.save(draft.withStage(stage(chosen, stage).id()));
	}

	/** A business opportunity in {@code stage}, titled after the stage and the amount ("Proposal 10000"). */
	Opportunity deal(long partyId, String stage, String amount, String currency, LocalDate closeDate, Long owner) {
		return opportunity(stage + " " + amount, partyId, BUSINESS, stage, amount, currency, closeDate, owner);
	}

	Product product(String code, String name, String price, String tax) {
		return documents.saveProduct(new Product(null, code, name, new BigDecimal(price), new BigDecimal(tax), true, 0));
	}

	static DocumentLine line(Product product, String quantity, String price, String discount, String tax) {
		return new DocumentLine(product == null ? null : product.id(), product == null ? "Service" : product.name(),
				new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(discount), new BigDecimal(tax));
	}

	SalesDocument document(DocumentType type, long partyId, String currency, LocalDate issuedOn, List<DocumentLine> lines) {
		return documents.save(new SalesDocument(null, type, null, partyId, null, null, currency, issuedOn, null, lines,
				null, 0));
	}

	/** Runs test set-up SQL the services offer no call for (back-dating records). */
	void execute(String sql, Object... parameters) {
		data.write(connection -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < parameters.length; i++) {
					statement.setObject(i + 1, parameters[i]);
				}
				return statement.executeUpdate();
			}
		});
	}

	long count(String sql, Object... parameters) {
		return data.read(connection -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < parameters.length; i++) {
					statement.setObject(i + 1, parameters[i]);
				}
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					return rows.getLong(1);
				}
			}
		});
	}

	@Override
	public void close() {
		database.close();
	}
}
