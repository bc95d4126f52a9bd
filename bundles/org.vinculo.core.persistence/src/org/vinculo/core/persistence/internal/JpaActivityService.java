package org.vinculo.core.persistence.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityKind;
import org.vinculo.core.model.ActivityStatus;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Person;
import org.vinculo.core.service.ActivityService;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.RecordNotFoundException;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.Validation;

import jakarta.persistence.EntityManager;

/** {@link ActivityService} on EclipseLink. */
@Component(service = ActivityService.class)
public final class JpaActivityService implements ActivityService {

	private final Database database;

	@Activate
	public JpaActivityService(@Reference DatabaseComponent component) {
		this(component.database());
	}

	public JpaActivityService(Database database) {
		this.database = database;
	}

	@Override
	public Activity save(Activity activity) {
		Validation.require(Validation.check(activity));
		boolean created = activity.isNew();
		long[] before = { -1, -1 };
		Activity saved;
		try {
			saved = database.write(em -> {
				attach(em, activity);
				if (created) {
					activity.stampCreated(Instant.now());
					em.persist(activity);
					return activity;
				}
				Activity current = checkCurrent(em, activity);
				before[0] = current.getPerson() == null ? -1 : current.getPerson().getId();
				before[1] = current.getOrganization() == null ? -1 : current.getOrganization().getId();
				return em.merge(activity);
			});
		} catch (RuntimeException e) {
			if (created) {
				activity.forgetIdOfFailedInsert();
			}
			throw e;
		}
		post(created ? RecordEvents.CREATED : RecordEvents.UPDATED, saved, before[0], before[1]);
		return saved;
	}

	@Override
	public Activity markDone(Activity activity, String outcome) {
		Activity done = activity.copy();
		done.setStatus(ActivityStatus.DONE);
		if (outcome != null && !outcome.isBlank()) {
			done.setOutcome(outcome);
		}
		return save(done);
	}

	@Override
	public void delete(Activity activity) {
		database.write(em -> {
			em.remove(checkCurrent(em, activity));
			return null;
		});
		post(RecordEvents.DELETED, activity, -1, -1);
	}

	private static Activity checkCurrent(EntityManager em, Activity activity) {
		Activity current = em.find(Activity.class, activity.getId());
		if (current == null || current.getVersion() != activity.getVersion()) {
			throw new StaleRecordException(Messages.Stale_activity, activity.getId(), null);
		}
		return current;
	}

	/** Points the activity at the managed person and organization of this transaction. */
	private static void attach(EntityManager em, Activity activity) {
		if (activity.getPerson() != null) {
			Person person = em.find(Person.class, activity.getPerson().getId());
			if (person == null) {
				throw new RecordNotFoundException(NLS.bind(Messages.NotFound_party, activity.getPerson()));
			}
			activity.setPerson(person);
		}
		if (activity.getOrganization() != null) {
			Organization organization = em.find(Organization.class, activity.getOrganization().getId());
			if (organization == null) {
				throw new RecordNotFoundException(NLS.bind(Messages.NotFound_party, activity.getOrganization()));
			}
			activity.setOrganization(organization);
		}
	}

	@Override
	public List<Activity> timeline(long partyId, Set<ActivityKind> kinds) {
		Set<ActivityKind> wanted = kinds == null || kinds.isEmpty() ? EnumSet.allOf(ActivityKind.class) : kinds;
		return database.read(em -> {
			// one query per side, each on its own index (an OR would scan the table)
			List<Activity> result = new ArrayList<>(side(em, "a.person.id", partyId, wanted)); //$NON-NLS-1$
			result.addAll(side(em, "a.organization.id", partyId, wanted)); //$NON-NLS-1$
			result.sort(Comparator.comparing(Activity::getStartsAt).thenComparing(Activity::getId).reversed());
			return result;
		});
	}

	private static List<Activity> side(EntityManager em, String side, long partyId, Set<ActivityKind> kinds) {
		return em.createQuery("SELECT a FROM Activity a WHERE " + side + " = :party AND a.kind IN :kinds", //$NON-NLS-1$ //$NON-NLS-2$
				Activity.class).setParameter("party", partyId).setParameter("kinds", List.copyOf(kinds)) //$NON-NLS-1$ //$NON-NLS-2$
				.getResultList();
	}

	@Override
	public List<Activity> agenda(Long ownerId, LocalDateTime until) {
		String owner = ownerId == null ? "a.ownerId IS NULL" : "a.ownerId = :owner"; //$NON-NLS-1$ //$NON-NLS-2$
		return database.read(em -> {
			var query = em.createQuery("SELECT a FROM Activity a WHERE a.status = :planned AND " + owner //$NON-NLS-1$
					+ " AND a.startsAt < :until ORDER BY a.startsAt, a.id", Activity.class) //$NON-NLS-1$
					.setParameter("planned", ActivityStatus.PLANNED).setParameter("until", until); //$NON-NLS-1$ //$NON-NLS-2$
			if (ownerId != null) {
				query.setParameter("owner", ownerId); //$NON-NLS-1$
			}
			return query.getResultList();
		});
	}

	@Override
	public long countActivities(long partyId) {
		return database.read(em -> em
				.createQuery("SELECT COUNT(a) FROM Activity a WHERE a.person.id = :id", Long.class) //$NON-NLS-1$
				.setParameter("id", partyId).getSingleResult() //$NON-NLS-1$
				+ em.createQuery("SELECT COUNT(a) FROM Activity a WHERE a.organization.id = :id", Long.class) //$NON-NLS-1$
						.setParameter("id", partyId).getSingleResult()); //$NON-NLS-1$
	}

	private void post(String change, Activity activity, long formerPerson, long formerOrganization) {
		long person = activity.getPerson() == null ? -1 : activity.getPerson().getId();
		long organization = activity.getOrganization() == null ? -1 : activity.getOrganization().getId();
		database.post(RecordEvents.ACTIVITY_TOPIC + change, Map.of(RecordEvents.ID, activity.getId(),
				RecordEvents.PERSON_ID, person, RecordEvents.ORGANIZATION_ID, organization));
		if (formerPerson != -1 && formerPerson != person || formerOrganization != -1 && formerOrganization != organization) {
			database.post(RecordEvents.ACTIVITY_TOPIC + change, Map.of(RecordEvents.ID, activity.getId(),
					RecordEvents.PERSON_ID, formerPerson, RecordEvents.ORGANIZATION_ID, formerOrganization));
		}
	}
}
