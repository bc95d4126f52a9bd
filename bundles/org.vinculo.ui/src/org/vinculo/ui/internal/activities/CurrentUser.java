package org.vinculo.ui.internal.activities;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.vinculo.ui.internal.UiPreferences;

/**
 * Who is using this workspace, as an entry of the owner choice list: whose
 * agenda opens and reminds, and who owns a new activity until changed. Kept in
 * the workspace, not in the database, since each user has their own.
 */
public final class CurrentUser {

	static final String KEY = "activities.currentOwner"; //$NON-NLS-1$

	private CurrentUser() {
	}

	/** The owner choice value id of the current user, or {@code null} when nobody is chosen. */
	public static Long get() {
		long id = UiPreferences.node().getLong(KEY, 0);
		return id == 0 ? null : id;
	}

	/** Makes the owner with choice value id {@code ownerId} the current user; {@code null} for nobody. */
	public static void set(Long ownerId) {
		if (ownerId == null) {
			UiPreferences.node().remove(KEY);
		} else {
			UiPreferences.node().putLong(KEY, ownerId);
		}
		UiPreferences.save("the current user"); //$NON-NLS-1$
	}

	/** Calls {@code listener} (on any thread) when the current user changes; returns what to remove later. */
	public static IPreferenceChangeListener listen(Runnable listener) {
		return UiPreferences.listen(KEY, listener);
	}

	public static void unlisten(IPreferenceChangeListener change) {
		UiPreferences.unlisten(change);
	}
}
