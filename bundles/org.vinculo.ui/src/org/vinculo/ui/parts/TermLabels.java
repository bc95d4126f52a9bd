package org.vinculo.ui.parts;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.vinculo.ui.internal.Terms;

/**
 * The labels of one plug-in view, editor or dialog that name records, kept in
 * step with the terminology: bind each label to a message pattern
 * ({@code "{t:sales.opportunity:plural}"}), listen, and an admin's rename
 * relabels them without a restart. Dispose with the part.
 */
public final class TermLabels {

	private final Terms terms = new Terms();

	/** Expands a message pattern with the terms in force (see {@link org.vinculo.core.terms.Terminology}). */
	public static String format(String pattern, Object... arguments) {
		return Terms.format(pattern, arguments);
	}

	/** Runs {@code update} now and after every rename; it should set one label from a pattern. */
	public void bind(Runnable update) {
		terms.bind(update);
	}

	/** Follows renames until {@link #dispose()}; pass the part's {@code site.getService(IEventBroker.class)}. */
	public void listen(IEventBroker broker) {
		terms.listen(broker);
	}

	public void dispose() {
		terms.dispose();
	}
}
