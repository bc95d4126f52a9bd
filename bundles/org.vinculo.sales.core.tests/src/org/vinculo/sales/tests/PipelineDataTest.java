package org.vinculo.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vinculo.core.model.CustomValues;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.FieldType;
import org.vinculo.core.service.ValidationException;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.Stage;

/**
 * A pipeline's own fields are checked like a party's custom fields. The
 * pipelines and stages the plug-in ships keep their code and English name
 * in the database while users see them in their own language (the Spanish UI
 * test shows "Ventas a empresas"); saving one unchanged keeps it shipped, and
 * an admin's rename is the admin's word in every language.
 */
class PipelineDataTest extends SalesStoreFixture {

	@Test
	void savingAShippedPipelineUnchangedKeepsItShippedAndARenameIsKept() throws Exception {
		Pipeline business = store.sales.pipelines(false).stream().filter(p -> p.name().equals(SalesStore.BUSINESS))
				.findFirst().orElseThrow();
		store.sales.savePipeline(business);
		assertEquals(List.of("business|Business sales"), rows("SELECT CODE, NAME FROM SALES_PIPELINE WHERE CODE = 'business'"));

		Pipeline current = store.sales.pipeline(business.id()).orElseThrow();
		List<Stage> stages = new ArrayList<>(current.stages());
		Stage won = SalesStore.stage(current, "Closed won");
		stages.set(stages.indexOf(won), new Stage(won.id(), "Signed", won.probability(), won.kind(), won.position()));
		Pipeline renamed = store.sales.savePipeline(new Pipeline(current.id(), "Key accounts", current.partyKind(), stages,
				false, current.version()));
		assertEquals("Key accounts", renamed.name());
		assertEquals("Signed", SalesStore.stage(renamed, "Signed").name());
		assertEquals(List.of("business|Key accounts"), rows("SELECT CODE, NAME FROM SALES_PIPELINE WHERE CODE = 'business'"));
		assertEquals(List.of("business.closed-won|Signed", "business.negotiation|Negotiation"),
				rows("SELECT CODE, NAME FROM SALES_STAGE WHERE CODE IN ('business.closed-won', 'business.negotiation') ORDER BY CODE"));
	}

	@Test
	void anOpportunitysExtraFieldsAreCheckedAgainstItsPipeline() {
		Pipeline business = store.sales.pipelines(false).stream().filter(p -> p.name().equals(SalesStore.BUSINESS))
				.findFirst().orElseThrow();
		FieldDefinition seats = new FieldDefinition(business.fieldEntityType(), "seats", "Seats", FieldType.NUMBER);
		seats.setRequired(true);
		store.fields.save(seats);
		long customer = store.organization("Renewals Inc").getId();
		Opportunity draft = Opportunity.draft("Renewal", customer, business, new BigDecimal("9000"), "EUR",
				LocalDate.now().plusDays(30), null);
		ValidationException missing = assertThrows(ValidationException.class, () -> store.sales.save(draft));
		assertTrue(missing.concerns("custom.seats"), missing.getMessage());
		ValidationException notANumber = assertThrows(ValidationException.class,
				() -> store.sales.save(with(draft, "seats=many")));
		assertTrue(notANumber.concerns("custom.seats"), notANumber.getMessage());
		Opportunity saved = store.sales.save(with(draft, "seats=25"));
		assertEquals("25", CustomValues.decode(store.sales.find(saved.id()).orElseThrow().customValues()).get("seats"));
	}

	private static Opportunity with(Opportunity o, String customValues) {
		return new Opportunity(o.id(), o.title(), o.partyId(), o.pipelineId(), o.stageId(), o.amount(), o.currency(),
				o.closeDate(), o.ownerId(), o.sourceCampaign(), o.contacts(), customValues, o.createdAt(), o.closedAt(),
				o.version());
	}

	private List<String> rows(String sql) throws Exception {
		List<String> rows = new ArrayList<>();
		try (var connection = store.database.connection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1) + "|" + result.getString(2));
			}
		}
		return rows;
	}
}
