package org.vinculo.ui.internal.dialogs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.FieldType;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.ValidationException;
import org.vinculo.core.service.ValidationException.Problem;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.fields.FieldSettings;

/**
 * Creates or edits one affiliation: role, title, period, primary flag and note.
 * Opened from either side (organization, person, search result, drag and drop)
 * with the two parties already chosen.
 */
public final class AffiliationDialog extends VinculoDialog {

	private final Affiliation affiliation;
	private final List<AffiliationRole> roles;
	private Combo role;
	private Text title;
	private Button sinceKnown;
	private DateTime since;
	private Button untilKnown;
	private DateTime until;
	private Button primary;
	private Text note;
	private Affiliation saved;
	private final FieldSettings settings;
	/** Each shown custom field's current stored value, by code. */
	private final Map<String, Supplier<String>> customValues = new LinkedHashMap<>();

	/**
	 * @param affiliation a new draft (person and organization set) or a copy of a
	 *                    saved affiliation to edit
	 */
	public AffiliationDialog(Shell parent, Affiliation affiliation) {
		super(parent);
		// a working copy: Cancel must leave the caller's affiliation (a table row) untouched
		this.affiliation = affiliation.copy();
		this.roles = CoreServices.affiliations().roles(false);
		this.settings = FieldSettings.load(CoreServices.fields(), FieldDefinition.AFFILIATION);
	}

	/** A new draft between two saved parties, prefilled the way most links start. */
	public static Affiliation draft(org.vinculo.core.model.Person person,
			org.vinculo.core.model.Organization organization) {
		AffiliationService service = CoreServices.affiliations();
		Affiliation draft = new Affiliation(person, organization, service.roleByCode(AffiliationRole.EMPLOYEE));
		draft.setSince(LocalDate.now());
		draft.setPrimary(service.organizationsOf(person.getId(), AffiliationService.Period.CURRENT).isEmpty());
		return draft;
	}

	public Affiliation saved() {
		return saved;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Terms.format(affiliation.isNew() ? Messages.Affiliation_newTitle : Messages.Affiliation_editTitle));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Terms.format(affiliation.isNew() ? Messages.Affiliation_newTitle : Messages.Affiliation_editTitle));
		setMessage(NLS.bind(Messages.Affiliation_message, affiliation.getPerson().getDisplayName(),
				affiliation.getOrganization().getDisplayName()));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 10).spacing(12, 6).applyTo(form);

		label(form, Terms.format(Messages.Affiliation_role));
		role = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), WidgetIds.AFFILIATION_ROLE);
		role.setItems(roles.stream().map(AffiliationRole::getLabel).toArray(String[]::new));
		int current = roles.indexOf(affiliation.getRole());
		if (current < 0 && affiliation.getRole() != null) {
			// a retired role stays visible on the affiliations that still use it
			role.add(affiliation.getRole().getLabel());
			current = role.getItemCount() - 1;
		}
		role.select(Math.max(current, 0));
		GridDataFactory.fillDefaults().span(2, 1).indent(8, 0).applyTo(role);
		markable(Fields.ROLE, role);

		label(form, Messages.Editor_columnTitle + ':');
		title = WidgetIds.tag(new Text(form, SWT.BORDER), WidgetIds.AFFILIATION_TITLE);
		title.setText(affiliation.getTitle() == null ? "" : affiliation.getTitle()); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(8, 0).hint(300, SWT.DEFAULT).applyTo(title);
		markable(Fields.TITLE, title);

		label(form, Messages.Editor_columnSince + ':');
		sinceKnown = WidgetIds.tag(new Button(form, SWT.CHECK), WidgetIds.AFFILIATION_SINCE_KNOWN);
		since = WidgetIds.tag(new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), WidgetIds.AFFILIATION_SINCE);
		dateField(sinceKnown, since, this::check, affiliation.getSince());

		label(form, Messages.Editor_columnUntil + ':');
		untilKnown = WidgetIds.tag(new Button(form, SWT.CHECK), WidgetIds.AFFILIATION_UNTIL_KNOWN);
		until = WidgetIds.tag(new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), WidgetIds.AFFILIATION_UNTIL);
		dateField(untilKnown, until, this::check, affiliation.getUntil());
		markable(Fields.UNTIL, until);

		new Label(form, SWT.NONE);
		primary = WidgetIds.tag(new Button(form, SWT.CHECK), WidgetIds.AFFILIATION_PRIMARY);
		primary.setText(Terms.format(Messages.Affiliation_primary));
		primary.setToolTipText(Messages.Affiliation_primaryHint);
		primary.setSelection(affiliation.isPrimary());
		GridDataFactory.swtDefaults().span(2, 1).indent(8, 0).applyTo(primary);

		label(form, Messages.Editor_notes);
		note = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), WidgetIds.AFFILIATION_NOTE);
		note.setText(affiliation.getNote() == null ? "" : affiliation.getNote()); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).indent(8, 0).hint(300, 60).applyTo(note);
		markable(Fields.NOTE, note);
		obeySettings();
		for (FieldDefinition field : settings.customFields()) {
			createCustomField(form, field);
		}
		return area;
	}

	/** Hides or locks the built-in fields as the admin configured (Preferences > Fields). */
	private void obeySettings() {
		hideOrLock(Fields.TITLE, title);
		hideOrLock(FieldSettings.PERIOD, sinceKnown, since, untilKnown, until);
		hideOrLock(Fields.NOTE, note);
	}

	private void hideOrLock(String code, Control... controls) {
		for (Control control : controls) {
			if (settings.hidden(code)) {
				hide(control);
				// the label before the first control goes with it
				Control[] siblings = control.getParent().getChildren();
				int at = java.util.Arrays.asList(siblings).indexOf(control);
				if (at > 0 && siblings[at - 1] instanceof Label label) {
					hide(label);
				}
			} else if (settings.readOnly(code)) {
				control.setEnabled(false);
			}
		}
	}

	private static void hide(Control control) {
		control.setVisible(false);
		GridData data = control.getLayoutData() instanceof GridData grid ? grid : new GridData();
		data.exclude = true;
		control.setLayoutData(data);
	}

	/** One custom field of affiliations, its widget by type; its value is read back as stored text. */
	private void createCustomField(Composite form, FieldDefinition field) {
		String code = field.getCode();
		String stored = affiliation.getCustomValues().getOrDefault(code,
				affiliation.isNew() && field.getDefaultValue() != null ? field.getDefaultValue() : ""); //$NON-NLS-1$
		Label label = new Label(form, SWT.NONE);
		label.setText(field.getLabel() + (field.isRequired() ? " *:" : ":")); //$NON-NLS-1$ //$NON-NLS-2$
		label.setToolTipText(field.getHelp());
		Control control;
		switch (field.getType()) {
		case BOOLEAN -> {
			Button check = new Button(form, SWT.CHECK);
			check.setSelection("true".equals(stored)); //$NON-NLS-1$
			check.addListener(SWT.Selection, e -> check());
			customValues.put(code, () -> Boolean.toString(check.getSelection()));
			control = check;
		}
		case CHOICE, MULTI_CHOICE -> {
			List<ChoiceValue> values = CoreServices.choices().values(field.choiceListCode(), true);
			org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(form,
					SWT.BORDER | SWT.V_SCROLL | (field.getType() == FieldType.CHOICE ? SWT.SINGLE : SWT.MULTI));
			List<String> chosen = List.of(stored.split(",")); //$NON-NLS-1$
			for (int i = 0; i < values.size(); i++) {
				list.add(Labels.choice(values.get(i)));
				if (chosen.contains(values.get(i).getId().toString())) {
					list.select(i);
				}
			}
			list.addListener(SWT.Selection, e -> check());
			GridDataFactory.fillDefaults().hint(SWT.DEFAULT, list.getItemHeight() * Math.min(4, Math.max(2, values.size())))
					.applyTo(list);
			customValues.put(code, () -> java.util.Arrays.stream(list.getSelectionIndices())
					.mapToObj(i -> values.get(i).getId().toString()).collect(Collectors.joining(","))); //$NON-NLS-1$
			control = list;
		}
		default -> {
			Text text = new Text(form, SWT.BORDER);
			text.setText(stored);
			text.setMessage(field.getType() == FieldType.DATE ? Messages.Editor_dateHint
					: field.getType() == FieldType.NUMBER ? Messages.Editor_numberHint : ""); //$NON-NLS-1$
			text.addModifyListener(e -> check());
			customValues.put(code, text::getText);
			control = text;
		}
		}
		WidgetIds.tag(control, WidgetIds.AFFILIATION_CUSTOM_PREFIX + code);
		control.setToolTipText(field.getHelp());
		if (!(control.getLayoutData() instanceof GridData)) {
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(8, 0).applyTo(control);
		} else {
			((GridData) control.getLayoutData()).horizontalSpan = 2;
			((GridData) control.getLayoutData()).horizontalIndent = 8;
		}
		control.setEnabled(!field.isReadOnly());
		markable(Fields.custom(code), control);
	}

	private static void label(Composite form, String text) {
		Label label = new Label(form, SWT.NONE);
		label.setText(text);
	}


	/** Copies the form into the affiliation being edited. */
	private void apply() {
		int index = role.getSelectionIndex();
		if (index >= 0 && index < roles.size()) {
			affiliation.setRole(roles.get(index));
		}
		affiliation.setTitle(title.getText());
		affiliation.setSince(dateOf(sinceKnown, since));
		affiliation.setUntil(dateOf(untilKnown, until));
		affiliation.setPrimary(primary.getSelection());
		affiliation.setNote(note.getText());
		customValues.forEach((code, value) -> affiliation.setCustomValue(code, value.get()));
	}

	private boolean check() {
		apply();
		List<Problem> problems = new ArrayList<>(Validation.check(affiliation, List.of()));
		problems.addAll(Validation.checkCustomValues(affiliation.getCustomValues(), settings.customFields()));
		return showProblems(problems);
	}

	@Override
	protected void okPressed() {
		if (!check()) {
			return;
		}
		AffiliationService service = CoreServices.affiliations();
		try {
			saved = affiliation.isNew() ? service.affiliate(affiliation) : service.update(affiliation);
			super.okPressed();
		} catch (ValidationException e) {
			showProblems(e.getProblems());
		} catch (StaleRecordException e) {
			setErrorMessage(e.getMessage());
		} catch (RuntimeException e) {
			setErrorMessage(e.getMessage()); // nothing saved; the user can correct and retry
		}
	}
}
