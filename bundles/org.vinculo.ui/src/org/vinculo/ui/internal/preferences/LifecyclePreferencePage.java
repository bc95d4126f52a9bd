package org.vinculo.ui.internal.preferences;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.LifecycleRuleJob;
import org.vinculo.ui.internal.Messages;

/** The inactivity rule: after how many idle days an active customer becomes inactive, and running it now. */
public final class LifecyclePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Spinner days;
	private Button atStartup;
	private Label result;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.LifecycleRule_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.LifecycleRule_days);
		days = WidgetIds.tag(new Spinner(page, SWT.BORDER), WidgetIds.LIFECYCLE_DAYS);
		days.setValues(LifecycleRuleJob.days(), 1, 3650, 0, 30, 365);
		atStartup = new Button(page, SWT.CHECK);
		atStartup.setText(Messages.LifecycleRule_atStartup);
		atStartup.setSelection(LifecycleRuleJob.atStartup());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(atStartup);
		Button now = WidgetIds.tag(new Button(page, SWT.PUSH), WidgetIds.LIFECYCLE_APPLY);
		now.setText(Messages.LifecycleRule_applyNow);
		result = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(result);
		now.addListener(SWT.Selection, e -> applyNow());
		return page;
	}

	private void applyNow() {
		LifecycleRuleJob job = new LifecycleRuleJob(days.getSelection());
		job.setUser(true);
		result.setText(Messages.LifecycleRule_running);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				result.getDisplay().asyncExec(() -> {
					if (!result.isDisposed()) {
						result.setText(event.getResult().isOK() ? NLS.bind(Messages.LifecycleRule_done, job.changed())
								: event.getResult().getMessage());
						result.getParent().layout();
					}
				});
			}
		});
		job.schedule();
	}

	@Override
	protected void performDefaults() {
		days.setSelection(LifecycleRuleJob.DEFAULT_DAYS);
		atStartup.setSelection(true);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		LifecycleRuleJob.save(days.getSelection(), atStartup.getSelection());
		return true;
	}
}
