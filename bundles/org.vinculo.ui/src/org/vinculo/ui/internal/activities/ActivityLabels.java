package org.vinculo.ui.internal.activities;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityStatus;
import org.vinculo.core.model.Party;

/** How activities read in tables, the dialog and reminders. */
final class ActivityLabels {

	/** Red-ish: still planned but its time has passed. */
	static final Color OVERDUE = new Color(180, 30, 30);
	/** Done or called off: kept as history, out of the way. */
	static final Color PAST = new Color(130, 130, 130);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
			FormatStyle.SHORT);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

	private ActivityLabels() {
	}

	/** Date and time in the user's locale; empty when not set. */
	static String when(LocalDateTime time) {
		return time == null ? "" : WHEN.format(time); //$NON-NLS-1$
	}

	static String time(LocalDateTime time) {
		return time == null ? "" : TIME.format(time); //$NON-NLS-1$
	}

	/**
	 * Who else the activity is with, seen from {@code partyId}: the organization
	 * on a person's timeline, the person on an organization's.
	 */
	static String withWhom(Activity activity, long partyId) {
		if (isParty(activity.getPerson(), partyId)) {
			return name(activity.getOrganization());
		}
		if (isParty(activity.getOrganization(), partyId)) {
			return name(activity.getPerson());
		}
		return parties(activity);
	}

	/** The person and the organization, "Ana Ruiz (BA Minds)", or whichever of them there is. */
	static String parties(Activity activity) {
		String person = name(activity.getPerson());
		String organization = name(activity.getOrganization());
		if (person.isEmpty() || organization.isEmpty()) {
			return person + organization;
		}
		return NLS.bind(Messages.Activity_personAtOrganization, person, organization);
	}

	/** A multi-line text on one line, for a table cell. */
	static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " \u00b7 "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The row colour: red when overdue, grey when done or cancelled, default otherwise. */
	static Color foreground(Activity activity, LocalDateTime now) {
		if (activity.isOverdue(now)) {
			return OVERDUE;
		}
		return activity.getStatus() == ActivityStatus.PLANNED ? null : PAST;
	}

	/** When a new activity starts by default: now, rounded up to the next half hour. */
	static LocalDateTime nextHalfHour(LocalDateTime now) {
		LocalDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
		if (minute.equals(now) && minute.getMinute() % 30 == 0) {
			return minute;
		}
		return minute.plusMinutes(30 - minute.getMinute() % 30);
	}

	private static boolean isParty(Party party, long partyId) {
		return party != null && party.getId() != null && party.getId() == partyId;
	}

	private static String name(Party party) {
		return party == null ? "" : party.getDisplayName(); //$NON-NLS-1$
	}
}
