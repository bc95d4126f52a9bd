package org.vinculo.ui.internal.editors;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** A plain text field bound to one property of the party. */
final class TextBinding<T> extends ValueBinding<T> {

	private final Text text;

	TextBinding(String id, String label, Text text, Function<T, String> reader, BiConsumer<T, String> writer) {
		super(id, label, reader, writer);
		this.text = text;
	}

	@Override
	public Control control() {
		return text;
	}

	@Override
	public String current() {
		return text.getText();
	}

	@Override
	public void show(String canonical) {
		text.setText(canonical);
	}

	@Override
	public void setEditable(boolean editable) {
		text.setEditable(editable);
	}
}
