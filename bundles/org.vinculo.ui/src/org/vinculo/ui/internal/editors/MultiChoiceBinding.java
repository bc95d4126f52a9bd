package org.vinculo.ui.internal.editors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Labels;

/** A multiple-choice field as a list with several rows selectable; stored as ids joined by commas. */
final class MultiChoiceBinding<T> extends ValueBinding<T> {

	private final org.eclipse.swt.widgets.List list;
	private final List<ChoiceValue> values;
	private boolean editable = true;

	MultiChoiceBinding(Composite parent, String id, String label, List<ChoiceValue> values, Runnable changed,
			Function<T, String> reader, BiConsumer<T, String> writer) {
		super(id, label, reader, writer);
		this.values = new ArrayList<>(values);
		list = WidgetIds.tag(new org.eclipse.swt.widgets.List(parent, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL), id);
		values.forEach(v -> list.add(Labels.choice(v)));
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, list.getItemHeight() * Math.min(5, Math.max(2, values.size())))
				.applyTo(list);
		list.addListener(SWT.Selection, e -> {
			if (!editable) {
				// a read-only list cannot be disabled without hiding its selection: undo the click
				show(canonicalShown);
				return;
			}
			canonicalShown = current();
			changed.run();
		});
	}

	private String canonicalShown = ""; //$NON-NLS-1$

	@Override
	public Control control() {
		return list;
	}

	@Override
	public String current() {
		return Arrays.stream(list.getSelectionIndices()).mapToObj(i -> values.get(i).getId().toString())
				.collect(Collectors.joining(",")); //$NON-NLS-1$
	}

	@Override
	public void show(String canonical) {
		list.deselectAll();
		for (String part : canonical.split(",")) { //$NON-NLS-1$
			for (int i = 0; i < values.size(); i++) {
				if (values.get(i).getId().toString().equals(part.strip())) {
					list.select(i);
				}
			}
		}
		canonicalShown = canonical;
	}

	@Override
	public void setEditable(boolean value) {
		editable = value;
	}

	@Override
	public String describe(String canonical) {
		List<String> labels = new ArrayList<>();
		for (String part : canonical.split(",")) { //$NON-NLS-1$
			values.stream().filter(v -> v.getId().toString().equals(part.strip())).findFirst()
					.ifPresent(v -> labels.add(v.getLabel()));
		}
		return String.join(", ", labels); //$NON-NLS-1$
	}

	@Override
	public boolean mergeableAsText() {
		return false;
	}
}
