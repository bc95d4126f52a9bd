package org.vinculo.sales.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.CustomValues;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.FieldType;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.service.FieldService;
import org.vinculo.sales.Opportunity;
import org.vinculo.sales.Pipeline;
import org.vinculo.sales.Stage;
import org.vinculo.sales.StageKind;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.Open;
import org.vinculo.sales.ui.internal.PipelineFieldTypes;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesServices;

/**
 * S1: a pipeline's own extra fields. An admin adds "Seats" to a renewals
 * pipeline (the pipeline is an entity type of Preferences > Fields); its
 * opportunities show the field in their editor, a value is saved with the
 * opportunity, and a value that is not a number is refused.
 */
class PipelineFieldsUiTest extends SalesUiTest {

	@Test
	void aPipelinesExtraFieldIsEditedSavedAndChecked() {
		Pipeline renewals = SalesServices.sales().savePipeline(new Pipeline(null, SalesFixtures.unique("Renewals"),
				PartyKind.ORGANIZATION, List.of(new Stage(null, "Due", 50, StageKind.OPEN, 0),
						new Stage(null, "Renewed", 100, StageKind.WON, 1), new Stage(null, "Churned", 0, StageKind.LOST, 2)),
				false, 0));
		assertTrue(new PipelineFieldTypes().entityTypes().containsKey(renewals.fieldEntityType()),
				"Preferences > Fields offers the pipeline");
		SalesServices.get(FieldService.class)
				.save(new FieldDefinition(renewals.fieldEntityType(), "seats", "Seats", FieldType.NUMBER));
		Organization customer = SalesFixtures.organization(SalesFixtures.unique("Renewing Customer"));
		Opportunity opportunity = SalesFixtures.opportunity(SalesFixtures.unique("Renewal"), customer.getId(), renewals,
				9_000, LocalDate.now().plusDays(30), null);

		IEditorPart editor = ui.onUi(() -> Open.opportunity(ui.page(), opportunity.id(), opportunity.title()));
		ui.waitForJobs(Background.FAMILY);
		String seats = SalesIds.OPPORTUNITY_CUSTOM_PREFIX + "seats";
		ui.text(seats).setText("25");
		ui.waitUntil("the editor to be dirty", () -> ui.onUi(editor::isDirty));
		ui.screenshot("sales-pipeline-fields");
		ui.run(() -> ui.page().saveEditor(editor, false));
		ui.waitForJobs(Background.FAMILY);
		ui.waitUntil("the value to be stored", () -> "25".equals(seats(opportunity.id())), () -> seats(opportunity.id()));

		ui.text(seats).setText("many");
		ui.run(() -> ui.page().saveEditor(editor, false));
		ui.waitForJobs(Background.FAMILY);
		ui.flush();
		assertEquals("25", seats(opportunity.id()), "a value that is not a number is refused");
		assertTrue(ui.onUi(editor::isDirty), "the refused edit stays in the editor");
		ui.run(() -> ui.page().closeEditor(editor, false));
	}

	private static String seats(long opportunityId) {
		return CustomValues.decode(SalesServices.sales().find(opportunityId).orElseThrow().customValues()).get("seats");
	}
}
