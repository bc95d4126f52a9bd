package org.vinculo.ui.internal.fields;

import org.eclipse.jface.viewers.IElementComparer;

/**
 * Tells the rows of an admin table apart by identity. The rows are working
 * copies, and a new entry has no id yet, so it equals nothing, not even itself;
 * the viewers must still find it to select and refresh it.
 */
final class SameRow implements IElementComparer {

	static final SameRow INSTANCE = new SameRow();

	private SameRow() {
	}

	@Override
	public boolean equals(Object a, Object b) {
		return a == b;
	}

	@Override
	public int hashCode(Object element) {
		return System.identityHashCode(element);
	}

	/** The position of {@code row} in {@code rows} by identity, or -1. */
	static int indexOf(java.util.List<?> rows, Object row) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) == row) {
				return i;
			}
		}
		return -1;
	}
}
