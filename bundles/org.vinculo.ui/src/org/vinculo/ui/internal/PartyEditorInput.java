package org.vinculo.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;

/** Identifies one person or organization to open; equal inputs reuse the open editor. */
public final class PartyEditorInput implements IEditorInput {

	private final PartyKind kind;
	private final long id;
	private String name;

	public PartyEditorInput(PartyKind kind, long id, String name) {
		this.kind = kind;
		this.id = id;
		this.name = name;
	}

	public static PartyEditorInput of(Party party) {
		return new PartyEditorInput(party.getKind(), party.getId(), party.getDisplayName());
	}

	public PartyKind getKind() {
		return kind;
	}

	public long getId() {
		return id;
	}

	@Override
	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	@Override
	public String getToolTipText() {
		return Labels.kind(kind) + ": " + name; //$NON-NLS-1$
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromImage(Labels.image(kind));
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
		return obj instanceof PartyEditorInput other && other.kind == kind && other.id == id;
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, id);
	}
}
