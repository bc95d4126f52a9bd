package org.vinculo.ui.internal.activities;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchWindow;
import org.vinculo.core.model.Activity;
import org.vinculo.ui.internal.CoreServices;

/**
 * Reminds the current user of planned activities: once a minute it reads their
 * agenda and, for each activity starting within {@value #LEAD_MINUTES} minutes
 * or just gone overdue that it has not shown yet this session, shows a small
 * reminder at the bottom right of the workbench window. Nothing is stored: a
 * new session reminds again of what is still ahead.
 */
public final class Reminders {

	/** How long before its start an activity is reminded of, and for how long after. */
	static final int LEAD_MINUTES = 15;
	/** The reminders' jobs, so that tests can wait for a check. */
	public static final Object FAMILY = new Object();

	private static final int PERIOD_MILLIS = 60_000;
	/** The first look waits until startup has settled. */
	private static final int FIRST_DELAY_MILLIS = 5_000;
	/** More open at once would cover the window; the rest wait for a later minute. */
	private static final int MAX_OPEN = 4;

	private static Reminders started;

	private final IWorkbench workbench;
	private final Display display;
	/** Activity id and start time: an activity moved to another time is reminded of again. */
	private final Set<String> reminded = ConcurrentHashMap.newKeySet();
	private final List<ReminderPopup> open = new ArrayList<>();
	private final Runnable tick = this::tick;
	private volatile boolean stopped;
	private boolean checking;
	private boolean failureLogged;

	private Reminders(IWorkbench workbench) {
		this.workbench = workbench;
		this.display = workbench.getDisplay();
	}

	/** Starts reminding, once per session; later calls do nothing. Call from the UI thread after startup. */
	public static synchronized void start(IWorkbench workbench) {
		if (started != null) {
			return;
		}
		started = new Reminders(workbench);
		started.begin();
	}

	/** Looks at the agenda now rather than at the next minute (tests; after changing the current user). */
	public static synchronized void checkNow() {
		Reminders reminders = started;
		if (reminders != null) {
			ActivityActions.later(reminders.display, reminders::check);
		}
	}

	private void begin() {
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				closeAll(); // a vetoed shutdown keeps the timer: the next minute shows what is still due
				return true;
			}

			@Override
			public void postShutdown(IWorkbench closed) {
				stopped = true;
			}
		});
		ActivityActions.later(display, () -> display.timerExec(FIRST_DELAY_MILLIS, tick));
	}

	private boolean gone() {
		return stopped || display.isDisposed() || workbench.isClosing();
	}

	private void tick() {
		if (stopped || display.isDisposed()) {
			return;
		}
		if (!workbench.isClosing()) {
			check();
		}
		try {
			display.timerExec(PERIOD_MILLIS, tick);
		} catch (SWTException e) {
			stopped = true; // the display went away meanwhile
		}
	}

	/** Reads the agenda in the background; runs on the UI thread. */
	private void check() {
		if (checking || gone()) {
			return;
		}
		checking = true;
		Long ownerId = CurrentUser.get();
		Job job = new Job(Messages.Reminders_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Activity> due = new ArrayList<>();
				try {
					due.addAll(due(ownerId, LocalDateTime.now()));
				} catch (RuntimeException e) {
					if (!failureLogged && !stopped) {
						failureLogged = true; // once: a missing database would log every minute
						ILog.of(Reminders.class).warn("Cannot read the agenda for reminders", e); //$NON-NLS-1$
					}
				} finally {
					ActivityActions.later(display, () -> {
						checking = false;
						due.forEach(Reminders.this::remind);
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	/** The planned activities starting soon or just gone overdue that were not reminded of yet. */
	private List<Activity> due(Long ownerId, LocalDateTime now) {
		LocalDateTime from = now.minusMinutes(LEAD_MINUTES);
		List<Activity> due = new ArrayList<>();
		for (Activity activity : CoreServices.activities().agenda(ownerId, now.plusMinutes(LEAD_MINUTES))) {
			if (activity.getStartsAt() != null && !activity.getStartsAt().isBefore(from)
					&& reminded.add(key(activity))) {
				due.add(activity);
			}
		}
		return due;
	}

	private static String key(Activity activity) {
		return activity.getId() + "@" + activity.getStartsAt(); //$NON-NLS-1$
	}

	private void remind(Activity activity) {
		IWorkbenchWindow window = window();
		if (gone() || window == null || open.size() >= MAX_OPEN) {
			reminded.remove(key(activity)); // not shown: try again next minute
			return;
		}
		try {
			ReminderPopup popup = new ReminderPopup(window, activity, this::closed);
			open.add(popup);
			arrange();
			popup.show();
		} catch (SWTException e) {
			// the window closed while the reminder was being built
		}
	}

	private IWorkbenchWindow window() {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		return window == null || window.getShell() == null || window.getShell().isDisposed() ? null : window;
	}

	private void closed(ReminderPopup popup) {
		open.remove(popup);
		if (!display.isDisposed()) {
			arrange();
		}
	}

	/** Stacks the open reminders upwards from the bottom right corner. */
	private void arrange() {
		int offset = 0;
		for (ReminderPopup popup : open) {
			offset += popup.placeAbove(offset);
		}
	}

	private void closeAll() {
		for (ReminderPopup popup : List.copyOf(open)) {
			popup.close();
		}
		open.clear();
	}
}
