package org.vinculo.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vinculo.core.users.User;

/**
 * The users as read once for a view or dialog: owner combos list the active
 * ones (and a retired one a record still has), names are found for any.
 */
public record Users(List<User> all) {

	public static final Users NONE = new Users(List.of());

	public Users {
		all = List.copyOf(all);
	}

	/** Reads every user, retired ones included. Call from a job. */
	public static Users read() {
		return new Users(SalesServices.teams().users(true));
	}

	/** The user's name, "" for none, "#id" for one no longer known. */
	public String name(Long id) {
		if (id == null) {
			return ""; //$NON-NLS-1$
		}
		return all.stream().filter(u -> u.id() == id).map(User::name).findFirst().orElse("#" + id); //$NON-NLS-1$
	}

	/** Active users, plus {@code current} if it is retired, in name order as the service gave them. */
	public List<User> choosable(Long current) {
		List<User> users = new ArrayList<>();
		for (User user : all) {
			if (!user.retired() || Objects.equals(current, user.id())) {
				users.add(user);
			}
		}
		return users;
	}
}
