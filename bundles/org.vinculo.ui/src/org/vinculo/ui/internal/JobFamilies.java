package org.vinculo.ui.internal;

/** Job families, so that tests and the progress view can find our jobs. */
public final class JobFamilies {
	public static final Object DEMO_DATA = new Object();
	public static final Object PARTY_SEARCH = new Object();
	public static final Object EDITOR_LOAD = new Object();
	/** The background reads that prepare the first editor opened in a session. */
	public static final Object EDITOR_WARM_UP = new Object();
	public static final Object INDEX_REBUILD = new Object();
	public static final Object LIFECYCLE_RULE = new Object();

	private JobFamilies() {
	}
}
