package org.vinculo.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Runs code a plug-in contributed so that its failure stays its own: anything
 * it throws (errors of linkage included) is caught and logged under the
 * contributing bundle's name, and the caller goes on with the rest.
 */
public final class Contributions {

	/** Work of a contribution that may throw anything. */
	@FunctionalInterface
	public interface Call {
		void run() throws Exception;
	}

	private Contributions() {
	}

	/**
	 * Runs {@code call}; on failure logs "Contribution {id} of plug-in {bundle}
	 * failed while {doing}" with the bundle as the status' plug-in id.
	 *
	 * @return whether it ran without throwing
	 */
	public static boolean run(String bundle, String id, String doing, Call call) {
		try {
			call.run();
			return true;
		} catch (Exception | LinkageError | AssertionError e) {
			// the error log is English, like the rest of it: "doing" comes from our code, not from messages
			log(bundle, "Contribution " + id + " of plug-in " + bundle + " failed while " + doing, e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return false;
		}
	}

	public static void log(String bundle, String message, Throwable error) {
		ILog.of(Contributions.class).log(new Status(IStatus.ERROR, bundle, message, error));
	}
}
