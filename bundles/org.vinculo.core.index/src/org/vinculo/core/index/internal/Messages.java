package org.vinculo.core.index.internal;

import org.eclipse.osgi.util.NLS;

/** Job names and messages of the search index, in English and Spanish. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.core.index.internal.messages"; //$NON-NLS-1$

	public static String CatchUpJob_name;
	public static String CatchUpJob_failed;
	public static String RebuildJob_name;
	public static String RebuildJob_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
