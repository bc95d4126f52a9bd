package org.vinculo.core.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.core.service.PartyService;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.Validation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

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
				draft.refreshDerivedFields();
				draft.touch(Instant.now());
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
	public <T extends Party> T update(T party) {
		if (party.isNew()) {
			throw new IllegalArgumentException("Not saved yet: " + party); //$NON-NLS-1$
		}
		Validation.require(Validation.check(party));
		T saved = database.write(em -> {
			checkCurrent(em, party);
			party.refreshDerivedFields();
			party.touch(Instant.now());
			return em.merge(party);
		});
		post(RecordEvents.UPDATED, saved);
		return saved;
	}

	@Override
	public void delete(Party party) {
		database.write(em -> {
			Party current = checkCurrent(em, party);
			em.createQuery("DELETE FROM Affiliation a WHERE a.person.id = :id OR a.organization.id = :id") //$NON-NLS-1$
					.setParameter("id", party.getId()).executeUpdate(); //$NON-NLS-1$
			em.remove(current);
			return null;
		});
		post(RecordEvents.DELETED, party);
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
		return Optional.ofNullable(database.read(em -> em.find(Party.class, id)));
	}

	@Override
	public Optional<Person> findPerson(long id) {
		return Optional.ofNullable(database.read(em -> em.find(Person.class, id)));
	}

	@Override
	public Optional<Organization> findOrganization(long id) {
		return Optional.ofNullable(database.read(em -> em.find(Organization.class, id)));
	}

	@Override
	public List<Party> search(PartyQuery query) {
		return database.read(em -> {
			TypedQuery<Party> q = em.createQuery("SELECT p FROM " + entity(query.kinds()) + " p" //$NON-NLS-1$ //$NON-NLS-2$
					+ where(query) + " ORDER BY p.sortKey, p.id", Party.class); //$NON-NLS-1$
			bind(q, query);
			return q.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
		});
	}

	@Override
	public long count(PartyQuery query) {
		return database.read(em -> {
			TypedQuery<Long> q = em.createQuery("SELECT COUNT(p) FROM " + entity(query.kinds()) + " p" //$NON-NLS-1$ //$NON-NLS-2$
					+ where(query), Long.class);
			bind(q, query);
			return q.getSingleResult();
		});
	}

	private static String entity(Set<PartyKind> kinds) {
		if (kinds.size() == 1) {
			return kinds.contains(PartyKind.PERSON) ? "Person" : "Organization"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return "Party"; //$NON-NLS-1$
	}

	private static String where(PartyQuery query) {
		if (query.text().isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		// every email, phone, address and tag counts, not only the first one the list shows
		return " WHERE p.sortKey LIKE :name ESCAPE '!'" //$NON-NLS-1$
				+ " OR EXISTS (SELECT q.id FROM Party q JOIN q.contactPoints c WHERE q.id = p.id" //$NON-NLS-1$
				+ " AND LOWER(c.value) LIKE :text ESCAPE '!')" //$NON-NLS-1$
				+ " OR EXISTS (SELECT q.id FROM Party q JOIN q.addresses a WHERE q.id = p.id" //$NON-NLS-1$
				+ " AND LOWER(a.city) LIKE :text ESCAPE '!')" //$NON-NLS-1$
				+ " OR EXISTS (SELECT q.id FROM Party q JOIN q.tags t WHERE q.id = p.id" //$NON-NLS-1$
				+ " AND t LIKE :text ESCAPE '!')"; // tags are stored in lower case //$NON-NLS-1$
	}

	private static void bind(TypedQuery<?> q, PartyQuery query) {
		if (!query.text().isEmpty()) {
			q.setParameter("name", '%' + escapeLike(Party.normalize(query.text())) + '%'); //$NON-NLS-1$
			q.setParameter("text", '%' + escapeLike(query.text().toLowerCase(Locale.ROOT)) + '%'); //$NON-NLS-1$
		}
	}

	private static String escapeLike(String text) {
		// the filter is plain text: wildcards typed by the user match themselves
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	private void post(String change, Party party) {
		database.post(RecordEvents.PARTY_TOPIC + change,
				Map.of(RecordEvents.ID, party.getId(), RecordEvents.KIND, party.getKind().name()));
	}
}
