package org.vinculo.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.search.PartySummary;

/**
 * Identifies one person or organization to open; equal inputs reuse the open
 * editor. Persistable, so open editors come back after a restart.
 */
public final class PartyEditorInput implements IEditorInput, IPersistableElement {

	static final String MEMENTO_KIND = "kind"; //$NON-NLS-1$
	static final String MEMENTO_ID = "id"; //$NON-NLS-1$
	static final String MEMENTO_NAME = "name"; //$NON-NLS-1$

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

	public static PartyEditorInput of(PartySummary party) {
		return new PartyEditorInput(party.kind(), party.id(), party.displayName());
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

	/** "Organization: BA Minds", in the customer's words; also the editor's heading. */
	@Override
	public String getToolTipText() {
		return Terms.format(Messages.Editor_heading, Labels.kind(kind), name);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromImage(Labels.image(kind));
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getFactoryId() {
		return PartyEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(MEMENTO_KIND, kind.name());
		memento.putString(MEMENTO_ID, Long.toString(id));
		memento.putString(MEMENTO_NAME, name);
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
