package org.vinculo.core.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.LifecycleChange;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.PartyService;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException.Problem;
import org.vinculo.core.service.Validation;

import jakarta.persistence.EntityManager;

/** {@link PartyService} on EclipseLink. */
@Component(service = PartyService.class)
public final class JpaPartyService implements PartyService {

	private final Database database;

	@Activate
	public JpaPartyService(@Reference DatabaseComponent component) {
		this(component.database());
	}

	public JpaPartyService(Database database) {
		this.database = database;
	}

	@Override
	public Person createPerson(Person draft) {
		return create(draft);
	}

	@Override
	public Organization createOrganization(Organization draft) {
		return create(draft);
	}

	private <T extends Party> T create(T draft) {
		if (!draft.isNew()) {
			throw new IllegalArgumentException("Already saved: " + draft); //$NON-NLS-1$
		}
		Validation.require(Validation.check(draft));
		T saved;
		try {
			saved = database.write(em -> {
				Validation.require(Validation.checkCustomValues(draft.getCustomValues(), JpaFieldService.fields(em, entityType(draft))));
				Instant now = Instant.now();
				draft.refreshDerivedFields();
				draft.touch(now, Database.nextRevision(em));
				draft.stampLifecycle(now);
				em.persist(draft);
				em.persist(new LifecycleChange(draft.getId(), null, draft.getLifecycle(), now, Messages.Lifecycle_reasonCreated));
				return draft;
			});
		} catch (RuntimeException e) {
			draft.forgetIdOfFailedInsert();
			throw e;
		}
		post(RecordEvents.CREATED, saved);
		return saved;
	}

	/**
	 * The bulk path: chunks of drafts, each chunk one transaction with one
	 * revision, inserted with JDBC batch writing and ids preallocated in blocks.
	 */
	@Override
	public void createAll(List<? extends Party> drafts) {
		List<Problem> problems = new ArrayList<>();
		Map<String, List<FieldDefinition>> fields = database.read(em -> Map.of(
				FieldDefinition.PERSON, JpaFieldService.fields(em, FieldDefinition.PERSON),
				FieldDefinition.ORGANIZATION, JpaFieldService.fields(em, FieldDefinition.ORGANIZATION)));
		for (Party draft : drafts) {
			if (!draft.isNew()) {
				throw new IllegalArgumentException("Already saved: " + draft); //$NON-NLS-1$
			}
			problems.addAll(Validation.check(draft));
			problems.addAll(Validation.checkCustomValues(draft.getCustomValues(), fields.get(entityType(draft))));
		}
		Validation.require(problems);
		// the bulk path dates each party's stage but writes no history row: its history starts there
		database.writeInChunks(drafts, (em, chunk) -> {
			Instant now = Instant.now();
			long revision = Database.nextRevision(em);
			for (Party draft : chunk) {
				draft.refreshDerivedFields();
				draft.touch(now, revision);
				draft.stampLifecycle(now);
				em.persist(draft);
			}
		}, Party::forgetIdOfFailedInsert, RecordEvents.PARTY_TOPIC + RecordEvents.BULK_CREATED);
	}

	@Override
	public <T extends Party> T update(T party) {
		if (party.isNew()) {
			throw new IllegalArgumentException("Not saved yet: " + party); //$NON-NLS-1$
		}
		Validation.require(Validation.check(party));
		T saved = database.write(em -> {
			Party current = checkCurrent(em, party);
			Validation.require(Validation.checkCustomValues(party.getCustomValues(), JpaFieldService.fields(em, entityType(party))));
			Instant now = Instant.now();
			LifecycleStage before = current.getLifecycle();
			party.refreshDerivedFields();
			party.touch(now, Database.nextRevision(em));
			if (before != party.getLifecycle()) {
				party.stampLifecycle(now);
				em.persist(new LifecycleChange(party.getId(), before, party.getLifecycle(), now, Messages.Lifecycle_reasonEdited));
			}
			if (party instanceof Person && !party.getSortKey().equals(current.getSortKey())) {
				// affiliations keep the person's sort key for listing an organization's people by name
				em.createQuery("UPDATE Affiliation a SET a.personSortKey = :key WHERE a.person.id = :id") //$NON-NLS-1$
						.setParameter("key", party.getSortKey()).setParameter("id", party.getId()).executeUpdate(); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return em.merge(party);
		});
		post(RecordEvents.UPDATED, saved);
		return saved;
	}

	@Override
	public void delete(Party party) {
		database.write(em -> {
			long revision = Database.nextRevision(em); // first, as every write does: one lock order, no deadlock
			Party current = checkCurrent(em, party);
			// two statements, each on its own index: an OR of two columns makes Derby scan the table
			em.createQuery("DELETE FROM Affiliation a WHERE a.person.id = :id") //$NON-NLS-1$
					.setParameter("id", party.getId()).executeUpdate(); //$NON-NLS-1$
			em.createQuery("DELETE FROM Affiliation a WHERE a.organization.id = :id") //$NON-NLS-1$
					.setParameter("id", party.getId()).executeUpdate(); //$NON-NLS-1$
			em.createQuery("DELETE FROM Relationship r WHERE r.from.id = :id") //$NON-NLS-1$
					.setParameter("id", party.getId()).executeUpdate(); //$NON-NLS-1$
			em.createQuery("DELETE FROM Relationship r WHERE r.to.id = :id") //$NON-NLS-1$
					.setParameter("id", party.getId()).executeUpdate(); //$NON-NLS-1$
			// activities about this party alone go with it; shared ones stay with the other side
			String side = party instanceof Person ? "a.person" : "a.organization"; //$NON-NLS-1$ //$NON-NLS-2$
			String other = party instanceof Person ? "a.organization" : "a.person"; //$NON-NLS-1$ //$NON-NLS-2$
			em.createQuery("DELETE FROM Activity a WHERE " + side + ".id = :id AND " + other + " IS NULL") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.setParameter("id", party.getId()).executeUpdate(); //$NON-NLS-1$
			em.createQuery("UPDATE Activity a SET " + side + " = NULL WHERE " + side + ".id = :id") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.setParameter("id", party.getId()).executeUpdate(); //$NON-NLS-1$
			em.createQuery("DELETE FROM LifecycleChange c WHERE c.partyId = :id") //$NON-NLS-1$
					.setParameter("id", party.getId()).executeUpdate(); //$NON-NLS-1$
			JpaMergeService.forgetMerges(em, List.of(party.getId()));
			em.remove(current);
			em.createNativeQuery("INSERT INTO PARTY_TOMBSTONE (PARTY_ID, REVISION) VALUES (?, ?)") //$NON-NLS-1$
					.setParameter(1, party.getId()).setParameter(2, revision).executeUpdate();
			return null;
		});
		post(RecordEvents.DELETED, party);
	}

	/**
	 * Deletes many parties and everything hanging off them in one transaction, by
	 * SQL (the rollback of an import): their contact points, addresses, tags,
	 * affiliations, relationships, lifecycle history and merge records;
	 * activities about them alone go, shared ones stay with the other side.
	 * Tombstones tell the search index.
	 */
	static void deleteAll(EntityManager em, List<Long> ids, long revision) {
		if (ids.isEmpty()) {
			return;
		}
		String in = Database.inList(ids);
		for (String sql : List.of("DELETE FROM AFFILIATION WHERE PERSON_ID IN " + in, //$NON-NLS-1$
				"DELETE FROM AFFILIATION WHERE ORGANIZATION_ID IN " + in, //$NON-NLS-1$
				"DELETE FROM RELATIONSHIP WHERE FROM_ID IN " + in, //$NON-NLS-1$
				"DELETE FROM RELATIONSHIP WHERE TO_ID IN " + in, //$NON-NLS-1$
				"DELETE FROM ACTIVITY WHERE PERSON_ID IN " + in + " AND ORGANIZATION_ID IS NULL", //$NON-NLS-1$ //$NON-NLS-2$
				"DELETE FROM ACTIVITY WHERE ORGANIZATION_ID IN " + in + " AND PERSON_ID IS NULL", //$NON-NLS-1$ //$NON-NLS-2$
				"UPDATE ACTIVITY SET PERSON_ID = NULL WHERE PERSON_ID IN " + in, //$NON-NLS-1$
				"UPDATE ACTIVITY SET ORGANIZATION_ID = NULL WHERE ORGANIZATION_ID IN " + in, //$NON-NLS-1$
				"DELETE FROM LIFECYCLE_CHANGE WHERE PARTY_ID IN " + in, //$NON-NLS-1$
				"DELETE FROM CONTACT_POINT WHERE PARTY_ID IN " + in, //$NON-NLS-1$
				"DELETE FROM POSTAL_ADDRESS WHERE PARTY_ID IN " + in, //$NON-NLS-1$
				"DELETE FROM PARTY_TAG WHERE PARTY_ID IN " + in)) { //$NON-NLS-1$
			em.createNativeQuery(sql).executeUpdate();
		}
		JpaMergeService.forgetMerges(em, ids);
		em.createNativeQuery("DELETE FROM PARTY WHERE ID IN " + in).executeUpdate(); //$NON-NLS-1$
		for (long id : ids) {
			em.createNativeQuery("INSERT INTO PARTY_TOMBSTONE (PARTY_ID, REVISION) VALUES (?, ?)") //$NON-NLS-1$
					.setParameter(1, id).setParameter(2, revision).executeUpdate();
		}
	}

	/** Refuses to write over a record someone else changed or deleted since {@code party} was read. */
	private static Party checkCurrent(EntityManager em, Party party) {
		Party current = em.find(Party.class, party.getId());
		if (current == null || current.getVersion() != party.getVersion() || current.getKind() != party.getKind()) {
			throw new StaleRecordException(NLS.bind(Messages.Stale_party, party.getDisplayName()), party.getId(),
					null);
		}
		return current;
	}

	@Override
	public Optional<Party> find(long id) {
		return Optional.ofNullable(database.find(Party.class, id));
	}

	@Override
	public Optional<Person> findPerson(long id) {
		return Optional.ofNullable(database.find(Person.class, id));
	}

	@Override
	public Optional<Organization> findOrganization(long id) {
		return Optional.ofNullable(database.find(Organization.class, id));
	}

	@Override
	public long count(PartyKind... kinds) {
		Set<PartyKind> wanted = kinds.length == 0 ? EnumSet.allOf(PartyKind.class) : EnumSet.copyOf(List.of(kinds));
		return database.read(em -> em
				.createQuery("SELECT COUNT(p) FROM " + entity(wanted) + " p WHERE p.mergedInto IS NULL", Long.class) //$NON-NLS-1$ //$NON-NLS-2$
				.getSingleResult());
	}

	private static String entity(Set<PartyKind> kinds) {
		if (kinds.size() == 1) {
			return kinds.contains(PartyKind.PERSON) ? "Person" : "Organization"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return "Party"; //$NON-NLS-1$
	}

	@Override
	public List<LifecycleChange> lifecycleHistory(long partyId) {
		return database.read(em -> em.createQuery(
				"SELECT c FROM LifecycleChange c WHERE c.partyId = :id ORDER BY c.changedAt, c.id", LifecycleChange.class) //$NON-NLS-1$
				.setParameter("id", partyId).getResultList()); //$NON-NLS-1$
	}

	@Override
	public List<Long> idleActiveCustomers(Instant cutoff) {
		return database.read(em -> {
			@SuppressWarnings("unchecked")
			List<Number> ids = em.createNativeQuery("SELECT p.ID FROM PARTY p WHERE p.LIFECYCLE = 'ACTIVE_CUSTOMER' AND p.MERGED_INTO IS NULL" //$NON-NLS-1$
					+ " AND COALESCE(p.LIFECYCLE_SINCE, p.CREATED_AT) < ?" //$NON-NLS-1$
					+ " AND NOT EXISTS (SELECT 1 FROM ACTIVITY a WHERE a.PERSON_ID = p.ID AND a.STATUS = 'DONE' AND a.STARTS_AT >= ?)" //$NON-NLS-1$
					+ " AND NOT EXISTS (SELECT 1 FROM ACTIVITY a WHERE a.ORGANIZATION_ID = p.ID AND a.STATUS = 'DONE' AND a.STARTS_AT >= ?)" //$NON-NLS-1$
					+ " ORDER BY p.ID") //$NON-NLS-1$
					.setParameter(1, java.sql.Timestamp.from(cutoff)).setParameter(2, java.sql.Timestamp.from(cutoff))
					.setParameter(3, java.sql.Timestamp.from(cutoff)).getResultList();
			return ids.stream().map(Number::longValue).toList();
		});
	}

	@Override
	public int changeLifecycle(List<Long> partyIds, LifecycleStage stage, String reason) {
		List<Party> changed = database.write(em -> {
			Instant now = Instant.now();
			long revision = Database.nextRevision(em);
			List<Party> result = new ArrayList<>();
			for (Long id : partyIds) {
				Party party = em.find(Party.class, id);
				if (party == null || party.getLifecycle() == stage) {
					continue;
				}
				em.persist(new LifecycleChange(id, party.getLifecycle(), stage, now, reason));
				party.setLifecycle(stage);
				party.stampLifecycle(now);
				party.touch(now, revision);
				result.add(party);
			}
			return result;
		});
		changed.forEach(party -> post(RecordEvents.UPDATED, party));
		return changed.size();
	}

	static String entityType(Party party) {
		return party instanceof Person ? FieldDefinition.PERSON : FieldDefinition.ORGANIZATION;
	}

	private void post(String change, Party party) {
		database.post(RecordEvents.PARTY_TOPIC + change,
				Map.of(RecordEvents.ID, party.getId(), RecordEvents.KIND, party.getKind().name()));
	}
}
