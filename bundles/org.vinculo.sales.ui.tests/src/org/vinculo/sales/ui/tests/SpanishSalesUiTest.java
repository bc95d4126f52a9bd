package org.vinculo.sales.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.Stage;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.sales.ui.internal.board.PipelineBoardView;

/**
 * The sales plug-in in Spanish (this class runs in its own launch with
 * {@code -nl es}): its menu, its terms, and the pipelines and stages it ships,
 * which are stored in English and shown in the user's language.
 */
class SpanishSalesUiTest extends SalesUiTest {

	@Test
	void menuBoardAndShippedPipelinesSpeakSpanish() {
		List<String> menu = ui.menuItems("Ventas").stream().map(i -> i.replace("&", "")).toList();
		assertTrue(menu.contains("Tablero del embudo") && menu.stream().anyMatch(i -> i.startsWith("Nueva oportunidad")),
				menu::toString);

		PipelineBoardView board = (PipelineBoardView) ui.showView(SalesIds.BOARD_VIEW);
		ui.waitUntil("the shipped B2B pipeline, in Spanish",
				() -> ui.combo(SalesIds.BOARD_PIPELINE).items().contains("Ventas a empresas"),
				() -> ui.combo(SalesIds.BOARD_PIPELINE).items().toString());
		ui.combo(SalesIds.BOARD_PIPELINE).select("Ventas a empresas");
		Pipeline business = SalesServices.sales().pipelines(false).stream()
				.filter(p -> p.name().equals("Ventas a empresas")).findFirst().orElseThrow();
		Stage negotiation = business.stages().stream().filter(s -> s.name().equals("Negociación")).findFirst()
				.orElseThrow(() -> new AssertionError("stages: " + business.stages()));
		ui.waitUntil("the Negociación column on the board",
				() -> ui.isShown(SalesIds.BOARD_COLUMN_PREFIX + negotiation.id()));
		assertTrue(ui.onUi(() -> board.cardCount(negotiation.id())) >= 0);
		ui.screenshot("sales-board-es");
	}
}
