package org.vinculo.ui.internal.fields;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.FieldType;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.ValidationException.Problem;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Terms;

/**
 * Adds or edits one custom field. Nothing is saved here: the preferences page
 * keeps the result and saves it with the rest on Apply or OK. The code is
 * suggested from the label while the field is new and fixed once saved, like
 * the type, because stored values and imports depend on both.
 */
public final class FieldDialog extends TitleAreaDialog {

	private static final int CODE_LENGTH = 63;

	private final FieldDefinition field;
	private final List<FieldDefinition> others;
	private final Map<String, ControlDecoration> markers = new HashMap<>();
	private Text label;
	private Text code;
	private Combo type;
	private Button required;
	private Text defaultValue;
	private Label defaultHint;
	private Text help;
	private Button hidden;
	private Button readOnly;
	private boolean suggesting;
	private boolean codeTyped;
	private boolean edited;

	/**
	 * @param field  the field to edit; the dialog works on a copy, see {@link #field()}
	 * @param others the other custom fields of the entity type, retired ones included,
	 *               whose codes the field must not take
	 */
	public FieldDialog(Shell parent, FieldDefinition field, List<FieldDefinition> others) {
		super(parent);
		this.field = field.copy();
		this.others = List.copyOf(others);
	}

	/** The field as the user left it; meaningful after OK. */
	public FieldDefinition field() {
		return field;
	}

	private String title() {
		return field.isNew() ? NLS.bind(Messages.Field_newTitle, EntityTypes.label(field.getEntityType()))
				: NLS.bind(Messages.Field_editTitle, field.getLabel());
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(title());
		setMessage(Messages.Field_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 10).spacing(14, 6).applyTo(form);

		label = text(form, Messages.Field_label, WidgetIds.FIELD_LABEL, Fields.LABEL, SWT.BORDER, field.getLabel());
		label.addListener(SWT.Modify, e -> suggestCode());

		code = text(form, Messages.Field_code, WidgetIds.FIELD_CODE, Fields.CODE,
				SWT.BORDER | (field.isNew() ? SWT.NONE : SWT.READ_ONLY), field.getCode());
		code.setToolTipText(field.isNew() ? Messages.Field_codeHint : Messages.Field_codeFixed);
		code.addListener(SWT.Modify, e -> {
			if (!suggesting) {
				codeTyped = !code.getText().isBlank(); // emptied: follow the label again
			}
		});
		hint(form, field.isNew() ? Messages.Field_codeHint : Messages.Field_codeFixed);

		new Label(form, SWT.NONE).setText(Messages.Field_type);
		type = WidgetIds.tag(new Combo(form, SWT.READ_ONLY), WidgetIds.FIELD_TYPE);
		for (FieldType candidate : FieldType.values()) {
			type.add(candidate.label());
		}
		type.select((field.getType() == null ? FieldType.TEXT : field.getType()).ordinal());
		type.setEnabled(field.isNew());
		if (!field.isNew()) {
			type.setToolTipText(Messages.Field_typeFixed);
		}
		GridDataFactory.swtDefaults().applyTo(type);
		marker(Fields.TYPE, type);
		type.addListener(SWT.Selection, e -> {
			showDefaultHint();
			changed();
		});

		new Label(form, SWT.NONE);
		required = check(form, Messages.Field_required, WidgetIds.FIELD_REQUIRED, field.isRequired());

		defaultValue = text(form, Messages.Field_default, WidgetIds.FIELD_DEFAULT, Fields.DEFAULT_VALUE, SWT.BORDER,
				field.getDefaultValue());
		defaultHint = hint(form, ""); //$NON-NLS-1$
		showDefaultHint();

		Label helpLabel = new Label(form, SWT.NONE);
		helpLabel.setText(Messages.Field_help);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(helpLabel);
		help = WidgetIds.tag(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), WidgetIds.FIELD_HELP);
		help.setText(nullToEmpty(field.getHelp()));
		help.setToolTipText(Messages.Field_helpHint);
		GridDataFactory.fillDefaults().grab(true, true).hint(320, 54).applyTo(help);
		marker(Fields.NOTE, help);
		help.addListener(SWT.Modify, e -> changed());
		hint(form, Messages.Field_helpHint);

		new Label(form, SWT.NONE);
		hidden = check(form, Messages.Field_hidden, WidgetIds.FIELD_HIDDEN, field.isHidden());
		new Label(form, SWT.NONE);
		readOnly = check(form, Messages.Field_readOnly, WidgetIds.FIELD_READ_ONLY, field.isReadOnly());
		codeTyped = !field.isNew() || field.getCode() != null;
		return area;
	}

	private Text text(Composite form, String caption, String id, String property, int style, String value) {
		new Label(form, SWT.NONE).setText(caption);
		Text text = WidgetIds.tag(new Text(form, style), id);
		text.setText(nullToEmpty(value));
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		marker(property, text);
		text.addListener(SWT.Modify, e -> changed());
		return text;
	}

	private Button check(Composite form, String caption, String id, boolean value) {
		Button button = WidgetIds.tag(new Button(form, SWT.CHECK), id);
		button.setText(caption);
		button.setSelection(value);
		button.addListener(SWT.Selection, e -> changed());
		return button;
	}

	private static Label hint(Composite form, String text) {
		new Label(form, SWT.NONE);
		Label hint = new Label(form, SWT.WRAP);
		hint.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(hint);
		return hint;
	}

	private void marker(String property, Control control) {
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault()
				.getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.setShowHover(true);
		decoration.hide();
		markers.put(property, decoration);
	}

	private FieldType selectedType() {
		return FieldType.values()[Math.max(0, type.getSelectionIndex())];
	}

	private void showDefaultHint() {
		String pattern = switch (selectedType()) {
		case TEXT -> Messages.Field_defaultHintText;
		case NUMBER -> Messages.Field_defaultHintNumber;
		case DATE -> Messages.Field_defaultHintDate;
		case BOOLEAN -> Messages.Field_defaultHintBoolean;
		case CHOICE -> Messages.Field_defaultHintChoice;
		case MULTI_CHOICE -> Messages.Field_defaultHintMultiChoice;
		case PARTY -> Messages.Field_defaultHintParty;
		};
		defaultHint.setText(Terms.format(pattern));
		defaultHint.getParent().layout(true);
	}

	/** Keeps the code following the label until the user types a code of their own. */
	private void suggestCode() {
		if (!field.isNew() || codeTyped) {
			return;
		}
		suggesting = true;
		try {
			code.setText(suggestCode(label.getText(), others));
		} finally {
			suggesting = false;
		}
	}

	/**
	 * A code for {@code label}: lowercase ASCII letters, digits and '_',
	 * starting with a letter, not taken by any of {@code others}.
	 */
	static String suggestCode(String label, Collection<FieldDefinition> others) {
		String plain = label == null ? "" : label.replace("\u00df", "ss"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String ascii = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("^_+|_+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (slug.isEmpty()) {
			return slug;
		}
		if (!Character.isLetter(slug.charAt(0))) {
			slug = "f_" + slug; //$NON-NLS-1$
		}
		slug = slug.substring(0, Math.min(slug.length(), CODE_LENGTH - 4));
		String candidate = slug;
		for (int n = 2; taken(candidate, others); n++) {
			candidate = slug + '_' + n;
		}
		return candidate;
	}

	private static boolean taken(String code, Collection<FieldDefinition> others) {
		return others.stream().anyMatch(other -> code.equals(other.getCode()));
	}

	private void apply() {
		field.setLabel(label.getText());
		if (field.isNew()) {
			field.setCode(code.getText());
			field.setType(selectedType());
		}
		field.setRequired(required.getSelection());
		field.setDefaultValue(defaultValue.getText());
		field.setHelp(help.getText());
		field.setHidden(hidden.getSelection());
		field.setReadOnly(readOnly.getSelection());
	}

	private void changed() {
		if (readOnly == null) {
			return; // still filling the form
		}
		edited = true;
		check();
	}

	/** Marks the problems next to their fields; OK only while there are none. */
	private boolean check() {
		apply();
		List<Problem> problems = Validation.check(field, others);
		markers.values().forEach(ControlDecoration::hide);
		for (Problem problem : problems) {
			ControlDecoration marker = markers.get(problem.field());
			if (marker != null) {
				marker.setDescriptionText(problem.message());
				marker.show();
			}
		}
		// a new, untouched form is not wrong yet: say nothing until the user starts
		setErrorMessage(problems.isEmpty() || !edited ? null : problems.get(0).message());
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problems.isEmpty());
		}
		return problems.isEmpty();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, org.vinculo.ui.internal.Messages.Dialog_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, org.vinculo.ui.internal.Messages.Dialog_cancel, false);
		WidgetIds.tag(getButton(IDialogConstants.OK_ID), WidgetIds.DIALOG_OK);
		WidgetIds.tag(getButton(IDialogConstants.CANCEL_ID), WidgetIds.DIALOG_CANCEL);
		if (field.isNew()) {
			getButton(IDialogConstants.OK_ID).setEnabled(false);
		}
	}

	@Override
	protected void okPressed() {
		edited = true;
		if (check()) {
			super.okPressed();
		}
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
