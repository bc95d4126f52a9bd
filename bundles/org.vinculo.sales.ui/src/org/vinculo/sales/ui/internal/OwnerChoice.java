package org.vinculo.sales.ui.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.swt.widgets.Combo;
import org.vinculo.core.users.User;

/** A read-only combo of the users who may own a record, "(nobody)" first. */
public final class OwnerChoice {

	private final Combo combo;
	private List<User> choices = List.of();

	public OwnerChoice(Combo combo) {
		this.combo = combo;
		combo.setItems(Messages.Owner_nobody);
		combo.select(0);
	}

	public Combo combo() {
		return combo;
	}

	/** Offers the active users of {@code users} (and {@code selected}, even if retired) and selects it. */
	public void show(Users users, Long selected) {
		choices = users.choosable(selected);
		String[] items = new String[choices.size() + 1];
		items[0] = Messages.Owner_nobody;
		int index = 0;
		for (int i = 0; i < choices.size(); i++) {
			User user = choices.get(i);
			items[i + 1] = user.retired() ? user.name() + " " + Messages.Owner_retired : user.name(); //$NON-NLS-1$
			if (Objects.equals(selected, user.id())) {
				index = i + 1;
			}
		}
		combo.setItems(items);
		combo.select(index);
	}

	public void select(Long id) {
		for (int i = 0; i < choices.size(); i++) {
			if (Objects.equals(id, choices.get(i).id())) {
				combo.select(i + 1);
				return;
			}
		}
		combo.select(0);
	}

	/** The chosen user's id, {@code null} for nobody. */
	public Long selected() {
		int index = combo.getSelectionIndex();
		return index <= 0 || index > choices.size() ? null : choices.get(index - 1).id();
	}
}
