package org.vinculo.core.users;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Users, teams, managers and monthly quotas: the small organization model that
 * sales, tickets and campaigns share. Saving announces {@link #TOPIC}.
 */
public interface TeamService {

	String TOPIC = "org/vinculo/core/users/CHANGED"; //$NON-NLS-1$

	/** Users by name; retired ones only when asked. */
	List<User> users(boolean includeRetired);

	/** Teams by name. */
	List<Team> teams();

	/**
	 * Inserts or updates {@code team}; refuses a blank name, a duplicate name,
	 * unknown users and a copy someone else changed meanwhile
	 * ({@link org.vinculo.core.service.StaleRecordException}).
	 */
	Team save(Team team);

	void delete(long teamId);

	/** The users whose numbers a manager sees: the members of every team they manage, and themselves. */
	Set<Long> reportsOf(long managerId);

	/** Sets (or, with {@code null} or zero, clears) a user's quota for a month. */
	void setQuota(long userId, YearMonth month, BigDecimal amount);

	/** Quotas of {@code userIds} for the months {@code from} to {@code to} inclusive. */
	List<Quota> quotas(Collection<Long> userIds, YearMonth from, YearMonth to);
}
