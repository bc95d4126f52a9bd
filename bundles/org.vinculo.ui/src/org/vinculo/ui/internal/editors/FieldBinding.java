package org.vinculo.ui.internal.editors;

import org.eclipse.swt.widgets.Control;

/**
 * One editable part of a party in its editor (a text field, the list of emails
 * and phones, the addresses), seen as canonical text so that the editor can
 * tell what changed and the conflict dialog can compare the three versions.
 *
 * @param <T> the kind of record edited (a party, or the custom values of a plug-in's record)
 */
interface FieldBinding<T> {

	/** Widget id, also the key of the field in conflicts and validation. */
	String id();

	/** The field's name for the user. */
	String label();

	/** Where a validation message is shown. */
	Control control();

	/** Canonical text of the value stored in {@code record}. */
	String read(T record);

	/** Canonical text of what the widget shows now. */
	String current();

	/** Shows a canonical value in the widget, without marking the editor dirty. */
	void show(String canonical);

	/** Copies what the widget shows into {@code target}. */
	void apply(T target);

	void setEditable(boolean editable);

	/** How a canonical value reads for a person (one line per entry for lists). */
	default String describe(String canonical) {
		return canonical;
	}

	/** Whether a conflict may be settled by typing a merged value (plain text) or only by choosing a side. */
	default boolean mergeableAsText() {
		return true;
	}
}
