package org.vinculo.core.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.vinculo.core.model.LifecycleChange;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;

/**
 * Creates, reads, updates and deletes persons and organizations. Every method
 * works on detached copies and commits before it returns.
 */
public interface PartyService {

	/**
	 * Saves a new person; an organization is never required.
	 *
	 * @throws ValidationException when required fields are missing or malformed
	 */
	Person createPerson(Person draft);

	/**
	 * Saves a new organization; no person is required.
	 *
	 * @throws ValidationException when required fields are missing or malformed
	 */
	Organization createOrganization(Organization draft);

	/**
	 * Saves changes to an existing person or organization.
	 *
	 * @return the saved copy, with its new version
	 * @throws StaleRecordException when someone else saved the record since
	 *                              {@code party} was read
	 * @throws ValidationException  when the changed record is invalid
	 */
	<T extends Party> T update(T party);

	/**
	 * Deletes a party together with its affiliations.
	 *
	 * @throws StaleRecordException when the party changed since it was read
	 */
	void delete(Party party);

	Optional<Party> find(long id);

	Optional<Person> findPerson(long id);

	Optional<Organization> findOrganization(long id);

	/**
	 * How many parties of the given kinds (all kinds when none given) the
	 * database holds. Searching is {@link org.vinculo.core.search.PartySearch}'s job.
	 */
	long count(PartyKind... kinds);

	/**
	 * Saves many new parties at once, the path of imports and generators: every
	 * draft is validated before anything is written, then they are inserted in
	 * batches, a few thousand per transaction. Drafts get their ids.
	 *
	 * @throws ValidationException listing every problem of every draft; nothing saved
	 */
	void createAll(List<? extends Party> drafts);

	/** The party's lifecycle history, oldest first. */
	List<LifecycleChange> lifecycleHistory(long partyId);

	/**
	 * Active customers with no activity done and no stage change since
	 * {@code cutoff}: the ones the inactivity rule moves to inactive.
	 */
	List<Long> idleActiveCustomers(Instant cutoff);

	/**
	 * Moves the parties to {@code stage} in one transaction, each change dated
	 * and recorded with {@code reason}; parties already there are left alone.
	 *
	 * @return how many changed
	 */
	int changeLifecycle(List<Long> partyIds, LifecycleStage stage, String reason);
}
