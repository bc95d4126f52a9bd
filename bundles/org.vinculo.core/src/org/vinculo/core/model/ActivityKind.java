package org.vinculo.core.model;

import org.vinculo.core.internal.Messages;

/** What kind of contact an {@link Activity} records. */
public enum ActivityKind {
	CALL, MEETING, VISIT, EMAIL, TASK, NOTE;

	public String label() {
		return Messages.enumLabel("ActivityKind_", name()); //$NON-NLS-1$
	}

	/** Whether the kind is something done at a time (a note is only written). */
	public boolean isScheduled() {
		return this != NOTE;
	}

	@Override
	public String toString() {
		return label();
	}
}
