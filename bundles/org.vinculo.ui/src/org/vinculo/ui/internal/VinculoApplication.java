package org.vinculo.ui.internal;

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the workbench. With {@value #DEMO_ARGUMENT} on the command line (or the
 * system property {@value #DEMO_PROPERTY}=true) an empty database is filled with
 * the demo data set after start-up.
 */
public final class VinculoApplication implements IApplication {

	public static final String DEMO_ARGUMENT = "-demo"; //$NON-NLS-1$
	public static final String DEMO_PROPERTY = "vinculo.demo"; //$NON-NLS-1$

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		StartupTrace.mark("application started"); //$NON-NLS-1$
		boolean demo = Arrays.asList(args).contains(DEMO_ARGUMENT) || Boolean.getBoolean(DEMO_PROPERTY);
		Location workspace = Platform.getInstanceLocation();
		boolean locked = false;
		IOException lockFailure = null;
		// one running Vinculo per workspace: the embedded database allows a single process
		boolean hasWorkspace = workspace != null && workspace.isSet();
		try {
			locked = hasWorkspace && workspace.lock();
		} catch (IOException e) {
			lockFailure = e;
		}
		if (locked) {
			// the database and the search index open while the workbench is built, not after it
			new OpenServicesJob().schedule();
		}
		Display display = null;
		try {
			display = PlatformUI.createDisplay();
			StartupTrace.mark("display created"); //$NON-NLS-1$
			if (lockFailure != null) {
				throw lockFailure;
			}
			if (hasWorkspace && !locked) {
				MessageDialog.openError(null, Messages.Application_workspaceInUseTitle,
						NLS.bind(Messages.Application_workspaceInUse, workspace.getURL().getPath()));
				return IApplication.EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new VinculoWorkbenchAdvisor(demo));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} catch (IOException e) {
			MessageDialog.openError(null, Messages.Application_workspaceInUseTitle, e.getMessage());
			return IApplication.EXIT_OK;
		} finally {
			if (locked) {
				workspace.release();
			}
			if (display != null) {
				display.dispose();
			}
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
