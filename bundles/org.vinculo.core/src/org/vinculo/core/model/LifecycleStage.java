package org.vinculo.core.model;

import org.vinculo.core.internal.Messages;

/**
 * Where a party stands as a customer, for persons and organizations alike and
 * independently of each other: José may be an active customer while BA Minds,
 * where he works, is still a prospect. Changes are dated and kept as history.
 */
public enum LifecycleStage {
	PROSPECT, POTENTIAL_CUSTOMER, ACTIVE_CUSTOMER, INACTIVE_CUSTOMER;

	/** The stage of a party nobody has classified yet. */
	public static final LifecycleStage INITIAL = PROSPECT;

	/** Translated name, as badges and filters show it. */
	public String label() {
		return Messages.enumLabel("Lifecycle_", name()); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return label();
	}
}
