package org.vinculo.sales.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A sales record to open in an editor, shown under its name until the editor
 * has read it. Such inputs are neither persisted nor listed as recently opened:
 * the record may be gone by the next start.
 */
public abstract class RecordEditorInput implements IEditorInput {

	private String name;

	protected RecordEditorInput(String name) {
		this.name = name == null ? "" : name; //$NON-NLS-1$
	}

	@Override
	public String getName() {
		return name;
	}

	/** The record was renamed, or saved for the first time and numbered. */
	public void setName(String name) {
		this.name = name;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
