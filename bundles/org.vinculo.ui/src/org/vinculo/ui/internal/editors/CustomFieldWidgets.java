package org.vinculo.ui.internal.editors;

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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.dialogs.PartyPickerDialog;

/**
 * The widgets of custom fields, for the party editors and for plug-ins'
 * records alike: text, number and date as text boxes, yes/no as a check box,
 * choices as drop-downs, multiple choices as a list, references to a party with
 * a picker. Required fields are starred, help is the tooltip.
 */
final class CustomFieldWidgets {

	/** Reads a record's value of a custom field (canonical text, empty when unset). */
	@FunctionalInterface
	interface Getter<T> {
		String get(T record, String code);
	}

	/** Sets a record's value of a custom field. */
	@FunctionalInterface
	interface Setter<T> {
		void set(T record, String code, String value);
	}

	private CustomFieldWidgets() {
	}

	/**
	 * The label and widget for one custom field in a two-column {@code client},
	 * bound through {@code getter}/{@code setter} to the record's value of the
	 * field; {@code changed} runs on every edit.
	 */
	static <T> FieldBinding<T> create(FormToolkit toolkit, Composite client, FieldDefinition field, List<ChoiceValue> values,
			String idPrefix, Runnable changed, Getter<T> getter, Setter<T> setter) {
		String id = idPrefix + field.getCode();
		String code = field.getCode();
		Label label = toolkit.createLabel(client, field.getLabel() + (field.isRequired() ? " *:" : ":")); //$NON-NLS-1$ //$NON-NLS-2$
		label.setToolTipText(field.getHelp());
		FieldBinding<T> binding = switch (field.getType()) {
		case BOOLEAN -> {
			Button check = WidgetIds.tag(toolkit.createButton(client, "", SWT.CHECK), id); //$NON-NLS-1$
			check.addListener(SWT.Selection, e -> changed.run());
			yield new CheckBinding<>(id, field.getLabel(), check, p -> getter.get(p, code),
					(p, v) -> setter.set(p, code, v));
		}
		case CHOICE -> {
			Combo combo = WidgetIds.tag(new Combo(client, SWT.READ_ONLY), id);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
			Map<String, String> choices = new LinkedHashMap<>();
			choices.put("", ""); //$NON-NLS-1$ //$NON-NLS-2$
			values.forEach(v -> choices.put(v.getId().toString(), Labels.choice(v)));
			yield new ChoiceBinding<>(id, field.getLabel(), combo, choices,
					value -> CoreServices.choices().value(Long.parseLong(value)).map(Labels::choice).orElse(value),
					p -> getter.get(p, code), (p, v) -> setter.set(p, code, v), changed);
		}
		case MULTI_CHOICE -> new MultiChoiceBinding<>(client, id, field.getLabel(), values, changed,
				p -> getter.get(p, code), (p, v) -> setter.set(p, code, v));
		case PARTY -> partyReference(toolkit, client, field, id, changed, getter, setter);
		case TEXT, NUMBER, DATE -> {
			Text text = WidgetIds.tag(toolkit.createText(client, "", SWT.SINGLE), id); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
			text.setMessage(switch (field.getType()) {
			case NUMBER -> Messages.Editor_numberHint;
			case DATE -> Messages.Editor_dateHint;
			default -> ""; //$NON-NLS-1$
			});
			text.addModifyListener(e -> changed.run());
			yield new TextBinding<>(id, field.getLabel(), text, p -> getter.get(p, code),
					(p, v) -> setter.set(p, code, v));
		}
		};
		binding.control().setToolTipText(field.getHelp());
		return binding;
	}

	/** A read-only box with the party's name, a picker and a clear button; the stored value is the id. */
	private static <T> FieldBinding<T> partyReference(FormToolkit toolkit, Composite client, FieldDefinition field,
			String id, Runnable changed, Getter<T> getter, Setter<T> setter) {
		Composite row = toolkit.createComposite(client);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
		Text name = WidgetIds.tag(toolkit.createText(row, "", SWT.READ_ONLY), id); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		Button choose = toolkit.createButton(row, Messages.Editor_choose, SWT.PUSH);
		Button clear = toolkit.createButton(row, Messages.Editor_clear, SWT.PUSH);
		String code = field.getCode();
		PartyRefBinding<T> binding = new PartyRefBinding<>(id, field.getLabel(), name, List.of(choose, clear),
				p -> getter.get(p, code), (p, v) -> setter.set(p, code, v));
		choose.addListener(SWT.Selection, e -> {
			PartyPickerDialog picker = new PartyPickerDialog(name.getShell(), null, field.getLabel());
			if (picker.open() == Window.OK && picker.chosen() != null) {
				binding.show(picker.chosen().getId().toString());
				changed.run();
			}
		});
		clear.addListener(SWT.Selection, e -> {
			binding.show(""); //$NON-NLS-1$
			changed.run();
		});
		return binding;
	}
}
