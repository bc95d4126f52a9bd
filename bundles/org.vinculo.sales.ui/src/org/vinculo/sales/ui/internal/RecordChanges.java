package org.vinculo.sales.ui.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.services.IServiceLocator;
import org.osgi.service.event.EventHandler;

/**
 * A part's subscription to the topics on which the services announce changed
 * records. The part ends it when it is disposed, so that no change reaches
 * controls that are gone.
 */
public final class RecordChanges {

	private final IEventBroker broker;
	private final EventHandler handler;

	private RecordChanges(IEventBroker broker, EventHandler handler) {
		this.broker = broker;
		this.handler = handler;
	}

	/** Calls {@code handler} for each change on {@code topics}; nothing where {@code site} has no event broker. */
	public static RecordChanges follow(IServiceLocator site, EventHandler handler, String... topics) {
		IEventBroker broker = site.getService(IEventBroker.class);
		if (broker != null) {
			for (String topic : topics) {
				broker.subscribe(topic, handler);
			}
		}
		return new RecordChanges(broker, handler);
	}

	public void dispose() {
		if (broker != null) {
			broker.unsubscribe(handler);
		}
	}
}
