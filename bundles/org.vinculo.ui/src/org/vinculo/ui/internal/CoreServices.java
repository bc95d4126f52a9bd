package org.vinculo.ui.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.PartyService;

/**
 * Looks up the core services from the OSGi registry. Call from jobs, not from
 * the UI thread: the first lookup opens the database.
 */
public final class CoreServices {

	private static final long WAIT_MILLIS = 30_000;

	private CoreServices() {
	}

	public static PartyService parties() {
		return get(PartyService.class);
	}

	public static AffiliationService affiliations() {
		return get(AffiliationService.class);
	}

	private static <T> T get(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(CoreServices.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(WAIT_MILLIS);
			if (service == null) {
				throw new IllegalStateException("The core service " + type.getName() + " is not available"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} finally {
			tracker.close();
		}
	}
}
