package org.vinculo.core.model;

import org.vinculo.core.internal.Messages;

/**
 * The segmentation categories every party carries, each an admin-editable
 * {@link ChoiceValue choice list}: type, industry, business activity, origin,
 * territory and owner (the person on our side responsible for the record).
 */
public enum Segment {
	TYPE("type"), //$NON-NLS-1$
	INDUSTRY("industry"), //$NON-NLS-1$
	BUSINESS_ACTIVITY("activity"), //$NON-NLS-1$
	SOURCE("source"), //$NON-NLS-1$
	TERRITORY("territory"), //$NON-NLS-1$
	OWNER("owner"); //$NON-NLS-1$

	private final String listCode;

	Segment(String listCode) {
		this.listCode = listCode;
	}

	/** The code of the choice list this category takes its values from. */
	public String listCode() {
		return listCode;
	}

	/** Translated name of the category. */
	public String label() {
		return Messages.enumLabel("Segment_", name()); //$NON-NLS-1$
	}

	public static Segment ofList(String listCode) {
		for (Segment segment : values()) {
			if (segment.listCode.equals(listCode)) {
				return segment;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return label();
	}
}
