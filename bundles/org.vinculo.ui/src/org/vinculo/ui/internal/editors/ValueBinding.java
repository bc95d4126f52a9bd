package org.vinculo.ui.internal.editors;

import java.util.function.BiConsumer;
import java.util.function.Function;


/**
 * A binding of one property of the party read and written as text (a name,
 * a stage's code, a custom value's stored form); subclasses bring the widget.
 */
abstract class ValueBinding<T> implements FieldBinding<T> {

	private final String id;
	private final String label;
	private final Function<T, String> reader;
	private final BiConsumer<T, String> writer;

	ValueBinding(String id, String label, Function<T, String> reader, BiConsumer<T, String> writer) {
		this.id = id;
		this.label = label;
		this.reader = reader;
		this.writer = writer;
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final String label() {
		return label;
	}

	/** The stored value, empty for none. */
	@Override
	public String read(T record) {
		String value = reader.apply(record);
		return value == null ? "" : value; //$NON-NLS-1$
	}

	@Override
	public final void apply(T target) {
		writer.accept(target, current());
	}
}
