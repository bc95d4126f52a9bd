package org.vinculo.ui.internal.activities;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.vinculo.core.model.Activity;
import org.vinculo.ui.WidgetIds;

/**
 * One reminder: a small window at the bottom right of the workbench window that
 * does not take the focus from what the user is typing, with the activity's
 * subject, time and party, and "Open agenda", "Mark done" and "Dismiss".
 */
final class ReminderPopup {

	private static final int WIDTH = 340;
	private static final int MARGIN = 12;

	private final IWorkbenchWindow window;
	private final Activity activity;
	private final Shell shell;

	ReminderPopup(IWorkbenchWindow window, Activity activity, Consumer<ReminderPopup> closed) {
		this.window = window;
		this.activity = activity;
		shell = WidgetIds.tag(new Shell(window.getShell(), SWT.TOOL | SWT.ON_TOP | SWT.NO_FOCUS | SWT.TITLE
				| SWT.CLOSE), WidgetIds.REMINDER_SHELL);
		shell.setText(Messages.Reminder_title);
		GridLayoutFactory.swtDefaults().margins(10, 8).spacing(6, 4).applyTo(shell);

		Label subject = WidgetIds.tag(new Label(shell, SWT.WRAP), WidgetIds.REMINDER_SUBJECT);
		subject.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		subject.setText(escape(activity.getKind().label() + ": " + activity.getSubject())); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH, SWT.DEFAULT).applyTo(subject);

		Label when = WidgetIds.tag(new Label(shell, SWT.WRAP), WidgetIds.REMINDER_TIME);
		when.setText(timeText(activity.getStartsAt(), LocalDateTime.now()));
		if (activity.isOverdue(LocalDateTime.now())) {
			when.setForeground(ActivityLabels.OVERDUE);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH, SWT.DEFAULT).applyTo(when);

		Label party = WidgetIds.tag(new Label(shell, SWT.WRAP), WidgetIds.REMINDER_PARTY);
		party.setText(escape(ActivityLabels.parties(activity)));
		GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH, SWT.DEFAULT).applyTo(party);

		Composite buttons = new Composite(shell, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(false).applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).grab(true, false).indent(0, 6).applyTo(buttons);
		button(buttons, Messages.Reminder_openAgenda, WidgetIds.REMINDER_OPEN_AGENDA, this::openAgenda);
		button(buttons, Messages.Reminder_markDone, WidgetIds.REMINDER_DONE, this::markDone);
		button(buttons, Messages.Reminder_dismiss, WidgetIds.REMINDER_DISMISS, this::close);

		shell.addListener(SWT.Dispose, e -> closed.accept(this));
		shell.pack();
	}

	/** "Starts at 10:30 (in 12 minutes)" or "Was due at 10:00 (3 minutes ago)". */
	static String timeText(LocalDateTime startsAt, LocalDateTime now) {
		String at = startsAt.toLocalDate().equals(now.toLocalDate()) ? ActivityLabels.time(startsAt)
				: ActivityLabels.when(startsAt);
		long minutes = Duration.between(now, startsAt).toMinutes();
		return minutes >= 0 ? Messages.format(Messages.Reminder_startsIn, at, minutes)
				: Messages.format(Messages.Reminder_dueAgo, at, -minutes);
	}

	/** Labels read "&" as a mnemonic. */
	private static String escape(String text) {
		return text.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void button(Composite parent, String text, String id, Runnable action) {
		Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Places the reminder {@code offset} pixels above the window's bottom right corner; returns its height. */
	int placeAbove(int offset) {
		if (shell.isDisposed() || window.getShell() == null || window.getShell().isDisposed()) {
			return 0;
		}
		Rectangle area = window.getShell().getBounds();
		Point size = shell.getSize();
		shell.setLocation(area.x + area.width - size.x - MARGIN, area.y + area.height - size.y - MARGIN - offset);
		return size.y + MARGIN / 2;
	}

	/** Shows the reminder without activating it: the user may be typing elsewhere. */
	void show() {
		if (!shell.isDisposed()) {
			shell.setVisible(true);
		}
	}

	void close() {
		if (!shell.isDisposed()) {
			shell.dispose();
		}
	}

	private void openAgenda() {
		IWorkbenchPage page = window.getActivePage();
		close();
		if (page != null && !window.getShell().isDisposed()) {
			window.getShell().forceActive();
			AgendaView.showActivity(page, activity);
		}
	}

	private void markDone() {
		Shell parent = window.getShell();
		close();
		if (parent != null && !parent.isDisposed()) {
			ActivityActions.markDone(parent, activity, () -> {
				// a conflict was explained; the agenda, if open, reads itself again on its own
			});
		}
	}
}
