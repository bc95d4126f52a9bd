package org.vinculo.ui.internal.activities;

import java.text.MessageFormat;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of the timeline, the activity dialog, the agenda and reminders; Spanish in messages_es.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.ui.internal.activities.messages"; //$NON-NLS-1$

	public static String Activities_section;
	public static String Activities_sectionHint;
	public static String Activities_add;
	public static String Activities_edit;
	public static String Activities_markDone;
	public static String Activities_delete;
	public static String Activities_show;
	public static String Activities_allKinds;
	public static String Activities_empty;
	public static String Activities_emptyOfKind;
	public static String Activities_columnWhen;
	public static String Activities_columnKind;
	public static String Activities_columnSubject;
	public static String Activities_columnStatus;
	public static String Activities_columnWith;
	public static String Activities_columnOwner;
	public static String Activities_columnOutcome;
	public static String Activities_openOther;
	public static String Activities_loadJob;
	public static String Activities_markDoneJob;
	public static String Activities_deleteJob;
	public static String Activities_deleteTitle;
	public static String Activities_deleteQuestion;
	public static String Activities_staleTitle;
	public static String Activities_stale;
	public static String Activities_failedTitle;

	public static String Activity_newTitle;
	public static String Activity_editTitle;
	public static String Activity_message;
	public static String Activity_kind;
	public static String Activity_subject;
	public static String Activity_when;
	public static String Activity_duration;
	public static String Activity_minutes;
	public static String Activity_durationNotNumber;
	public static String Activity_status;
	public static String Activity_owner;
	public static String Activity_person;
	public static String Activity_organization;
	public static String Activity_outcome;
	public static String Activity_choose;
	public static String Activity_clear;
	public static String Activity_noParty;
	public static String Activity_pickPerson;
	public static String Activity_pickOrganization;
	public static String Activity_personAtOrganization;

	public static String Owner_nobody;
	public static String Owner_retired;

	public static String Agenda_title;
	public static String Agenda_of;
	public static String Agenda_columnDue;
	public static String Agenda_overdue;
	public static String Agenda_today;
	public static String Agenda_thisWeek;
	public static String Agenda_summary;
	public static String Agenda_open;
	public static String Agenda_markDone;
	public static String Agenda_new;
	public static String Agenda_openPerson;
	public static String Agenda_openOrganization;
	public static String Agenda_pickParty;
	public static String Agenda_loadJob;

	public static String Reminder_title;
	public static String Reminder_startsIn;
	public static String Reminder_dueAgo;
	public static String Reminder_openAgenda;
	public static String Reminder_markDone;
	public static String Reminder_dismiss;
	public static String Reminders_job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** For patterns with plurals ({@code {0,choice,...}}), which {@link NLS#bind} does not read. */
	public static String format(String pattern, Object... arguments) {
		return new MessageFormat(pattern, Locale.getDefault()).format(arguments);
	}
}
