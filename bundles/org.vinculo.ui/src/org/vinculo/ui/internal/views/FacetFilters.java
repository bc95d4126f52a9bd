package org.vinculo.ui.internal.views;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Segment;
import org.vinculo.core.search.Facets;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;

/**
 * The row of exact filters under the search box: lifecycle stage, and one
 * segment (type, industry, activity, source, territory, owner) or tag with its
 * value. Each adds a {@link Facets facet} the results must have.
 */
final class FacetFilters {

	private final Combo stage;
	private final Combo category;
	private final Combo value;
	private final Runnable changed;
	/** The choice values offered in {@link #value}, by index; empty for tags. */
	private List<ChoiceValue> values = List.of();

	FacetFilters(Composite parent, Runnable changed, String stageId, String categoryId, String valueId) {
		this.changed = changed;
		Composite row = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
		new Label(row, SWT.NONE).setText(Messages.PartiesView_filterStage);
		stage = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), stageId);
		stage.add(Messages.PartiesView_anyStage);
		for (LifecycleStage s : LifecycleStage.values()) {
			stage.add(s.label());
		}
		stage.select(0);
		stage.addModifyListener(e -> changed.run());

		category = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), categoryId);
		category.add(Messages.PartiesView_anySegment);
		for (Segment segment : Segment.values()) {
			category.add(segment.label());
		}
		category.add(Messages.PartiesView_tag);
		category.select(0);
		value = WidgetIds.tag(new Combo(row, SWT.DROP_DOWN), valueId);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(value);
		value.setEnabled(false);
		category.addModifyListener(e -> categoryChosen());
		value.addModifyListener(e -> changed.run());
	}

	private void categoryChosen() {
		int index = category.getSelectionIndex();
		value.removeAll();
		values = List.of();
		Segment segment = index >= 1 && index <= Segment.values().length ? Segment.values()[index - 1] : null;
		if (segment != null) {
			values = new ArrayList<>(CoreServices.choices().values(segment.listCode(), true));
			values.forEach(v -> value.add(v.getLabel()));
		}
		value.setEnabled(index > 0);
		changed.run();
	}

	/** The facets chosen now. */
	Set<String> selected() {
		Set<String> result = new HashSet<>();
		int stageIndex = stage.getSelectionIndex();
		if (stageIndex > 0) {
			result.add(Facets.lifecycle(LifecycleStage.values()[stageIndex - 1]));
		}
		int index = category.getSelectionIndex();
		String text = value.getText().strip();
		if (index > Segment.values().length && !text.isEmpty()) {
			result.add(Facets.tag(text));
		} else if (index > 0 && !text.isEmpty()) {
			Segment segment = Segment.values()[index - 1];
			values.stream().filter(v -> v.getLabel().equals(text)).findFirst()
					.ifPresent(v -> result.add(Facets.segment(segment, v.getId())));
		}
		return result;
	}
}
