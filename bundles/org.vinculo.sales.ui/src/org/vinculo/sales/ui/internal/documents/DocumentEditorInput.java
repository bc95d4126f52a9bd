package org.vinculo.sales.ui.internal.documents;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.vinculo.sales.SalesDocument;

/**
 * A quote, order or invoice to edit: a saved one by id (equal ids reuse the
 * open editor), or a new draft, saved when the user first saves.
 */
public final class DocumentEditorInput implements IEditorInput {

	private Long id;
	private final SalesDocument draft;
	private String name;

	private DocumentEditorInput(Long id, SalesDocument draft, String name) {
		this.id = id;
		this.draft = draft;
		this.name = name == null ? "" : name; //$NON-NLS-1$
	}

	public static DocumentEditorInput of(long id, String name) {
		return new DocumentEditorInput(id, null, name);
	}

	/** A document not saved yet; {@code name} is what the tab shows until it has a number. */
	public static DocumentEditorInput draft(SalesDocument draft, String name) {
		return new DocumentEditorInput(null, draft, name);
	}

	/** The saved document's id, {@code null} for a draft not saved yet. */
	public Long id() {
		return id;
	}

	/** The unsaved draft, {@code null} for a saved document. */
	SalesDocument draft() {
		return draft;
	}

	/** The draft was saved: the input now stands for the stored document. */
	void saved(long savedId, String savedName) {
		this.id = savedId;
		this.name = savedName;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public String getToolTipText() {
		return name;
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

	@Override
	public boolean equals(Object obj) {
		if (this == obj) {
			return true;
		}
		return obj instanceof DocumentEditorInput other && id != null && id.equals(other.id);
	}

	@Override
	public int hashCode() {
		return 31; // constant: a draft gains its id when saved, and the workbench may hold the input in a hash set
	}
}
