package org.vinculo.core.model;

import org.vinculo.core.internal.Messages;

/** Whether an {@link Activity} is still ahead, done, or called off. */
public enum ActivityStatus {
	PLANNED, DONE, CANCELLED;

	public String label() {
		return Messages.enumLabel("ActivityStatus_", name()); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return label();
	}
}
