package org.vinculo.ui.internal;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.vinculo.ui.internal.activities.Reminders;

final class VinculoWorkbenchAdvisor extends WorkbenchAdvisor {

	private final boolean loadDemoData;

	VinculoWorkbenchAdvisor(boolean loadDemoData) {
		this.loadDemoData = loadDemoData;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PartiesPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new VinculoWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		StartupTrace.mark("workbench started"); //$NON-NLS-1$
		new CommandLabels(getWorkbenchConfigurer().getWorkbench());
		if (loadDemoData) {
			new LoadDemoDataJob().schedule();
		}
		Reminders.start(getWorkbenchConfigurer().getWorkbench());
		if (LifecycleRuleJob.atStartup()) {
			// after the demo data, if any: the rule looks at what is there when it runs
			new LifecycleRuleJob(LifecycleRuleJob.days()).schedule(5_000);
		}
	}

	@Override
	public boolean preShutdown() {
		// reads that only prepare the editors are not worth waiting for, nor reading from a closing database
		Job.getJobManager().cancel(JobFamilies.EDITOR_WARM_UP);
		return true;
	}
}
