package org.vinculo.demo;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.demo.messages"; //$NON-NLS-1$
	public static String DemoData_loading;
	public static String Generator_task;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
