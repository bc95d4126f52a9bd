package org.vinculo.ui.internal.dialogs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Messages;

/**
 * Someone else saved the record while the user was editing it. Shows every field
 * that differs between the original, the user's version and the other saved
 * version, and lets the user keep theirs, take the other, or type a merge, field
 * by field. Nothing is written until the user confirms.
 */
public final class ConflictDialog extends VinculoDialog {

	/** One field in the three versions. */
	public record FieldVersions(String id, String label, String original, String yours, String theirs,
			boolean mergeableAsText, Function<String, String> describe) {

		boolean changedByYou() {
			return !Objects.equals(original, yours);
		}

		boolean changedByThem() {
			return !Objects.equals(original, theirs);
		}

		/** Only fields someone changed are worth a decision. */
		boolean differs() {
			return !Objects.equals(yours, theirs);
		}
	}

	private final String recordName;
	private final List<FieldVersions> fields;
	private final Map<String, Text> results = new LinkedHashMap<>();
	/** For lists, which side was chosen; lists are taken whole, not merged as text. */
	private final Map<String, String> chosen = new LinkedHashMap<>();
	private final Map<String, String> resolved = new LinkedHashMap<>();

	public ConflictDialog(Shell parent, String recordName, List<FieldVersions> fields) {
		super(parent);
		this.recordName = recordName;
		this.fields = fields.stream().filter(FieldVersions::differs).toList();
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Whether any field needs a decision; when not, the other version can simply be saved over. */
	public boolean hasDifferences() {
		return !fields.isEmpty();
	}

	/** After OK: the value chosen for each differing field, by field id. */
	public Map<String, String> resolved() {
		return resolved;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Conflict_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Conflict_title);
		setMessage(NLS.bind(Messages.Conflict_message, recordName));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite grid = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
		GridLayoutFactory.swtDefaults().numColumns(5).margins(12, 10).spacing(14, 8).applyTo(grid);
		for (String heading : new String[] { Messages.Conflict_field, Messages.Conflict_original,
				Messages.Conflict_yours, Messages.Conflict_theirs, Messages.Conflict_result }) {
			Label label = new Label(grid, SWT.NONE);
			label.setText(heading);
			label.setFont(JFaceResources.getBannerFont());
		}
		for (FieldVersions field : fields) {
			addRow(grid, field);
		}
		return area;
	}

	private void addRow(Composite grid, FieldVersions field) {
		new Label(grid, SWT.NONE).setText(field.label());
		new Label(grid, SWT.WRAP).setText(shown(field.describe().apply(field.original())));
		Button yours = radio(grid, field, "yours", field.yours()); //$NON-NLS-1$
		Button theirs = radio(grid, field, "theirs", field.theirs()); //$NON-NLS-1$
		int style = field.mergeableAsText() ? SWT.BORDER : SWT.BORDER | SWT.READ_ONLY | SWT.MULTI | SWT.WRAP;
		Text result = WidgetIds.tag(new Text(grid, style), "conflict." + field.id() + ".result"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(result);
		// only one side changed: take that change; both changed: the user's own edit until they decide
		boolean takeTheirs = field.changedByThem() && !field.changedByYou();
		yours.setSelection(!takeTheirs);
		theirs.setSelection(takeTheirs);
		choose(field, result, takeTheirs ? field.theirs() : field.yours());
		yours.addListener(SWT.Selection, e -> {
			theirs.setSelection(!yours.getSelection());
			choose(field, result, yours.getSelection() ? field.yours() : field.theirs());
		});
		theirs.addListener(SWT.Selection, e -> {
			yours.setSelection(!theirs.getSelection());
			choose(field, result, theirs.getSelection() ? field.theirs() : field.yours());
		});
		results.put(field.id(), result);
	}

	/** The two radios live in separate cells, so the listeners above keep them exclusive. */
	private Button radio(Composite grid, FieldVersions field, String side, String value) {
		Composite cell = new Composite(grid, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(cell);
		Button radio = WidgetIds.tag(new Button(cell, SWT.RADIO), "conflict." + field.id() + '.' + side); //$NON-NLS-1$
		radio.setText(shown(field.describe().apply(value)));
		return radio;
	}

	private void choose(FieldVersions field, Text result, String canonical) {
		chosen.put(field.id(), canonical);
		result.setText(nullToEmpty(field.describe().apply(canonical)));
	}

	private static String shown(String value) {
		return value == null || value.isEmpty() ? Messages.Conflict_empty : value;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Conflict_save, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		for (FieldVersions field : fields) {
			// text fields take what the user typed (perhaps a merge); lists take the chosen side whole
			resolved.put(field.id(), field.mergeableAsText() ? results.get(field.id()).getText() : chosen.get(field.id()));
		}
		super.okPressed();
	}
}
