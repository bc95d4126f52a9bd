package org.vinculo.ui.internal.editors;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.vinculo.core.model.Party;
import org.vinculo.ui.internal.CoreServices;

/** A reference to a person or organization: shows the name, stores the id. */
final class PartyRefBinding<T> extends ValueBinding<T> {

	private final Text name;
	private final List<Button> buttons;
	private String partyId = ""; //$NON-NLS-1$

	PartyRefBinding(String id, String label, Text name, List<Button> buttons, Function<T, String> reader,
			BiConsumer<T, String> writer) {
		super(id, label, reader, writer);
		this.name = name;
		this.buttons = buttons;
	}

	@Override
	public Control control() {
		return name;
	}

	@Override
	public String current() {
		return partyId;
	}

	@Override
	public void show(String canonical) {
		partyId = canonical;
		name.setText(describe(canonical));
	}

	@Override
	public void setEditable(boolean editable) {
		buttons.forEach(b -> b.setEnabled(editable));
	}

	@Override
	public String describe(String canonical) {
		if (canonical.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		try {
			return CoreServices.parties().find(Long.parseLong(canonical)).map(Party::getDisplayName).orElse(canonical);
		} catch (NumberFormatException e) {
			return canonical;
		}
	}

	@Override
	public boolean mergeableAsText() {
		return false;
	}
}
