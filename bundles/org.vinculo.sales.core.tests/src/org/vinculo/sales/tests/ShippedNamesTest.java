package org.vinculo.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.Stage;

/**
 * The pipelines and stages the plug-in ships keep their code and English name
 * in the database while users see them in their own language (the Spanish UI
 * test shows "Ventas a empresas"); saving one unchanged keeps it shipped, and
 * an admin's rename is the admin's word in every language.
 */
class ShippedNamesTest {

	@TempDir
	Path folder;

	private SalesStore store;

	@BeforeEach
	void open() {
		store = new SalesStore(folder.resolve("db"));
	}

	@AfterEach
	void close() {
		store.close();
	}

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
