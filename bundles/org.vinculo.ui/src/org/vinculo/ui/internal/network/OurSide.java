package org.vinculo.ui.internal.network;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.vinculo.ui.internal.UiPreferences;

/**
 * Which organization is "us" when looking for introductions: marked once (in
 * the Introductions preference page or the view) and kept in the workspace.
 */
public final class OurSide {

	private static final String KEY = "network.ourOrganization"; //$NON-NLS-1$

	private OurSide() {
	}

	/** Our organization's id, or 0 when none is marked. */
	public static long organizationId() {
		return UiPreferences.node().getLong(KEY, 0);
	}

	public static void setOrganizationId(long id) {
		UiPreferences.node().putLong(KEY, id);
		UiPreferences.save("our organization"); //$NON-NLS-1$
	}

	/** Calls {@code listener} when another part marks a different organization; returns what to remove later. */
	public static IPreferenceChangeListener listen(Runnable listener) {
		return UiPreferences.listen(KEY, listener);
	}

	public static void unlisten(IPreferenceChangeListener change) {
		UiPreferences.unlisten(change);
	}
}
