package org.vinculo.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Party;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Messages;

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
		section = toolkit.createSection(body, ExpandableComposite.SHORT_TITLE_BAR | ExpandableComposite.TWISTIE
				| ExpandableComposite.EXPANDED);
		section.setText(Messages.Editor_sectionCustomFields);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(client);
		section.setClient(client);
		// hidden until there are fields; the form is laid out when it is first shown
		section.setVisible(false);
		((org.eclipse.swt.layout.GridData) section.getLayoutData()).exclude = true;
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
		if (!editor.creating()) { // a form being made is laid out once, when it is
			client.layout(true, true);
		}
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
		org.eclipse.swt.layout.GridData data = (org.eclipse.swt.layout.GridData) section.getLayoutData();
		if (section.getVisible() == visible && data.exclude == !visible) {
			return; // as it was: laying the whole form out again would change nothing
		}
		section.setVisible(visible);
		data.exclude = !visible;
		// the sections around it move; its own fields were laid out by build
		if (!editor.creating()) {
			section.getParent().layout(true);
		}
	}

	private FieldBinding<T> create(FieldDefinition field, List<ChoiceValue> values) {
		return CustomFieldWidgets.create(toolkit, client, field, values, WidgetIds.PARTY_CUSTOM_PREFIX, editor::fieldChanged,
				Party::getCustomValue, Party::setCustomValue);
	}
}
