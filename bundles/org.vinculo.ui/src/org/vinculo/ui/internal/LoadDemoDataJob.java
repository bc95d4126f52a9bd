package org.vinculo.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.vinculo.demo.DemoDataContribution;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.vinculo.core.service.PartyService;
import org.vinculo.demo.DemoData;
import org.vinculo.ui.internal.activities.CurrentUser;

/**
 * Fills an empty database with the demo data set (nothing when records exist),
 * then lets each plug-in add its own demo records when they are missing.
 */
final class LoadDemoDataJob extends Job {

	static final String EXTENSION_POINT = "org.vinculo.ui.demoData"; //$NON-NLS-1$

	LoadDemoDataJob() {
		super(Messages.DemoJob_name);
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			PartyService parties = CoreServices.parties();
			if (DemoData.isEmpty(parties)) {
				loadCore(parties, monitor);
			}
			loadContributions();
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	private void loadCore(PartyService parties, IProgressMonitor monitor) {
		long start = System.nanoTime();
		DemoData.Summary summary = new DemoData().loadInto(parties, CoreServices.affiliations(),
				CoreServices.relationships(), CoreServices.choices(), CoreServices.activities(), monitor);
		if (CurrentUser.get() == null) {
			// the demo's agenda is Ana Ruiz's, our sales representative, until the user picks who they are
			CurrentUser.set(summary.firstOwnerId());
		}
		if (org.vinculo.ui.internal.network.OurSide.organizationId() == 0) {
			// the demo's own company is "us" until the user marks another
			org.vinculo.ui.internal.network.OurSide.setOrganizationId(summary.ourOrganizationId());
		}
		ILog.of(getClass()).info(NLS.bind("Demo data loaded: {0} persons, {1} organizations, {2} affiliations, {3} relationships in {4} ms", //$NON-NLS-1$
				new Object[] { summary.persons(), summary.organizations(), summary.affiliations(),
						summary.relationships(), (System.nanoTime() - start) / 1_000_000 }));
	}

	/** The plug-ins' demo records ({@value #EXTENSION_POINT}), each on its own: one failing leaves the rest. */
	private static void loadContributions() {
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String bundle = element.getContributor().getName();
			Contributions.run(bundle, element.getAttribute("class"), "loading its demo data", () -> //$NON-NLS-1$ //$NON-NLS-2$
					((DemoDataContribution) element.createExecutableExtension("class")).loadIfMissing()); //$NON-NLS-1$
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.DEMO_DATA;
	}
}
