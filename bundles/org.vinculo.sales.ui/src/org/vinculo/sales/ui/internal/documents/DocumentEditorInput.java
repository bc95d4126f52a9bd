package org.vinculo.sales.ui.internal.documents;

import org.vinculo.sales.SalesDocument;
import org.vinculo.sales.ui.internal.RecordEditorInput;

/**
 * A quote, order or invoice to edit: a saved one by id (equal ids reuse the
 * open editor), or a new draft, saved when the user first saves.
 */
public final class DocumentEditorInput extends RecordEditorInput {

	private Long id;
	private final SalesDocument draft;

	private DocumentEditorInput(Long id, SalesDocument draft, String name) {
		super(name);
		this.id = id;
		this.draft = draft;
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
		setName(savedName);
	}

	@Override
	public String getToolTipText() {
		return getName();
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
