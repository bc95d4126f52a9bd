package org.vinculo.ui.internal.editors;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.vinculo.ui.internal.Messages;

/** A check box bound to a yes/no property stored as "true" / "false" (empty when never set). */
final class CheckBinding<T> extends ValueBinding<T> {

	private final Button check;

	CheckBinding(String id, String label, Button check, Function<T, String> reader, BiConsumer<T, String> writer) {
		super(id, label, reader, writer);
		this.check = check;
	}

	@Override
	public Control control() {
		return check;
	}

	@Override
	public String read(T record) {
		return "true".equals(super.read(record)) ? "true" : "false"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public String current() {
		return Boolean.toString(check.getSelection());
	}

	@Override
	public void show(String canonical) {
		check.setSelection("true".equals(canonical)); //$NON-NLS-1$
	}

	@Override
	public void setEditable(boolean editable) {
		check.setEnabled(editable);
	}

	@Override
	public String describe(String canonical) {
		return "true".equals(canonical) ? Messages.Editor_yes : Messages.Editor_no; //$NON-NLS-1$
	}

	@Override
	public boolean mergeableAsText() {
		return false;
	}
}
