package org.vinculo.ui.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
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
	/** The codes of the combo's items: every choice once listed, else only the one shown. */
	private final List<String> codes = new ArrayList<>();
	private final Function<String, String> labelOfUnlisted;
	/** Whether the combo holds every choice; see {@link #listLater()}. */
	private boolean listed = true;
	/** The code last shown by {@link #show(String)}: the combo showing it again is not an edit. */
	private String shown = ""; //$NON-NLS-1$
	/** While the binding changes the combo's items itself: not an edit. */
	private boolean relisting;

	ChoiceBinding(String id, String label, Combo combo, Map<String, String> choices, Function<String, String> labelOfUnlisted,
			Function<T, String> reader, BiConsumer<T, String> writer, Runnable changed) {
		super(id, label, reader, writer);
		this.combo = combo;
		this.choices = new LinkedHashMap<>(choices);
		this.labelOfUnlisted = labelOfUnlisted;
		// GTK tells of some changes of items at once and of others later (a deferred event): a
		// change is the user's when it comes from neither and leaves another value than the one shown
		combo.addModifyListener(e -> {
			if (!relisting && !current().equals(shown)) {
				changed.run();
			}
		});
		fill();
	}

	/**
	 * Keeps only the value shown in the drop-down until {@link #list()}: GTK measures every entry of
	 * every drop-down when a form is first laid out and drawn (about 0.4 ms an entry here), so a
	 * record with several long lists opens sooner with one entry each. The others are added when
	 * the pointer or the focus reaches the drop-down, if the editor has not listed them by then.
	 */
	ChoiceBinding<T> listLater() {
		if (listed) {
			listed = false;
			combo.addListener(SWT.MouseEnter, e -> list());
			combo.addListener(SWT.FocusIn, e -> list());
			relist(current());
		}
		return this;
	}

	/** Offers every choice, keeping the one shown. */
	void list() {
		if (!listed && !combo.isDisposed()) {
			listed = true;
			relist(current());
		}
	}

	/** Offers another set of choices (the list was edited), keeping the selection. */
	void setChoices(Map<String, String> newChoices) {
		String selected = current();
		choices.clear();
		choices.putAll(newChoices);
		relist(selected);
	}

	private void relist(String selected) {
		quietly(() -> {
			fill();
			if (!selected.isEmpty() || choices.containsKey(selected)) {
				show(selected);
			}
		});
	}

	/** The combo's items: every choice once listed, else none until one is shown. */
	private void fill() {
		quietly(() -> {
			combo.removeAll();
			codes.clear();
			if (listed) {
				choices.forEach((code, text) -> {
					codes.add(code);
					combo.add(text);
				});
			}
		});
	}

	private void quietly(Runnable change) {
		boolean outer = relisting;
		relisting = true;
		try {
			change.run();
		} finally {
			relisting = outer;
		}
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
			if (listed) {
				fill();
			}
		}
		if (!listed && !codes.equals(List.of(canonical))) {
			quietly(() -> {
				combo.setItems(choices.get(canonical));
				codes.clear();
				codes.add(canonical);
			});
		}
		shown = canonical;
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
