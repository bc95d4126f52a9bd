package org.vinculo.sales.ui.internal.opportunities;

import org.vinculo.sales.ui.internal.RecordEditorInput;
import org.vinculo.sales.ui.internal.SalesLabels;

/** One saved opportunity to edit; equal ids reuse the open editor. */
public final class OpportunityEditorInput extends RecordEditorInput {

	private final long id;

	public OpportunityEditorInput(long id, String name) {
		super(name);
		this.id = id;
	}

	public long id() {
		return id;
	}

	@Override
	public String getToolTipText() {
		return SalesLabels.opportunity() + ": " + getName(); //$NON-NLS-1$
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof OpportunityEditorInput other && other.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}
}
