package org.vinculo.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workspace's own settings of the UI (our organization, the current user,
 * the inactivity rule): one preference node, saved at once, with change
 * listeners per key.
 */
public final class UiPreferences {

	private static final String NODE = "org.vinculo.ui"; //$NON-NLS-1$

	private UiPreferences() {
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** Writes the node to disk now; a failure is logged, naming {@code what} was being saved. */
	public static void save(String what) {
		try {
			node().flush();
		} catch (BackingStoreException e) {
			ILog.of(UiPreferences.class).error("Could not save " + what, e); //$NON-NLS-1$
		}
	}

	/** Calls {@code listener} (on any thread) when {@code key} changes; returns what to remove later. */
	public static IPreferenceChangeListener listen(String key, Runnable listener) {
		IPreferenceChangeListener change = event -> {
			if (key.equals(event.getKey())) {
				listener.run();
			}
		};
		node().addPreferenceChangeListener(change);
		return change;
	}

	public static void unlisten(IPreferenceChangeListener change) {
		node().removePreferenceChangeListener(change);
	}
}
