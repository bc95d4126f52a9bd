package org.vinculo.ui.internal.dialogs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.vinculo.core.service.ValidationException.Problem;

/** Shows validation problems as an error marker with its message next to each field. */
final class FieldMarkers {

	private final Map<String, ControlDecoration> decorations = new HashMap<>();

	void register(String field, Control control) {
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault()
				.getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.setShowHover(true);
		decoration.hide();
		decorations.put(field, decoration);
	}

	/** Marks each problem's field; returns the first message, or {@code null} when all is well. */
	String show(List<Problem> problems) {
		decorations.values().forEach(ControlDecoration::hide);
		for (Problem problem : problems) {
			ControlDecoration decoration = decorations.get(problem.field());
			if (decoration != null) {
				decoration.setDescriptionText(problem.message());
				decoration.show();
			}
		}
		return problems.isEmpty() ? null : problems.get(0).message();
	}
}
