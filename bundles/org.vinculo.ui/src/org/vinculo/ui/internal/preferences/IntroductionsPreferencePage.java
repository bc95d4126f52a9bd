package org.vinculo.ui.internal.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.network.IntroductionWeights;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.dialogs.PartyPickerDialog;
import org.vinculo.ui.internal.network.OurSide;

/**
 * Which organization is "us", and the weights that rank introduction paths,
 * each explained next to its field (the formula is in the page's text and in
 * docs/ARCHITECTURE.md).
 */
public final class IntroductionsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Label ours;
	private long oursId;
	private Spinner hop;
	private Spinner type;
	private Spinner past;
	private Spinner nonCustomer;
	private Spinner maxHops;

	@Override
	public void init(IWorkbench workbench) {
		oursId = OurSide.organizationId();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText(Terms.format(Messages.Weights_ours));
		ours = WidgetIds.tag(new Label(page, SWT.NONE), WidgetIds.WEIGHTS_OURS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(ours);
		Button choose = new Button(page, SWT.PUSH);
		choose.setText(Messages.Relationship_choose);
		choose.addListener(SWT.Selection, e -> {
			PartyPickerDialog picker = new PartyPickerDialog(getShell(), PartyKind.ORGANIZATION,
					Terms.format(Messages.Introductions_pickOurs));
			if (picker.open() == Window.OK && picker.chosen() != null) {
				oursId = picker.chosen().getId();
				showOurs();
			}
		});
		showOurs();

		Label explanation = new Label(page, SWT.WRAP);
		explanation.setText(Messages.Weights_explanation);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(420, SWT.DEFAULT).indent(0, 10)
				.applyTo(explanation);
		IntroductionWeights weights = CoreServices.network().weights();
		hop = decimal(page, Messages.Weights_hop, weights.hopCost(), 1, WidgetIds.WEIGHTS_HOP);
		type = decimal(page, Messages.Weights_type, weights.typeWeight(), 0, WidgetIds.WEIGHTS_TYPE);
		past = decimal(page, Messages.Weights_past, weights.pastPenalty(), 0, WidgetIds.WEIGHTS_PAST);
		nonCustomer = decimal(page, Messages.Weights_nonCustomer, weights.nonCustomerPenalty(), 0,
				WidgetIds.WEIGHTS_NON_CUSTOMER);
		new Label(page, SWT.NONE).setText(Messages.Weights_maxHops);
		maxHops = WidgetIds.tag(new Spinner(page, SWT.BORDER), WidgetIds.WEIGHTS_MAX_HOPS);
		maxHops.setValues(weights.maxHops(), 1, 8, 0, 1, 1);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(maxHops);
		return page;
	}

	private void showOurs() {
		ours.setText(oursId == 0 ? Terms.format(Messages.Weights_noOurs)
				: CoreServices.parties().find(oursId).map(p -> p.getDisplayName()).orElse(Terms.format(Messages.Weights_noOurs)));
		ours.getParent().layout();
	}

	private static Spinner decimal(Composite page, String label, double value, int minimumTenths, String id) {
		new Label(page, SWT.NONE).setText(label);
		Spinner spinner = WidgetIds.tag(new Spinner(page, SWT.BORDER), id);
		spinner.setDigits(1);
		spinner.setValues((int) Math.round(value * 10), Math.max(minimumTenths, 0), 200, 1, 1, 10);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(spinner);
		return spinner;
	}

	@Override
	protected void performDefaults() {
		IntroductionWeights d = IntroductionWeights.DEFAULTS;
		hop.setSelection((int) Math.round(d.hopCost() * 10));
		type.setSelection((int) Math.round(d.typeWeight() * 10));
		past.setSelection((int) Math.round(d.pastPenalty() * 10));
		nonCustomer.setSelection((int) Math.round(d.nonCustomerPenalty() * 10));
		maxHops.setSelection(d.maxHops());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		OurSide.setOrganizationId(oursId);
		CoreServices.network().setWeights(new IntroductionWeights(Math.max(1, hop.getSelection()) / 10.0,
				type.getSelection() / 10.0, past.getSelection() / 10.0, nonCustomer.getSelection() / 10.0,
				maxHops.getSelection()));
		return true;
	}
}
