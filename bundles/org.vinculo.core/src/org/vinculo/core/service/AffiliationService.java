package org.vinculo.core.service;

import java.util.List;

import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;

/**
 * Links persons to organizations and answers both directions: an
 * organization's people and a person's organizations.
 */
public interface AffiliationService {

	/** Which affiliations to list, judged on today's date. */
	enum Period {
		CURRENT, PAST, ALL
	}

	/**
	 * Links an existing person to an existing organization.
	 *
	 * @throws ValidationException when the period is inverted, the role missing,
	 *                             or the same role at the same organization
	 *                             overlaps an existing affiliation
	 */
	Affiliation affiliate(Affiliation draft);

	/**
	 * Saves many new affiliations at once, the path of imports and generators:
	 * each draft is checked on its own (period, role) before anything is written,
	 * then they are inserted in batches, a few thousand per transaction. Overlaps
	 * with stored affiliations are not looked up on this path; the caller
	 * (an import's duplicate check) decides about them.
	 *
	 * @throws ValidationException listing every problem; nothing saved
	 */
	void affiliateAll(List<Affiliation> drafts);

	/**
	 * @throws StaleRecordException when the affiliation changed since it was read
	 * @throws ValidationException  as for {@link #affiliate(Affiliation)}
	 */
	Affiliation update(Affiliation affiliation);

	/** Ends nothing and keeps nothing: the link is gone. Use an end date to keep history. */
	void remove(Affiliation affiliation);

	/**
	 * One page of the people of an organization, ordered by name, with the total:
	 * what an editor shows of an organization with thousands of people.
	 */
	AffiliationPage peopleOf(long organizationId, Period period, int offset, int limit);

	/** The organization's people, persons loaded, ordered by person name. */
	List<Affiliation> peopleOf(long organizationId, Period period);

	/** The person's organizations, organizations loaded, ordered by organization name. */
	List<Affiliation> organizationsOf(long personId, Period period);

	/** Affiliations referencing the party from either side, for delete warnings. */
	long countAffiliations(long partyId);

	/** The role list in display order. */
	List<AffiliationRole> roles(boolean includeRetired);

	AffiliationRole roleByCode(String code);

	AffiliationRole saveRole(AffiliationRole role);
}
