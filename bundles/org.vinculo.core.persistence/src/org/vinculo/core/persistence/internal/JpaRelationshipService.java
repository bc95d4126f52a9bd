package org.vinculo.core.persistence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.RecordNotFoundException;
import org.vinculo.core.service.RelationshipService;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.ValidationException.Problem;

import jakarta.persistence.EntityManager;

/** {@link RelationshipService} on EclipseLink. */
@Component(service = RelationshipService.class)
public final class JpaRelationshipService implements RelationshipService {

	private final Database database;

	@Activate
	public JpaRelationshipService(@Reference DatabaseComponent component) {
		this(component.database());
	}

	public JpaRelationshipService(Database database) {
		this.database = database;
	}

	@Override
	public Relationship relate(Relationship draft) {
		if (!draft.isNew()) {
			throw new IllegalArgumentException("Already saved: " + draft); //$NON-NLS-1$
		}
		Validation.require(Validation.check(draft, List.of()));
		Relationship saved;
		try {
			saved = database.write(em -> {
				LinkRevisions.takeAndStamp(em, draft.getFrom().getId(), draft.getTo().getId());
				attach(em, draft);
				Validation.require(Validation.check(draft, between(em, draft)));
				em.persist(draft);
				return draft;
			});
		} catch (RuntimeException e) {
			draft.forgetIdOfFailedInsert();
			throw e;
		}
		post(RecordEvents.CREATED, saved);
		return saved;
	}

	@Override
	public void relateAll(List<Relationship> drafts) {
		List<Problem> problems = new ArrayList<>();
		for (Relationship draft : drafts) {
			if (!draft.isNew()) {
				throw new IllegalArgumentException("Already saved: " + draft); //$NON-NLS-1$
			}
			problems.addAll(Validation.check(draft, List.of()));
		}
		Validation.require(problems);
		database.writeInChunks(drafts, (em, chunk) -> {
			LinkRevisions.bulk(em);
			for (Relationship draft : chunk) {
				// references by id: the parties are not read back on the bulk path
				draft.setFrom(em.getReference(Party.class, draft.getFrom().getId()));
				draft.setTo(em.getReference(Party.class, draft.getTo().getId()));
				draft.setType(em.getReference(RelationshipType.class, draft.getType().getId()));
				em.persist(draft);
			}
		}, Relationship::forgetIdOfFailedInsert, RecordEvents.RELATIONSHIP_TOPIC + RecordEvents.BULK_CREATED);
	}

	@Override
	public Relationship update(Relationship relationship) {
		if (relationship.isNew()) {
			throw new IllegalArgumentException("Not saved yet: " + relationship); //$NON-NLS-1$
		}
		Validation.require(Validation.check(relationship, List.of()));
		long[] before = new long[2];
		Relationship saved = database.write(em -> {
			long revision = Database.nextRevision(em);
			Relationship current = checkCurrent(em, relationship);
			before[0] = current.getFrom().getId();
			before[1] = current.getTo().getId();
			LinkRevisions.stampWith(em, revision, before[0], before[1], relationship.getFrom().getId(),
					relationship.getTo().getId());
			attach(em, relationship);
			Validation.require(Validation.check(relationship, between(em, relationship)));
			return em.merge(relationship);
		});
		post(RecordEvents.UPDATED, saved);
		if (before[0] != saved.getFrom().getId() || before[1] != saved.getTo().getId()) {
			// the link moved: whoever listened to the old ends hears about it too
			database.post(RecordEvents.RELATIONSHIP_TOPIC + RecordEvents.UPDATED, Map.of(RecordEvents.ID,
					saved.getId(), RecordEvents.FROM_ID, before[0], RecordEvents.TO_ID, before[1]));
		}
		return saved;
	}

	@Override
	public void remove(Relationship relationship) {
		database.write(em -> {
			long revision = Database.nextRevision(em);
			Relationship current = checkCurrent(em, relationship);
			LinkRevisions.stampWith(em, revision, current.getFrom().getId(), current.getTo().getId());
			em.remove(current);
			return null;
		});
		post(RecordEvents.DELETED, relationship);
	}

	private static Relationship checkCurrent(EntityManager em, Relationship relationship) {
		Relationship current = em.find(Relationship.class, relationship.getId());
		if (current == null || current.getVersion() != relationship.getVersion()) {
			throw new StaleRecordException(Messages.Stale_relationship, relationship.getId(), null);
		}
		return current;
	}

	/** Points the relationship at the managed parties and type of this transaction. */
	private static void attach(EntityManager em, Relationship relationship) {
		Party from = em.find(Party.class, relationship.getFrom().getId());
		Party to = em.find(Party.class, relationship.getTo().getId());
		RelationshipType type = em.find(RelationshipType.class, relationship.getType().getId());
		if (from == null || to == null || type == null) {
			Object missing = from == null ? relationship.getFrom() : to == null ? relationship.getTo() : relationship.getType();
			throw new RecordNotFoundException(NLS.bind(Messages.NotFound_party, missing));
		}
		relationship.setFrom(from);
		relationship.setTo(to);
		relationship.setType(type);
	}

	/** The stored relationships between the same two parties, either way. */
	private static List<Relationship> between(EntityManager em, Relationship relationship) {
		long a = relationship.getFrom().getId();
		long b = relationship.getTo().getId();
		List<Relationship> result = new ArrayList<>(pair(em, a, b));
		result.addAll(pair(em, b, a));
		return result;
	}

	private static List<Relationship> pair(EntityManager em, long from, long to) {
		return em.createQuery("SELECT r FROM Relationship r WHERE r.from.id = :from AND r.to.id = :to", //$NON-NLS-1$
				Relationship.class).setParameter("from", from).setParameter("to", to).getResultList(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public List<Relationship> relationshipsOf(long partyId) {
		return database.read(em -> {
			// one query per end, each on its own index (an OR would scan the table)
			List<Relationship> result = new ArrayList<>(end(em, "r.from.id", partyId)); //$NON-NLS-1$
			result.addAll(end(em, "r.to.id", partyId)); //$NON-NLS-1$
			result.sort(Comparator.comparing((Relationship r) -> r.getType().getPosition())
					.thenComparing(r -> r.other(partyId).getSortKey())
					.thenComparing(Relationship::getId));
			return result;
		});
	}

	private static List<Relationship> end(EntityManager em, String side, long partyId) {
		return em.createQuery("SELECT r FROM Relationship r JOIN FETCH r.from JOIN FETCH r.to JOIN FETCH r.type WHERE " //$NON-NLS-1$
				+ side + " = :party", Relationship.class).setParameter("party", partyId).getResultList(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public List<Relationship> reportingLinesOf(long organizationId) {
		return database.read(em -> em.createQuery("SELECT r FROM Relationship r JOIN FETCH r.from JOIN FETCH r.to" //$NON-NLS-1$
				+ " JOIN FETCH r.type WHERE r.type.code = :code" //$NON-NLS-1$
				+ " AND (r.until IS NULL OR r.until >= :today)" //$NON-NLS-1$
				+ " AND r.from.id IN (SELECT a.person.id FROM Affiliation a WHERE a.organization.id = :org" + CURRENT + ")" //$NON-NLS-1$ //$NON-NLS-2$
				+ " AND r.to.id IN (SELECT b.person.id FROM Affiliation b WHERE b.organization.id = :org" //$NON-NLS-1$
				+ CURRENT.replace("a.", "b.") + ")", Relationship.class) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.setParameter("code", RelationshipType.REPORTS_TO).setParameter("org", organizationId) //$NON-NLS-1$ //$NON-NLS-2$
				.setParameter("today", LocalDate.now()).getResultList()); //$NON-NLS-1$
	}

	private static final String CURRENT = " AND (a.since IS NULL OR a.since <= :today) AND (a.until IS NULL OR a.until >= :today)"; //$NON-NLS-1$

	@Override
	public long countRelationships(long partyId) {
		return database.read(em -> em
				.createQuery("SELECT COUNT(r) FROM Relationship r WHERE r.from.id = :id", Long.class) //$NON-NLS-1$
				.setParameter("id", partyId).getSingleResult() //$NON-NLS-1$
				+ em.createQuery("SELECT COUNT(r) FROM Relationship r WHERE r.to.id = :id", Long.class) //$NON-NLS-1$
						.setParameter("id", partyId).getSingleResult()); //$NON-NLS-1$
	}

	@Override
	public List<RelationshipType> types(boolean includeRetired) {
		String where = includeRetired ? "" : " WHERE t.retired = FALSE"; //$NON-NLS-1$ //$NON-NLS-2$
		return database.read(em -> em.createQuery(
				"SELECT t FROM RelationshipType t" + where + " ORDER BY t.position, t.id", RelationshipType.class) //$NON-NLS-1$ //$NON-NLS-2$
				.getResultList());
	}

	@Override
	public RelationshipType typeByCode(String code) {
		return database.read(em -> em
				.createQuery("SELECT t FROM RelationshipType t WHERE t.code = :code", RelationshipType.class) //$NON-NLS-1$
				.setParameter("code", code).getResultStream().findFirst() //$NON-NLS-1$
				.orElseThrow(() -> new RecordNotFoundException(NLS.bind(Messages.NotFound_party, code))));
	}

	@Override
	public RelationshipType saveType(RelationshipType type) {
		return database.saveListEntry(RelationshipType.class, type, type.getId(), type.getVersion(), type.getLabel(),
				RelationshipType::getVersion);
	}

	private void post(String change, Relationship relationship) {
		database.post(RecordEvents.RELATIONSHIP_TOPIC + change, Map.of(RecordEvents.ID, relationship.getId(),
				RecordEvents.FROM_ID, relationship.getFrom().getId(), RecordEvents.TO_ID, relationship.getTo().getId()));
	}
}
