package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityStatus;
import org.vinculo.core.model.Party;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.activities.AgendaView;
import org.vinculo.ui.internal.activities.CurrentUser;

/**
 * Activities as a user meets them: logged from a person's editor with the
 * organization it was about, shown on both timelines, waiting in the owner's
 * agenda, and marked done there with one key.
 */
class ActivitiesUiTest extends WorkbenchTest {

	private static final int SUBJECT = 2;
	private static final int AGENDA_SUBJECT = 3;

	@Test
	void anActivityWithBothSidesShowsOnBothTimelinesAndIsDoneFromTheAgenda() {
		String subject = "Lunch about the XYZ introduction";
		Workbench.openFromPartiesView(ui, "Pepe Gómez", "Pepe Gómez");
		ui.button(WidgetIds.ACTIVITIES_ADD).click();
		ui.shell("New Activity");
		ui.combo(WidgetIds.ACTIVITY_KIND).select("Meeting");
		ui.text(WidgetIds.ACTIVITY_SUBJECT).typeText(subject);
		ui.button(WidgetIds.ACTIVITY_ORGANIZATION_CHOOSE).click();
		ui.shell("Select Organization");
		ui.text(WidgetIds.PICKER_FILTER).typeText("Suministros");
		TableDriver picker = ui.table(WidgetIds.PICKER_TABLE);
		picker.doubleClick(picker.waitForRow(Workbench.NAME, "Suministros SA"));
		ui.waitForShellClosed("Select Organization");
		assertEquals("Suministros SA", ui.text(WidgetIds.ACTIVITY_ORGANIZATION).getText());
		ui.button(WidgetIds.DIALOG_OK).click();
		ui.waitForShellClosed("New Activity");

		TableDriver timeline = ui.table(WidgetIds.ACTIVITIES_TABLE);
		timeline.waitForRow(SUBJECT, subject);
		Party pepe = Workbench.only("Pepe Gómez");
		Party suministros = Workbench.only("Suministros SA");
		Activity saved = CoreServices.activities().timeline(suministros.getId(), null).stream()
				.filter(a -> a.getSubject().equals(subject)).findFirst().orElseThrow();
		assertTrue(saved.concerns(pepe.getId()), "attached to Pepe and to Suministros SA");
		assertEquals(CurrentUser.get(), saved.getOwnerId(), "new activities are the current user's");

		Workbench.openFromPartiesView(ui, "Suministros SA", "Suministros SA");
		ui.table(WidgetIds.ACTIVITIES_TABLE).waitForRow(SUBJECT, subject);

		ui.showView(AgendaView.ID);
		TableDriver agenda = ui.table(WidgetIds.AGENDA_TABLE);
		int row = agenda.waitForRow(AGENDA_SUBJECT, subject);
		agenda.select(row);
		ui.run(() -> agenda.widget().setFocus());
		ui.pressKey(SWT.CTRL, 'd');
		ui.waitUntil("the done activity to leave the agenda", () -> agenda.indexOf(AGENDA_SUBJECT, subject) < 0);
		assertEquals(ActivityStatus.DONE, CoreServices.activities().timeline(pepe.getId(), null).stream()
				.filter(a -> a.getSubject().equals(subject)).findFirst().orElseThrow().getStatus());
		List<Activity> left = CoreServices.activities().agenda(CurrentUser.get(), LocalDateTime.now().plusDays(7));
		assertTrue(left.stream().noneMatch(a -> a.getSubject().equals(subject)));
	}
}
