package org.vinculo.core.network.internal;

import org.eclipse.osgi.util.NLS;

/** Translated words of introduction explanations. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.core.network.internal.messages"; //$NON-NLS-1$

	public static String Explain_arrow;
	public static String Explain_ours;
	public static String Explain_colleague;
	public static String Explain_formerColleague;
	public static String Explain_since;
	public static String Explain_until;
	public static String Explain_past;
	public static String Affiliation_forward;
	public static String Affiliation_inverse;
	public static String LoadJob;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
