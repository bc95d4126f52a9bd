package org.vinculo.ui.internal;

import java.time.Duration;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.vinculo.core.service.InactivityRule;

/**
 * Runs the lifecycle rule (active customers idle for the configured number of
 * days become inactive) as a cancellable job: at start-up when enabled, and on
 * demand from the Customer Lifecycle preference page.
 */
public final class LifecycleRuleJob extends Job {

	private static final String DAYS = "lifecycle.inactiveAfterDays"; //$NON-NLS-1$
	private static final String AT_START = "lifecycle.ruleAtStartup"; //$NON-NLS-1$
	public static final int DEFAULT_DAYS = 365;

	private final int days;
	private volatile int changed = -1;

	public LifecycleRuleJob(int days) {
		super(NLS.bind(Messages.LifecycleRule_job, days));
		this.days = days;
		setUser(false);
	}

	/** How many parties the last run made inactive; -1 before it finished. */
	public int changed() {
		return changed;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			changed = new InactivityRule(CoreServices.parties(), Duration.ofDays(days)).apply(monitor);
			ILog.of(LifecycleRuleJob.class).info(NLS.bind("Lifecycle rule: {0} customers idle for {1} days became inactive", //$NON-NLS-1$
					changed, days));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			return Status.error(NLS.bind(Messages.LifecycleRule_failed, e.getMessage()), e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.LIFECYCLE_RULE;
	}

	public static int days() {
		return UiPreferences.node().getInt(DAYS, DEFAULT_DAYS);
	}

	public static boolean atStartup() {
		return UiPreferences.node().getBoolean(AT_START, true);
	}

	public static void save(int days, boolean atStartup) {
		UiPreferences.node().putInt(DAYS, days);
		UiPreferences.node().putBoolean(AT_START, atStartup);
		UiPreferences.save("the lifecycle rule"); //$NON-NLS-1$
	}
}
