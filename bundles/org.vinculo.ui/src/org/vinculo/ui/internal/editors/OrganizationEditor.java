package org.vinculo.ui.internal.editors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.service.AffiliationPage;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;

/** An organization and its people, current and past. */
public final class OrganizationEditor extends PartyEditor<Organization> {

	public static final String ID = "org.vinculo.ui.editors.organization"; //$NON-NLS-1$

	private static final Period[] PERIODS = { Period.ALL, Period.CURRENT, Period.PAST };
	private volatile Period period = Period.ALL;

	@Override
	protected void createNameFields(Composite client) {
		addField(client, Messages.Editor_organizationName, WidgetIds.PARTY_NAME, Organization::getName,
				Organization::setName, false);
		addField(client, Messages.Editor_website, WidgetIds.PARTY_WEBSITE, Organization::getWebsite,
				Organization::setWebsite, false);
	}

	@Override
	protected Organization find(long id) {
		return read(id);
	}

	/** The organization as this editor reads it, or null if there is none (also read by {@link EditorWarmUp}). */
	static Organization read(long id) {
		return CoreServices.parties().findOrganization(id).orElse(null);
	}

	@Override
	protected Organization saveRecord(Organization edited) {
		return CoreServices.parties().update(edited);
	}

	@Override
	protected AffiliationPage loadAffiliations(long id, int offset, int limit) {
		return people(id, period, offset, limit);
	}

	/** A page of the organization's people as this editor reads it (also read by {@link EditorWarmUp}). */
	static AffiliationPage people(long organizationId, Period period, int offset, int limit) {
		return CoreServices.affiliations().peopleOf(organizationId, period, offset, limit);
	}

	@Override
	protected void createAffiliationFilter(Composite bar) {
		Label label = new Label(bar, SWT.NONE);
		label.setText(Messages.Editor_period);
		label.setBackground(bar.getBackground());
		Combo combo = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), WidgetIds.AFFILIATION_PERIOD);
		combo.setItems(Messages.Editor_periodAll, Messages.Editor_periodCurrent, Messages.Editor_periodPast);
		combo.select(0);
		GridDataFactory.swtDefaults().applyTo(combo);
		combo.addModifyListener(e -> {
			period = PERIODS[Math.max(0, combo.getSelectionIndex())];
			load(false);
		});
	}

	@Override
	protected String emptyAffiliationsHint() {
		return Messages.Editor_noPeople;
	}

	@Override
	protected String linkLabel() {
		return Messages.Editor_linkPerson;
	}

	@Override
	protected String affiliationSectionTitle() {
		return Messages.Editor_sectionPeople;
	}

	@Override
	protected String affiliationSectionHint() {
		return Messages.Editor_sectionPeopleHint;
	}

	@Override
	protected String affiliationTableId() {
		return WidgetIds.ORGANIZATION_PEOPLE;
	}

	@Override
	protected Party counterpart(Affiliation affiliation) {
		return affiliation.getPerson();
	}

	@Override
	protected void createAffiliationColumns() {
		addAffiliationColumn(Messages.Editor_columnPerson, 200, a -> a.getPerson().getDisplayName(),
				a -> Labels.image(PartyKind.PERSON));
		AffiliationColumns.addCommon(this);
	}
}
