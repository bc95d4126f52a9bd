package org.vinculo.ui.internal.editors;

import org.eclipse.swt.widgets.Composite;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.AffiliationPage;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;

/** A person and every organization they are or were affiliated with. */
public final class PersonEditor extends PartyEditor<Person> {

	public static final String ID = "org.vinculo.ui.editors.person"; //$NON-NLS-1$

	@Override
	protected void createNameFields(Composite client) {
		addField(client, Messages.Editor_firstName, WidgetIds.PARTY_FIRST_NAME, Person::getFirstName,
				Person::setFirstName, false);
		addField(client, Messages.Editor_lastName, WidgetIds.PARTY_LAST_NAME, Person::getLastName,
				Person::setLastName, false);
	}

	@Override
	protected Person find(long id) {
		return read(id);
	}

	/** The person as this editor reads it, or null if there is none (also read by {@link EditorWarmUp}). */
	static Person read(long id) {
		return CoreServices.parties().findPerson(id).orElse(null);
	}

	@Override
	protected Person saveRecord(Person edited) {
		return CoreServices.parties().update(edited);
	}

	@Override
	protected AffiliationPage loadAffiliations(long id, int offset, int limit) {
		return organizations(id);
	}

	/** The person's organizations as this editor reads them (also read by {@link EditorWarmUp}). */
	static AffiliationPage organizations(long personId) {
		// a person's organizations are few: one page holds them all
		return AffiliationPage.of(CoreServices.affiliations().organizationsOf(personId, Period.ALL));
	}

	@Override
	protected String emptyAffiliationsHint() {
		return Messages.Editor_noOrganizations;
	}

	@Override
	protected String linkLabel() {
		return Messages.Editor_linkOrganization;
	}

	@Override
	protected String affiliationSectionTitle() {
		return Messages.Editor_sectionOrganizations;
	}

	@Override
	protected String affiliationSectionHint() {
		return Messages.Editor_sectionOrganizationsHint;
	}

	@Override
	protected String affiliationTableId() {
		return WidgetIds.PERSON_ORGANIZATIONS;
	}

	@Override
	protected Party counterpart(Affiliation affiliation) {
		return affiliation.getOrganization();
	}

	@Override
	protected void createAffiliationColumns() {
		addAffiliationColumn(Messages.Editor_columnOrganization, 220, a -> a.getOrganization().getDisplayName(),
				a -> Labels.image(PartyKind.ORGANIZATION));
		AffiliationColumns.addCommon(this);
	}
}
