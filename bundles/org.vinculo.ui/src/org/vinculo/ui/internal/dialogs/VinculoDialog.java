package org.vinculo.ui.internal.dialogs;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.vinculo.core.service.ValidationException.Problem;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Messages;

/**
 * What our dialogs share: OK and Cancel carry stable widget ids, and validation
 * problems are marked next to their fields, shown in the title area and keep OK
 * disabled until fixed.
 */
public abstract class VinculoDialog extends TitleAreaDialog {

	private final FieldMarkers markers = new FieldMarkers();

	protected VinculoDialog(Shell parent) {
		super(parent);
	}

	/** Shows problems for {@code field} next to {@code control}. */
	protected final void markable(String field, Control control) {
		markers.register(field, control);
	}

	/**
	 * Marks the problems (clearing old marks); OK is enabled only when there are
	 * none. Returns whether there were none.
	 */
	protected final boolean showProblems(List<Problem> problems) {
		String first = markers.show(problems);
		setErrorMessage(first);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) { // not yet while the form is being built
			ok.setEnabled(first == null);
		}
		return first == null;
	}

	/**
	 * A date that may be unknown: a "known" check box enabling a date picker
	 * (today when empty); {@code changed} runs after either changes.
	 */
	static void dateField(Button known, DateTime date, Runnable changed, LocalDate value) {
		GridDataFactory.swtDefaults().indent(8, 0).applyTo(known);
		known.setToolTipText(Messages.Affiliation_dateKnown);
		known.setSelection(value != null);
		LocalDate shown = value != null ? value : LocalDate.now();
		date.setDate(shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth());
		date.setEnabled(value != null);
		known.addListener(SWT.Selection, e -> {
			date.setEnabled(known.getSelection());
			changed.run();
		});
		date.addListener(SWT.Selection, e -> changed.run());
	}

	/** The date of a {@link #dateField}, or {@code null} when not known. */
	static LocalDate dateOf(Button known, DateTime date) {
		return known.getSelection() ? LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()) : null;
	}

	/** JFace's own OK and Cancel are English only without language packs; ours follow the UI language. */
	@Override
	protected Button createButton(Composite parent, int id, String label, boolean defaultButton) {
		String text = label;
		if (id == IDialogConstants.OK_ID && IDialogConstants.OK_LABEL.equals(label)) {
			text = Messages.Dialog_ok;
		} else if (id == IDialogConstants.CANCEL_ID && IDialogConstants.CANCEL_LABEL.equals(label)) {
			text = Messages.Dialog_cancel;
		}
		return super.createButton(parent, id, text, defaultButton);
	}

	@Override
	protected Control createButtonBar(Composite parent) {
		Control bar = super.createButtonBar(parent);
		WidgetIds.tag(getButton(IDialogConstants.OK_ID), WidgetIds.DIALOG_OK);
		WidgetIds.tag(getButton(IDialogConstants.CANCEL_ID), WidgetIds.DIALOG_CANCEL);
		return bar;
	}
}
