package org.vinculo.core.dedupe;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vinculo.core.model.PartyKind;

/** Reads {@link PartyProfile}s from the store, in bulk: the feed of duplicate detection. */
public interface PartyProfiles {

	/** The profiles of the given parties (merged-away ones left out). */
	List<PartyProfile> profiles(Collection<Long> ids);

	/** Every live party of {@code kind}, streamed; cancellable through {@code monitor}. */
	void forEach(PartyKind kind, Consumer<PartyProfile> sink, IProgressMonitor monitor);

	/** How many live parties of {@code kind} there are, for progress. */
	long count(PartyKind kind);
}
