package org.vinculo.ui.internal.activities;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityKind;
import org.vinculo.core.model.ActivityStatus;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.ValidationException;
import org.vinculo.core.service.ValidationException.Problem;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.dialogs.PartyPickerDialog;
import org.vinculo.ui.internal.dialogs.VinculoDialog;

/**
 * Records or changes a call, meeting, visit, email, task or note with a person,
 * an organization or both. Problems are marked next to their fields as they
 * appear and keep OK disabled, the way the other Vinculo dialogs do.
 */
public final class ActivityDialog extends VinculoDialog {

	private static final ActivityKind[] KINDS = ActivityKind.values();
	private static final ActivityStatus[] STATUSES = ActivityStatus.values();

	private final Activity activity;
	private final List<ChoiceValue> ownerChoices;
	private final boolean created;
	private Person person;
	private Organization organization;
	private Combo kind;
	private Text subject;
	private DateTime date;
	private DateTime time;
	private Text duration;
	private Combo status;
	private Combo owner;
	private Text personName;
	private Text organizationName;
	private Text outcome;
	private boolean durationReadable = true;
	private Activity saved;
	private boolean stale;

	/**
	 * A new activity as the dialog proposes it: a call at the next half hour,
	 * planned, owned by the current user, attached to {@code party} when given.
	 */
	public static Activity newActivity(Party party) {
		Activity activity = new Activity(ActivityKind.CALL, null, ActivityLabels.nextHalfHour(LocalDateTime.now()));
		activity.setOwnerId(CurrentUser.get());
		if (party != null) {
			activity.attachTo(party);
		}
		return activity;
	}

	/**
	 * @param activity a new activity (see {@link #newActivity}) or a stored one;
	 *                 the dialog edits a copy
	 */
	public ActivityDialog(Shell parent, Activity activity) {
		this(parent, activity, Owners.read());
	}

	ActivityDialog(Shell parent, Activity activity, Owners owners) {
		super(parent);
		this.activity = activity.copy();
		this.created = activity.isNew();
		this.person = activity.getPerson();
		this.organization = activity.getOrganization();
		this.ownerChoices = (owners == null || owners.values().isEmpty() ? Owners.read() : owners)
				.choosable(activity.getOwnerId());
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** The activity as stored, after OK. */
	public Activity saved() {
		return saved;
	}

	/** Whether the dialog closed because someone else changed or deleted the activity meanwhile. */
	public boolean wasStale() {
		return stale;
	}

	private String title() {
		return created ? Messages.Activity_newTitle : Messages.Activity_editTitle;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(title());
		setMessage(Terms.format(Messages.Activity_message));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(4).margins(12, 10).spacing(8, 6).applyTo(form);

		label(form, Messages.Activity_kind);
		kind = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), WidgetIds.ACTIVITY_KIND);
		for (ActivityKind each : KINDS) {
			kind.add(each.label());
		}
		kind.select(activity.getKind() == null ? 0 : activity.getKind().ordinal());
		kind.addListener(SWT.Selection, e -> kindChanged());
		GridDataFactory.fillDefaults().span(3, 1).indent(8, 0).applyTo(kind);
		markable(Fields.TYPE, kind);

		label(form, Messages.Activity_subject);
		subject = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.SINGLE), WidgetIds.ACTIVITY_SUBJECT);
		subject.setText(nullToEmpty(activity.getSubject()));
		subject.setTextLimit(Activity.SUBJECT_LENGTH);
		subject.addListener(SWT.Modify, e -> check());
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).indent(8, 0).hint(320, SWT.DEFAULT).applyTo(subject);
		markable(Fields.SUBJECT, subject);

		label(form, Messages.Activity_when);
		date = WidgetIds.tag(new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), WidgetIds.ACTIVITY_DATE);
		GridDataFactory.swtDefaults().indent(8, 0).applyTo(date);
		time = WidgetIds.tag(new DateTime(form, SWT.TIME | SWT.SHORT | SWT.BORDER), WidgetIds.ACTIVITY_TIME);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(time);
		LocalDateTime startsAt = activity.getStartsAt() != null ? activity.getStartsAt()
				: ActivityLabels.nextHalfHour(LocalDateTime.now());
		date.setDate(startsAt.getYear(), startsAt.getMonthValue() - 1, startsAt.getDayOfMonth());
		time.setTime(startsAt.getHour(), startsAt.getMinute(), 0);
		date.addListener(SWT.Selection, e -> check());
		time.addListener(SWT.Selection, e -> check());
		markable(Fields.STARTS_AT, date);

		label(form, Messages.Activity_duration);
		duration = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.SINGLE | SWT.RIGHT), WidgetIds.ACTIVITY_DURATION);
		duration.setText(activity.getDuration() == null ? "" : activity.getDuration().toString()); //$NON-NLS-1$
		duration.addListener(SWT.Modify, e -> check());
		GridDataFactory.swtDefaults().indent(8, 0).hint(60, SWT.DEFAULT).applyTo(duration);
		markable(Fields.DURATION, duration);
		Label minutes = new Label(form, SWT.NONE);
		minutes.setText(Messages.Activity_minutes);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(minutes);

		label(form, Messages.Activity_status);
		status = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), WidgetIds.ACTIVITY_STATUS);
		for (ActivityStatus each : STATUSES) {
			status.add(each.label());
		}
		status.select(activity.getStatus() == null ? 0 : activity.getStatus().ordinal());
		status.addListener(SWT.Selection, e -> check());
		GridDataFactory.fillDefaults().span(3, 1).indent(8, 0).applyTo(status);

		label(form, Messages.Activity_owner);
		owner = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), WidgetIds.ACTIVITY_OWNER);
		owner.add(Messages.Owner_nobody);
		int ownerIndex = 0;
		for (int i = 0; i < ownerChoices.size(); i++) {
			owner.add(Owners.nameOf(ownerChoices.get(i)));
			if (ownerChoices.get(i).getId().equals(activity.getOwnerId())) {
				ownerIndex = i + 1;
			}
		}
		owner.select(ownerIndex);
		owner.addListener(SWT.Selection, e -> check());
		GridDataFactory.fillDefaults().span(3, 1).indent(8, 0).applyTo(owner);

		personName = partyRow(form, Terms.format(Messages.Activity_person), WidgetIds.ACTIVITY_PERSON,
				WidgetIds.ACTIVITY_PERSON_CHOOSE, WidgetIds.ACTIVITY_PERSON_CLEAR, PartyKind.PERSON);
		markable(Fields.PARTY, personName);
		organizationName = partyRow(form, Terms.format(Messages.Activity_organization),
				WidgetIds.ACTIVITY_ORGANIZATION, WidgetIds.ACTIVITY_ORGANIZATION_CHOOSE,
				WidgetIds.ACTIVITY_ORGANIZATION_CLEAR, PartyKind.ORGANIZATION);
		showParties();

		Label outcomeLabel = label(form, Messages.Activity_outcome);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(outcomeLabel);
		outcome = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
				WidgetIds.ACTIVITY_OUTCOME);
		outcome.setText(nullToEmpty(activity.getOutcome()));
		outcome.setTextLimit(Activity.OUTCOME_LENGTH);
		outcome.addListener(SWT.Modify, e -> check());
		// Tab moves on instead of typing a tab, so the dialog stays keyboard-driven
		outcome.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).indent(8, 0).hint(320, 80).applyTo(outcome);
		markable(Fields.OUTCOME, outcome);

		subject.setFocus();
		return area;
	}

	private Text partyRow(Composite form, String title, String textId, String chooseId, String clearId,
			PartyKind partyKind) {
		label(form, title);
		Text name = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.SINGLE | SWT.READ_ONLY), textId);
		name.setMessage(Messages.Activity_noParty);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(220, SWT.DEFAULT).applyTo(name);
		Button choose = WidgetIds.tag(new Button(form, SWT.PUSH), chooseId);
		choose.setText(Messages.Activity_choose);
		choose.addListener(SWT.Selection, e -> choose(partyKind));
		Button clear = WidgetIds.tag(new Button(form, SWT.PUSH), clearId);
		clear.setText(Messages.Activity_clear);
		clear.addListener(SWT.Selection, e -> {
			if (partyKind == PartyKind.PERSON) {
				person = null;
			} else {
				organization = null;
			}
			showParties();
			check();
		});
		return name;
	}

	private void choose(PartyKind partyKind) {
		String message = Terms.format(partyKind == PartyKind.PERSON ? Messages.Activity_pickPerson
				: Messages.Activity_pickOrganization);
		PartyPickerDialog picker = new PartyPickerDialog(getShell(), partyKind, message);
		if (picker.open() != Window.OK) {
			return;
		}
		if (picker.chosen() instanceof Person chosenPerson) {
			person = chosenPerson;
		} else if (picker.chosen() instanceof Organization chosenOrganization) {
			organization = chosenOrganization;
		}
		showParties();
		check();
	}

	private void showParties() {
		personName.setText(person == null ? "" : person.getDisplayName()); //$NON-NLS-1$
		organizationName.setText(organization == null ? "" : organization.getDisplayName()); //$NON-NLS-1$
	}

	/** A note is written, not planned: a new one is done at once unless the user says otherwise. */
	private void kindChanged() {
		if (created && KINDS[kind.getSelectionIndex()] == ActivityKind.NOTE
				&& STATUSES[status.getSelectionIndex()] == ActivityStatus.PLANNED) {
			status.select(ActivityStatus.DONE.ordinal());
		}
		check();
	}

	private static Label label(Composite form, String text) {
		Label label = new Label(form, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	/** Copies the form into the working copy. */
	private void apply() {
		activity.setKind(KINDS[Math.max(0, kind.getSelectionIndex())]);
		activity.setSubject(subject.getText());
		activity.setStartsAt(LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(),
				time.getMinutes()));
		String minutes = duration.getText().trim();
		durationReadable = true;
		if (minutes.isEmpty()) {
			activity.setDuration(null);
		} else {
			try {
				activity.setDuration(Integer.valueOf(minutes));
			} catch (NumberFormatException e) {
				durationReadable = false;
				activity.setDuration(null);
			}
		}
		activity.setStatus(STATUSES[Math.max(0, status.getSelectionIndex())]);
		int ownerIndex = owner.getSelectionIndex();
		activity.setOwnerId(ownerIndex <= 0 ? null : ownerChoices.get(ownerIndex - 1).getId());
		activity.setPerson(person);
		activity.setOrganization(organization);
		activity.setOutcome(outcome.getText());
	}

	private List<Problem> problems() {
		apply();
		List<Problem> problems = new ArrayList<>(Validation.check(activity));
		if (!durationReadable) {
			problems.add(0, new Problem(Fields.DURATION, Messages.Activity_durationNotNumber));
		}
		return problems;
	}

	private boolean check() {
		if (outcome == null) {
			return false; // still building the form
		}
		return showProblems(problems());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		// a new activity starts without a subject: say nothing yet, just wait for one
		getButton(IDialogConstants.OK_ID).setEnabled(problems().isEmpty());
	}

	@Override
	protected void okPressed() {
		if (!check()) {
			return;
		}
		try {
			// a copy, so that a refused insert leaves the form's activity as it was
			saved = CoreServices.activities().save(activity.copy());
			super.okPressed();
		} catch (ValidationException e) {
			showProblems(e.getProblems());
		} catch (StaleRecordException e) {
			stale = true;
			MessageDialog.openError(getShell(), Messages.Activities_staleTitle,
					NLS.bind(Messages.Activities_stale, e.getMessage()));
			setReturnCode(Window.CANCEL);
			close();
		} catch (RuntimeException e) {
			setErrorMessage(String.valueOf(e.getMessage())); // nothing saved; the user can correct and retry
		}
	}
}
