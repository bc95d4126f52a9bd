package org.vinculo.ui.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Party;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.dialogs.PartyPickerDialog;

/**
 * The admin's custom fields of a party editor, built from the field
 * definitions and rebuilt when they change, without a restart: text, number
 * and date as text boxes (numbers with a dot, dates ISO), yes/no as a check
 * box, choices as drop-downs, multiple choices as a list, references to a
 * party with a picker. Required fields are starred, help is the tooltip;
 * read-only ones cannot be edited.
 */
final class CustomFieldsSection<T extends Party> {

	private final PartyEditor<T> editor;
	private final FormToolkit toolkit;
	private final Section section;
	private final Composite client;
	private final List<String> bindingIds = new ArrayList<>();
	/** What the widgets were built from: rebuilt only when it changes. */
	private List<FieldDefinition> shown = List.of();

	CustomFieldsSection(PartyEditor<T> editor, FormToolkit toolkit, Composite body) {
		this.editor = editor;
		this.toolkit = toolkit;
		section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE
				| ExpandableComposite.EXPANDED);
		section.setText(Messages.Editor_sectionCustomFields);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(client);
		section.setClient(client);
		setVisible(false);
	}

	/**
	 * Builds the widgets for {@code fields} (active, shown, in order) unless they
	 * are what is shown already.
	 *
	 * @param choices each (multi-)choice field's entries, by field code
	 * @return whether the widgets were rebuilt (the caller then fills them)
	 */
	boolean build(List<FieldDefinition> fields, Map<String, List<ChoiceValue>> choices) {
		if (sameAsShown(fields)) {
			return false;
		}
		bindingIds.forEach(editor::removeBinding);
		bindingIds.clear();
		for (Control child : client.getChildren()) {
			child.dispose();
		}
		for (FieldDefinition field : fields) {
			FieldBinding<T> binding = create(field, choices.getOrDefault(field.getCode(), List.of()));
			bindingIds.add(binding.id());
			editor.addBinding(binding);
			if (field.isReadOnly()) {
				editor.markReadOnly(binding.id());
			}
		}
		shown = fields.stream().map(FieldDefinition::copy).toList();
		setVisible(!fields.isEmpty());
		toolkit.paintBordersFor(client);
		client.layout(true, true);
		return true;
	}

	private boolean sameAsShown(List<FieldDefinition> fields) {
		if (fields.size() != shown.size()) {
			return false;
		}
		for (int i = 0; i < fields.size(); i++) {
			if (!fields.get(i).getId().equals(shown.get(i).getId()) || fields.get(i).getVersion() != shown.get(i).getVersion()) {
				return false;
			}
		}
		return true;
	}

	private void setVisible(boolean visible) {
		section.setVisible(visible);
		((org.eclipse.swt.layout.GridData) section.getLayoutData()).exclude = !visible;
		section.getParent().layout(true, true);
	}

	private FieldBinding<T> create(FieldDefinition field, List<ChoiceValue> values) {
		String id = WidgetIds.PARTY_CUSTOM_PREFIX + field.getCode();
		String code = field.getCode();
		Label label = toolkit.createLabel(client, field.getLabel() + (field.isRequired() ? " *:" : ":")); //$NON-NLS-1$ //$NON-NLS-2$
		label.setToolTipText(field.getHelp());
		FieldBinding<T> binding = switch (field.getType()) {
		case BOOLEAN -> {
			Button check = WidgetIds.tag(toolkit.createButton(client, "", SWT.CHECK), id); //$NON-NLS-1$
			check.addListener(SWT.Selection, e -> editor.fieldChanged());
			yield new CheckBinding<>(id, field.getLabel(), check, p -> p.getCustomValue(code),
					(p, v) -> p.setCustomValue(code, v));
		}
		case CHOICE -> {
			Combo combo = WidgetIds.tag(new Combo(client, SWT.READ_ONLY), id);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
			Map<String, String> choices = new LinkedHashMap<>();
			choices.put("", ""); //$NON-NLS-1$ //$NON-NLS-2$
			values.forEach(v -> choices.put(v.getId().toString(), Labels.choice(v)));
			combo.addModifyListener(e -> editor.fieldChanged());
			yield new ChoiceBinding<>(id, field.getLabel(), combo, choices,
					value -> CoreServices.choices().value(Long.parseLong(value)).map(Labels::choice).orElse(value),
					p -> p.getCustomValue(code), (p, v) -> p.setCustomValue(code, v));
		}
		case MULTI_CHOICE -> new MultiChoiceBinding<>(client, id, field.getLabel(), values, editor::fieldChanged,
				p -> p.getCustomValue(code), (p, v) -> p.setCustomValue(code, v));
		case PARTY -> partyReference(field, id);
		case TEXT, NUMBER, DATE -> {
			Text text = WidgetIds.tag(toolkit.createText(client, "", SWT.SINGLE), id); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
			text.setMessage(switch (field.getType()) {
			case NUMBER -> Messages.Editor_numberHint;
			case DATE -> Messages.Editor_dateHint;
			default -> ""; //$NON-NLS-1$
			});
			text.addModifyListener(e -> editor.fieldChanged());
			yield new TextBinding<>(id, field.getLabel(), text, p -> p.getCustomValue(code),
					(p, v) -> p.setCustomValue(code, v));
		}
		};
		binding.control().setToolTipText(field.getHelp());
		return binding;
	}

	/** A read-only box with the party's name, a picker and a clear button; the stored value is the id. */
	private FieldBinding<T> partyReference(FieldDefinition field, String id) {
		Composite row = toolkit.createComposite(client);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
		Text name = WidgetIds.tag(toolkit.createText(row, "", SWT.READ_ONLY), id); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		Button choose = toolkit.createButton(row, Messages.Editor_choose, SWT.PUSH);
		Button clear = toolkit.createButton(row, Messages.Editor_clear, SWT.PUSH);
		String code = field.getCode();
		PartyRefBinding<T> binding = new PartyRefBinding<>(id, field.getLabel(), name, List.of(choose, clear),
				p -> p.getCustomValue(code), (p, v) -> p.setCustomValue(code, v));
		choose.addListener(SWT.Selection, e -> {
			PartyPickerDialog picker = new PartyPickerDialog(name.getShell(), null, field.getLabel());
			if (picker.open() == Window.OK && picker.chosen() != null) {
				binding.show(picker.chosen().getId().toString());
				editor.fieldChanged();
			}
		});
		clear.addListener(SWT.Selection, e -> {
			binding.show(""); //$NON-NLS-1$
			editor.fieldChanged();
		});
		return binding;
	}
}
