package org.vinculo.ui.internal.dialogs;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
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
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.ValidationException;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.Terms;

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

	/**
	 * @param affiliation a new draft (person and organization set) or a copy of a
	 *                    saved affiliation to edit
	 */
	public AffiliationDialog(Shell parent, Affiliation affiliation) {
		super(parent);
		// a working copy: Cancel must leave the caller's affiliation (a table row) untouched
		this.affiliation = affiliation.copy();
		this.roles = CoreServices.affiliations().roles(false);
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
		return area;
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
	}

	private boolean check() {
		apply();
		return showProblems(Validation.check(affiliation, List.of()));
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
