package org.vinculo.sales.ui.internal.opportunities;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.vinculo.sales.ui.internal.SalesLabels;

/** One saved opportunity to edit; equal ids reuse the open editor. */
public final class OpportunityEditorInput implements IEditorInput {

	private final long id;
	private String name;

	public OpportunityEditorInput(long id, String name) {
		this.id = id;
		this.name = name == null ? "" : name; //$NON-NLS-1$
	}

	public long id() {
		return id;
	}

	@Override
	public String getName() {
		return name;
	}

	void setName(String name) {
		this.name = name;
	}

	@Override
	public String getToolTipText() {
		return SalesLabels.opportunity() + ": " + name; //$NON-NLS-1$
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public boolean exists() {
		return false; // not in the recently-opened list: the record may be gone by the next start
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
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
