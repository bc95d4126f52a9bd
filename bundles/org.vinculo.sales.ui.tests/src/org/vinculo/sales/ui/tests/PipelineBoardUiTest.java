package org.vinculo.sales.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Organization;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.OpportunityQuery;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.Stage;
import org.vinculo.sales.StageChange;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.sales.ui.internal.board.PipelineBoardView;

/**
 * The pipeline board as a sales rep uses it: the B2B pipeline's opportunities
 * in their stage columns, and a card moved to the next stage is saved there,
 * with the move in the opportunity's stage history. (SWT drag and drop cannot
 * be driven under Xvfb; {@link PipelineBoardView#moveCard} is what a drop calls.)
 */
class PipelineBoardUiTest extends SalesUiTest {

	@Test
	void aCardMovedToTheNextStageIsSavedThereWithItsHistory() {
		Pipeline pipeline = SalesFixtures.b2b();
		Stage first = pipeline.firstOpenStage();
		Stage next = SalesFixtures.after(pipeline, first);
		Organization customer = SalesFixtures.organization(SalesFixtures.unique("Board Customer"));
		Opportunity opportunity = SalesFixtures.opportunity(SalesFixtures.unique("Board deal"), customer.getId(),
				pipeline, 12_000, LocalDate.now().plusDays(20), null);

		PipelineBoardView board = (PipelineBoardView) ui.showView(SalesIds.BOARD_VIEW);
		ui.waitUntil("the pipelines in the combo",
				() -> ui.combo(SalesIds.BOARD_PIPELINE).items().contains(pipeline.name()));
		ui.combo(SalesIds.BOARD_PIPELINE).select(pipeline.name());
		ui.waitUntil("the new card in the first column",
				() -> ui.onUi(() -> board.cardIds(first.id()).contains(opportunity.id())),
				() -> "first column shows " + ui.onUi(() -> board.cardIds(first.id())));
		ui.waitForJobs(Background.FAMILY);
		int nextBefore = ui.onUi(() -> board.cardCount(next.id()));
		assertTrue(ui.isShown(SalesIds.BOARD_COLUMN_PREFIX + next.id()), "a column for " + next.name());

		ui.run(() -> board.moveCard(opportunity.id(), next.id()));
		ui.waitForJobs(Background.FAMILY);

		ui.waitUntil("the card in the next column",
				() -> ui.onUi(() -> board.cardIds(next.id()).contains(opportunity.id())));
		assertTrue(ui.onUi(() -> !board.cardIds(first.id()).contains(opportunity.id())), "gone from the first column");
		assertTrue(ui.onUi(() -> board.cardCount(next.id())) >= nextBefore + 1, "one more card in " + next.name());
		// other work (demo data, other tests) may add cards meanwhile: the column shows what the service holds
		ui.waitUntil("the column to count every opportunity of the stage",
				() -> ui.onUi(() -> board.cardCount(next.id())) == inStage(pipeline, next),
				() -> ui.onUi(() -> board.cardCount(next.id())) + " cards, " + inStage(pipeline, next) + " stored");
		Label summary = ui.byId(Label.class,
				SalesIds.BOARD_COLUMN_PREFIX + next.id() + SalesIds.BOARD_COLUMN_SUMMARY_SUFFIX);
		int shown = ui.onUi(() -> board.cardCount(next.id()));
		assertTrue(ui.onUi(summary::getText).startsWith(NumberFormat.getIntegerInstance().format(shown) + " "),
				"the header counts the cards: " + ui.onUi(summary::getText));

		Opportunity saved = SalesServices.sales().find(opportunity.id()).orElseThrow();
		assertEquals(next.id().longValue(), saved.stageId(), "saved in the next stage");
		List<StageChange> history = SalesServices.sales().history(opportunity.id());
		assertTrue(history.stream().anyMatch(
				c -> c.toStageId() == next.id() && Objects.equals(c.fromStageId(), first.id())),
				"the move is in the stage history: " + history);
		ui.screenshot("sales-board");
	}

	private static long inStage(Pipeline pipeline, Stage stage) {
		return SalesServices.sales().opportunities(OpportunityQuery.inPipeline(pipeline.id())).stream()
				.filter(r -> r.stageId() == stage.id()).count();
	}
}
