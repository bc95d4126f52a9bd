package org.vinculo.ui.internal.editors;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.vinculo.core.model.Party;
import org.vinculo.ui.internal.Labels;

/** A plain text field bound to one property of the party. */
final class TextBinding<T extends Party> implements FieldBinding<T> {

	private final String id;
	private final String label;
	private final Text text;
	private final Function<T, String> reader;
	private final BiConsumer<T, String> writer;

	TextBinding(String id, String label, Text text, Function<T, String> reader, BiConsumer<T, String> writer) {
		this.id = id;
		this.label = label;
		this.text = text;
		this.reader = reader;
		this.writer = writer;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public Control control() {
		return text;
	}

	@Override
	public String read(T record) {
		return Labels.nullToEmpty(reader.apply(record));
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
	public void apply(T target) {
		writer.accept(target, text.getText());
	}

	@Override
	public void setEditable(boolean editable) {
		text.setEditable(editable);
	}
}
