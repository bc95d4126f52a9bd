package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityKind;
import org.vinculo.core.model.ActivityStatus;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.activities.AgendaView;
import org.vinculo.ui.internal.activities.CurrentUser;
import org.vinculo.ui.internal.activities.Reminders;

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

	@Test
	void aReminderPopsUpBeforeAnActivityAndMarksItDone() {
		Person jose = (Person) Workbench.only("José Minds");
		Activity call = new Activity(ActivityKind.CALL, "Call José back about the renewal",
				LocalDateTime.now().plusMinutes(5));
		call.setPerson(jose);
		call.setOwnerId(CurrentUser.get());
		Activity saved = CoreServices.activities().save(call);

		Reminders.checkNow();
		ui.waitUntil("a reminder of the call", () -> reminderOf("Call José back about the renewal") != null);
		// other reminders may be open (demo activities due now): press this one's Mark done
		ui.run(() -> {
			Shell reminder = reminderOf("Call José back about the renewal");
			Button done = descendants(reminder).stream().filter(Button.class::isInstance).map(Button.class::cast)
					.filter(b -> WidgetIds.REMINDER_DONE.equals(b.getData(WidgetIds.KEY))).findFirst().orElseThrow();
			done.notifyListeners(SWT.Selection, new Event()); // closes the reminder
		});
		ui.waitUntil("the call to be done", () -> CoreServices.activities().timeline(jose.getId(), null).stream()
				.anyMatch(a -> a.getId().equals(saved.getId()) && a.getStatus() == ActivityStatus.DONE));
		ui.waitUntil("its reminder to close", () -> reminderOf("Call José back about the renewal") == null);
	}

	/** The open reminder whose subject mentions {@code subject}, or {@code null}. */
	private Shell reminderOf(String subject) {
		return ui.onUi(() -> {
			for (Shell shell : ui.display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && WidgetIds.REMINDER_SHELL.equals(shell.getData(WidgetIds.KEY))) {
					for (Control child : descendants(shell)) {
						if (child instanceof Label label && label.getText().contains(subject)) {
							return shell;
						}
					}
				}
			}
			return null;
		});
	}

	private static List<Control> descendants(Composite parent) {
		List<Control> all = new java.util.ArrayList<>();
		for (Control child : parent.getChildren()) {
			all.add(child);
			if (child instanceof Composite composite) {
				all.addAll(descendants(composite));
			}
		}
		return all;
	}
}
