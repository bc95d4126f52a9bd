package org.vinculo.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;

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
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.RelationshipService;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.ValidationException;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.Terms;

/**
 * Creates or edits a relationship as seen from one party ("Ana Ruiz is ___
 * Pepe Gómez"): the type list offers each type read from this side, so
 * choosing "customer of" stores "the other party is supplier of this one".
 */
public final class RelationshipDialog extends VinculoDialog {

	/** One entry of the type combo: a type read forward (this party is the source) or inverse. */
	private record Reading(RelationshipType type, boolean forward) {
		String label() {
			return type.labelReadFrom(forward);
		}
	}

	private final Party self;
	private final Relationship relationship;
	private final List<Reading> readings = new ArrayList<>();
	private Party other;
	private Combo type;
	private Label otherName;
	private Button sinceKnown;
	private DateTime since;
	private Button untilKnown;
	private DateTime until;
	private Combo strength;
	private Text note;
	private Relationship saved;

	/**
	 * @param self         the party whose editor the dialog is opened from
	 * @param relationship a saved relationship of {@code self} to edit, or
	 *                     {@code null} for a new one
	 * @param other        the party on the other end of a new relationship, or
	 *                     {@code null} to choose it in the dialog
	 */
	public RelationshipDialog(Shell parent, Party self, Relationship relationship, Party other) {
		super(parent);
		this.self = self;
		this.relationship = relationship == null ? new Relationship() : relationship.copy();
		this.other = relationship == null ? other : relationship.other(self.getId());
		for (RelationshipType candidate : CoreServices.relationships().types(false)) {
			readings.add(new Reading(candidate, true));
			if (!candidate.isSymmetric()) {
				readings.add(new Reading(candidate, false));
			}
		}
	}

	public Relationship saved() {
		return saved;
	}

	private String title() {
		return relationship.isNew() ? Messages.Relationship_newTitle : Messages.Relationship_editTitle;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Terms.format(title()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Terms.format(title()));
		setMessage(NLS.bind(Messages.Relationship_message, self.getDisplayName()));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 10).spacing(12, 6).applyTo(form);

		label(form, self.getDisplayName());
		type = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), WidgetIds.RELATIONSHIP_TYPE);
		for (Reading reading : readings) {
			type.add(reading.label());
		}
		int selected = 0;
		if (!relationship.isNew()) {
			boolean forward = relationship.isFrom(self.getId());
			selected = indexOf(relationship.getType(), forward || relationship.getType().isSymmetric());
			if (selected < 0) { // a retired type stays visible on the links that still use it
				readings.add(new Reading(relationship.getType(), forward));
				type.add(relationship.getType().labelReadFrom(forward));
				selected = readings.size() - 1;
			}
		}
		type.select(Math.max(0, selected));
		type.addListener(SWT.Selection, e -> check());
		GridDataFactory.fillDefaults().span(2, 1).indent(8, 0).applyTo(type);
		markable(Fields.TYPE, type);

		label(form, Terms.format(Messages.Relationship_other));
		otherName = WidgetIds.tag(new Label(form, SWT.NONE), WidgetIds.RELATIONSHIP_OTHER);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(260, SWT.DEFAULT).applyTo(otherName);
		Button choose = WidgetIds.tag(new Button(form, SWT.PUSH), WidgetIds.RELATIONSHIP_CHOOSE);
		choose.setText(Messages.Relationship_choose);
		choose.addListener(SWT.Selection, e -> chooseOther());
		markable(Fields.PARTY, otherName);
		showOther();

		label(form, Messages.Editor_columnSince + ':');
		sinceKnown = WidgetIds.tag(new Button(form, SWT.CHECK), WidgetIds.RELATIONSHIP_SINCE_KNOWN);
		since = WidgetIds.tag(new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), WidgetIds.RELATIONSHIP_SINCE);
		dateField(sinceKnown, since, this::check, relationship.getSince());

		label(form, Messages.Editor_columnUntil + ':');
		untilKnown = WidgetIds.tag(new Button(form, SWT.CHECK), WidgetIds.RELATIONSHIP_UNTIL_KNOWN);
		until = WidgetIds.tag(new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), WidgetIds.RELATIONSHIP_UNTIL);
		dateField(untilKnown, until, this::check, relationship.getUntil());
		markable(Fields.UNTIL, until);

		label(form, Messages.Relationship_strength);
		strength = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), WidgetIds.RELATIONSHIP_STRENGTH);
		strength.add(Messages.Relationship_strengthUnknown);
		for (int level = Relationship.MIN_STRENGTH; level <= Relationship.MAX_STRENGTH; level++) {
			strength.add(NLS.bind(Messages.Relationship_strengthLevel, level, Relationship.MAX_STRENGTH));
		}
		strength.select(relationship.getStrength() == null ? 0 : relationship.getStrength());
		GridDataFactory.fillDefaults().span(2, 1).indent(8, 0).applyTo(strength);
		markable(Fields.STRENGTH, strength);

		label(form, Messages.Editor_notes);
		note = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), WidgetIds.RELATIONSHIP_NOTE);
		note.setText(relationship.getNote() == null ? "" : relationship.getNote()); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).indent(8, 0).hint(300, 60).applyTo(note);
		markable(Fields.NOTE, note);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		// nothing to save until the other end is chosen
		getButton(org.eclipse.jface.dialogs.IDialogConstants.OK_ID).setEnabled(other != null);
	}

	private int indexOf(RelationshipType wanted, boolean forward) {
		for (int i = 0; i < readings.size(); i++) {
			Reading reading = readings.get(i);
			if (reading.type().equals(wanted) && reading.forward() == forward) {
				return i;
			}
		}
		return -1;
	}

	private void chooseOther() {
		PartyPickerDialog picker = new PartyPickerDialog(getShell(), null,
				NLS.bind(Messages.Relationship_pickerMessage, self.getDisplayName()));
		if (picker.open() == Window.OK && picker.chosen() != null) {
			other = picker.chosen();
			showOther();
			check();
		}
	}

	private void showOther() {
		otherName.setText(other == null ? Messages.Relationship_noneChosen : other.getDisplayName());
		otherName.getParent().layout();
	}

	private static void label(Composite form, String text) {
		Label label = new Label(form, SWT.NONE);
		label.setText(text);
	}


	/** Copies the form into the relationship: this party on the end the chosen reading says. */
	private void apply() {
		Reading reading = readings.get(Math.max(0, type.getSelectionIndex()));
		relationship.setType(reading.type());
		relationship.setFrom(reading.forward() ? self : other);
		relationship.setTo(reading.forward() ? other : self);
		relationship.setSince(dateOf(sinceKnown, since));
		relationship.setUntil(dateOf(untilKnown, until));
		relationship.setStrength(strength.getSelectionIndex() <= 0 ? null : strength.getSelectionIndex());
		relationship.setNote(note.getText());
	}

	private boolean check() {
		apply();
		return showProblems(Validation.check(relationship, List.of()));
	}

	@Override
	protected void okPressed() {
		if (!check()) {
			return;
		}
		RelationshipService service = CoreServices.relationships();
		try {
			saved = relationship.isNew() ? service.relate(relationship) : service.update(relationship);
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
