package org.vinculo.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.views.PartySearchPanel;

/** Finds an existing person or organization as the user types and returns the chosen one. */
public final class PartyPickerDialog extends VinculoDialog {

	private final PartyKind kind;
	private final String message;
	private PartySearchPanel search;
	private Party chosen;

	/** @param kind the kind to choose from, or {@code null} for persons and organizations alike */
	public PartyPickerDialog(Shell parent, PartyKind kind, String message) {
		super(parent);
		this.kind = kind;
		this.message = message;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	public Party chosen() {
		return chosen;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Terms.format(title()));
	}

	private String title() {
		return kind == null ? Messages.Picker_anyTitle
				: kind == PartyKind.PERSON ? Messages.Picker_personTitle : Messages.Picker_organizationTitle;
	}

	@Override
	protected Point getInitialSize() {
		return new Point(640, 520);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Terms.format(title()));
		setMessage(message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite panel = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(panel);
		search = new PartySearchPanel(panel, kind, new Terms(), WidgetIds.PICKER_FILTER, WidgetIds.PICKER_TABLE,
				WidgetIds.PICKER_STATUS, WidgetIds.PICKER_KIND);
		search.viewer().addSelectionChangedListener(e -> getButton(IDialogConstants.OK_ID)
				.setEnabled(search.selection().size() == 1));
		search.onOpen(party -> okPressed());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	@Override
	protected void okPressed() {
		if (search.selection().size() != 1) {
			return;
		}
		chosen = CoreServices.load(search.selection().get(0)).orElse(null);
		if (chosen == null) {
			setErrorMessage(Messages.Picker_deleted);
			search.refresh(0);
			return;
		}
		super.okPressed();
	}
}
