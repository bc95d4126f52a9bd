package org.vinculo.ui.internal.activities;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Who is using this workspace, as an entry of the owner choice list: whose
 * agenda opens and reminds, and who owns a new activity until changed. Kept in
 * the workspace, not in the database, since each user has their own.
 */
public final class CurrentUser {

	private static final String NODE = "org.vinculo.ui"; //$NON-NLS-1$
	static final String KEY = "activities.currentOwner"; //$NON-NLS-1$

	private CurrentUser() {
	}

	/** The owner choice value id of the current user, or {@code null} when nobody is chosen. */
	public static Long get() {
		long id = preferences().getLong(KEY, 0);
		return id == 0 ? null : id;
	}

	/** Makes the owner with choice value id {@code ownerId} the current user; {@code null} for nobody. */
	public static void set(Long ownerId) {
		IEclipsePreferences preferences = preferences();
		if (ownerId == null) {
			preferences.remove(KEY);
		} else {
			preferences.putLong(KEY, ownerId);
		}
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(CurrentUser.class).error("Could not save the current user", e); //$NON-NLS-1$
		}
	}

	/** Calls {@code listener} (on any thread) when the current user changes; returns what to remove later. */
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
