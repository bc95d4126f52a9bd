package org.vinculo.core.users;

/**
 * A person on our side who owns records: a rep, a manager, an agent. Users are
 * the entries of the owner choice list (Preferences > Choice Lists > Owner), so
 * every owner an activity or a party already has is a user; {@code id} is that
 * entry's id.
 */
public record User(long id, String name, boolean retired) {
}
