package org.vinculo.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.terms.Terminology;

/**
 * The user-visible words of one view, editor or dialog that name records. Each
 * label is bound to a message pattern ({@code "New {t:party.person}"}) and set
 * again whenever an admin renames a term, so renames apply without a restart.
 */
public final class Terms {

	private final List<Runnable> labels = new ArrayList<>();
	private IEventBroker broker;
	private final EventHandler onRename = event -> relabel();

	/** Expands a message pattern with the terms in force (see {@link Terminology}). */
	public static String format(String pattern, Object... arguments) {
		try {
			return CoreServices.terminology().format(pattern, arguments);
		} catch (IllegalStateException e) {
			// no terminology service (a stripped-down product): show the pattern's English fallback shape
			return NLS.bind(pattern.replaceAll("\\{[tg]:([^}:]*)[^}]*\\}", "$1"), arguments); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Runs {@code update} now and after every rename; it must set one label from a pattern. */
	public void bind(Runnable update) {
		labels.add(update);
		update.run();
	}

	/** Listens for renames until {@link #dispose()}; the updates run on the UI thread. */
	public void listen(IEventBroker eventBroker) {
		broker = eventBroker;
		if (broker != null) {
			broker.subscribe(Terminology.TOPIC_CHANGED, onRename);
		}
	}

	public void relabel() {
		labels.forEach(Runnable::run);
	}

	public void dispose() {
		if (broker != null) {
			broker.unsubscribe(onRename);
		}
	}
}
