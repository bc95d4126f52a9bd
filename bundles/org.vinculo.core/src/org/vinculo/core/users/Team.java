package org.vinculo.core.users;

import java.util.List;

/**
 * A team of users with at most one manager. A user may be in several teams; a
 * manager sees the sum of the teams they manage. {@code id} is {@code null}
 * until saved; {@code version} guards against concurrent edits.
 */
public record Team(Long id, String name, Long managerId, List<Long> memberIds, long version) {

	public Team {
		memberIds = List.copyOf(memberIds);
	}

	public Team withMembers(List<Long> members) {
		return new Team(id, name, managerId, members, version);
	}
}
