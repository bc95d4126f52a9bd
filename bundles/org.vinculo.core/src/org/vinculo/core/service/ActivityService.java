package org.vinculo.core.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityKind;

/** Calls, meetings, visits, emails, tasks and notes on persons and organizations. */
public interface ActivityService {

	/**
	 * Saves a new activity or changes to a stored one.
	 *
	 * @throws ValidationException  when it is attached to nobody, lacks a subject
	 *                              or a time, or a value is out of range
	 * @throws StaleRecordException when it changed since it was read
	 */
	Activity save(Activity activity);

	/**
	 * Marks the activity done now, keeping the outcome if one is given.
	 *
	 * @throws StaleRecordException when it changed since it was read
	 */
	Activity markDone(Activity activity, String outcome);

	void delete(Activity activity);

	/**
	 * A party's timeline: every activity attached to it (as the person or as
	 * the organization), newest first, optionally only some kinds.
	 */
	List<Activity> timeline(long partyId, Set<ActivityKind> kinds);

	/**
	 * An agenda: planned activities of {@code ownerId} (or of nobody in
	 * particular when {@code null}) starting before {@code until}, overdue ones
	 * included, earliest first.
	 */
	List<Activity> agenda(Long ownerId, LocalDateTime until);

	/** Activities attached to the party, for delete warnings. */
	long countActivities(long partyId);
}
