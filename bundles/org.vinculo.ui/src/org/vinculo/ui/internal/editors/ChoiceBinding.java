package org.vinculo.ui.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;

/**
 * A drop-down bound to one property of the party whose canonical text is a
 * code (a lifecycle stage, a choice value's id), shown by label. A stored code
 * that is no longer offered (a retired value) is still shown and kept.
 */
final class ChoiceBinding<T> extends ValueBinding<T> {

	private final Combo combo;
	/** Canonical code to label, in display order; "" is "none" when offered. */
	private final Map<String, String> choices;
	private final List<String> codes = new ArrayList<>();
	private final Function<String, String> labelOfUnlisted;

	ChoiceBinding(String id, String label, Combo combo, Map<String, String> choices, Function<String, String> labelOfUnlisted,
			Function<T, String> reader, BiConsumer<T, String> writer) {
		super(id, label, reader, writer);
		this.combo = combo;
		this.choices = new LinkedHashMap<>(choices);
		this.labelOfUnlisted = labelOfUnlisted;
		fill();
	}

	/** Offers another set of choices (the list was edited), keeping the selection. */
	void setChoices(Map<String, String> newChoices) {
		String selected = current();
		choices.clear();
		choices.putAll(newChoices);
		fill();
		if (!selected.isEmpty() || choices.containsKey(selected)) {
			show(selected);
		}
	}

	private void fill() {
		combo.removeAll();
		codes.clear();
		choices.forEach((code, text) -> {
			codes.add(code);
			combo.add(text);
		});
	}

	@Override
	public Control control() {
		return combo;
	}

	@Override
	public String current() {
		int index = combo.getSelectionIndex();
		return index < 0 ? "" : codes.get(index); //$NON-NLS-1$
	}

	@Override
	public void show(String canonical) {
		if (!choices.containsKey(canonical)) {
			// a retired value, or one added since the editor opened: offer it so it is kept
			choices.put(canonical, labelOfUnlisted.apply(canonical));
			fill();
		}
		combo.select(codes.indexOf(canonical));
	}

	@Override
	public void setEditable(boolean editable) {
		combo.setEnabled(editable);
	}

	@Override
	public String describe(String canonical) {
		return canonical.isEmpty() ? "" : choices.getOrDefault(canonical, labelOfUnlisted.apply(canonical)); //$NON-NLS-1$
	}

	@Override
	public boolean mergeableAsText() {
		return false;
	}
}
