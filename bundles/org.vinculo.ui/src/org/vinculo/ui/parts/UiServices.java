package org.vinculo.ui.parts;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * OSGi services for UI code that the framework does not inject (views, editors
 * and handlers created from {@code plugin.xml}). Services are looked up on each
 * call, so a restarted component is found again.
 */
public final class UiServices {

	private UiServices() {
	}

	/**
	 * The service of {@code type}, through the bundle of {@code caller}'s class.
	 *
	 * @throws IllegalStateException when no such service is registered (its bundle is missing or failed)
	 */
	public static <S> S get(Class<?> caller, Class<S> type) {
		Bundle bundle = FrameworkUtil.getBundle(caller);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			throw new IllegalStateException("No bundle context for " + caller.getName()); //$NON-NLS-1$
		}
		ServiceReference<S> reference = context.getServiceReference(type);
		S service = reference == null ? null : context.getService(reference);
		if (service == null) {
			throw new IllegalStateException("Service not available: " + type.getName()); //$NON-NLS-1$
		}
		return service;
	}

	/**
	 * The user working in this workspace (an owner-list entry id, see
	 * {@link org.vinculo.core.users.User}), or {@code null} when none is chosen yet.
	 */
	public static Long currentUserId() {
		return org.vinculo.ui.internal.activities.CurrentUser.get();
	}
}
