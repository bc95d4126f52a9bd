package org.vinculo.ui.internal.network;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Which organization is "us" when looking for introductions: marked once (in
 * the Introductions preference page or the view) and kept in the workspace.
 */
public final class OurSide {

	private static final String NODE = "org.vinculo.ui"; //$NON-NLS-1$
	private static final String KEY = "network.ourOrganization"; //$NON-NLS-1$

	private OurSide() {
	}

	/** Our organization's id, or 0 when none is marked. */
	public static long organizationId() {
		return preferences().getLong(KEY, 0);
	}

	public static void setOrganizationId(long id) {
		IEclipsePreferences preferences = preferences();
		preferences.putLong(KEY, id);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(OurSide.class).error("Could not save our organization", e); //$NON-NLS-1$
		}
	}

	/** Calls {@code listener} when another part marks a different organization; returns what to remove later. */
	public static IPreferenceChangeListener listen(Runnable listener) {
		IPreferenceChangeListener change = event -> {
			if (KEY.equals(event.getKey())) {
				listener.run();
			}
		};
		preferences().addPreferenceChangeListener(change);
		return change;
	}

	public static void unlisten(IPreferenceChangeListener change) {
		preferences().removePreferenceChangeListener(change);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
