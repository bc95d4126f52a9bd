package org.vinculo.ui.internal.preferences;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.service.RelationshipService;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.Terms;

/**
 * The admin's list of relationship types: how each reads from either end,
 * whether it reads the same both ways, how much it counts when introductions
 * are ranked, and retiring types nobody should use any more. The strengths of
 * affiliation roles are set here too, since they rank introductions alike.
 */
public final class RelationshipTypesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private final List<Object> rows = new ArrayList<>();
	private final Set<Object> changed = new LinkedHashSet<>();
	private TableViewer viewer;
	private Text forward;
	private Text inverse;
	private Button symmetric;
	private Spinner strength;
	private Button retired;
	private boolean filling;

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		Label intro = new Label(page, SWT.WRAP);
		intro.setText(Terms.format(Messages.Types_intro));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(420, SWT.DEFAULT).applyTo(intro);

		viewer = new TableViewer(page, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), WidgetIds.TYPES_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(420, 220).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Types_columnForward, 150, this::forwardLabel);
		column(Messages.Types_columnInverse, 150, this::inverseLabel);
		column(Messages.Types_columnStrength, 70, r -> Integer.toString(strengthOf(r)));
		column(Messages.Types_columnStatus, 80, r -> r instanceof RelationshipType t && t.isRetired()
				? Messages.Types_retired : ""); //$NON-NLS-1$
		viewer.addSelectionChangedListener(e -> showSelected());

		forward = field(page, Messages.Types_forward, WidgetIds.TYPES_FORWARD);
		inverse = field(page, Messages.Types_inverse, WidgetIds.TYPES_INVERSE);
		new Label(page, SWT.NONE);
		symmetric = WidgetIds.tag(new Button(page, SWT.CHECK), WidgetIds.TYPES_SYMMETRIC);
		symmetric.setText(Messages.Types_symmetric);
		symmetric.addListener(SWT.Selection, e -> edited());
		new Label(page, SWT.NONE).setText(Messages.Types_strength);
		strength = WidgetIds.tag(new Spinner(page, SWT.BORDER), WidgetIds.TYPES_STRENGTH);
		strength.setValues(50, RelationshipType.MIN_STRENGTH, RelationshipType.MAX_STRENGTH, 0, 5, 10);
		strength.addListener(SWT.Modify, e -> edited());
		new Label(page, SWT.NONE);
		retired = WidgetIds.tag(new Button(page, SWT.CHECK), WidgetIds.TYPES_RETIRED);
		retired.setText(Messages.Types_retire);
		retired.addListener(SWT.Selection, e -> edited());
		Button add = WidgetIds.tag(new Button(page, SWT.PUSH), WidgetIds.TYPES_ADD);
		add.setText(Messages.Types_add);
		add.addListener(SWT.Selection, e -> addType());

		RelationshipService service = CoreServices.relationships();
		service.types(true).forEach(t -> rows.add(t.copy()));
		rows.addAll(CoreServices.affiliations().roles(false));
		viewer.setInput(rows);
		if (!rows.isEmpty()) {
			viewer.getTable().select(0);
		}
		showSelected();
		return page;
	}

	private Text field(Composite page, String label, String id) {
		new Label(page, SWT.NONE).setText(label);
		Text text = WidgetIds.tag(new Text(page, SWT.BORDER), id);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addListener(SWT.Modify, e -> edited());
		return text;
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text) {
		TableViewerColumn column = Columns.add(viewer, title, width, text, null);
		column.getColumn().setText(title);
	}

	private String forwardLabel(Object row) {
		return row instanceof RelationshipType type ? type.getLabel()
				: org.eclipse.osgi.util.NLS.bind(Messages.Types_roleForward, ((AffiliationRole) row).getLabel());
	}

	private String inverseLabel(Object row) {
		return row instanceof RelationshipType type ? type.getInverseLabel() : ""; //$NON-NLS-1$
	}

	private static int strengthOf(Object row) {
		return row instanceof RelationshipType type ? type.getStrength() : ((AffiliationRole) row).getStrength();
	}

	private Object selected() {
		return viewer.getStructuredSelection().getFirstElement();
	}

	private void showSelected() {
		Object row = selected();
		filling = true;
		try {
			boolean type = row instanceof RelationshipType;
			forward.setEnabled(type);
			inverse.setEnabled(type && !((RelationshipType) row).isSymmetric());
			symmetric.setEnabled(type);
			retired.setEnabled(type);
			strength.setEnabled(row != null);
			forward.setText(type ? ((RelationshipType) row).getLabel() : row == null ? "" : forwardLabel(row)); //$NON-NLS-1$
			inverse.setText(type ? ((RelationshipType) row).getInverseLabel() : ""); //$NON-NLS-1$
			symmetric.setSelection(type && ((RelationshipType) row).isSymmetric());
			retired.setSelection(type && ((RelationshipType) row).isRetired());
			strength.setSelection(row == null ? 50 : strengthOf(row));
		} finally {
			filling = false;
		}
	}

	private void edited() {
		Object row = selected();
		if (filling || row == null) {
			return;
		}
		if (row instanceof RelationshipType type) {
			if (!forward.getText().strip().equals(type.getLabel())) {
				type.setName(forward.getText());
			}
			type.setSymmetric(symmetric.getSelection());
			inverse.setEnabled(!type.isSymmetric());
			if (!type.isSymmetric() && !inverse.getText().strip().equals(type.getInverseLabel())) {
				type.setInverseName(inverse.getText());
			}
			type.setStrength(strength.getSelection());
			type.setRetired(retired.getSelection());
		} else if (row instanceof AffiliationRole role) {
			role.setStrength(strength.getSelection());
		}
		changed.add(row);
		viewer.update(row, null);
		setErrorMessage(row instanceof RelationshipType t && t.getLabel().isBlank() ? Messages.Types_nameRequired : null);
	}

	private void addType() {
		RelationshipType type = new RelationshipType(null, Messages.Types_newName, null, true);
		type.setPosition(rows.size() * 10 + 1000);
		rows.add(countTypes(), type);
		changed.add(type);
		viewer.refresh();
		viewer.getTable().select(rows.indexOf(type));
		showSelected();
		forward.setFocus();
		forward.selectAll();
	}

	private int countTypes() {
		return (int) rows.stream().filter(RelationshipType.class::isInstance).count();
	}

	@Override
	public boolean performOk() {
		try {
			for (Object row : changed) {
				if (row instanceof RelationshipType type) {
					CoreServices.relationships().saveType(type);
				} else if (row instanceof AffiliationRole role) {
					CoreServices.affiliations().saveRole(role);
				}
			}
			changed.clear();
			return true;
		} catch (RuntimeException e) {
			setErrorMessage(e.getMessage()); // e.g. someone else changed a type meanwhile: nothing lost here
			return false;
		}
	}
}
