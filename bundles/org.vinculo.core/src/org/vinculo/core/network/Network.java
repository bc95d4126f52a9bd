package org.vinculo.core.network;

import java.util.List;

/**
 * The relationship network as one graph: parties are nodes, affiliations and
 * relationships are links. Loaded into memory once (compact, a few bytes per
 * link) and kept current after every committed edit, so that "who can
 * introduce us to…" is answered in milliseconds on a million parties.
 */
public interface Network {

	/** Posted when the graph finished loading or reloaded its weights. */
	String TOPIC_READY = "org/vinculo/core/network/READY"; //$NON-NLS-1$

	/** Whether the graph is loaded; queries before that answer empty. */
	boolean isReady();

	/**
	 * The {@code limit} best-ranked introduction paths from our side
	 * ({@code ourOrganizationId}: the organization, its people, and everyone they
	 * are linked to) to {@code targetId}, best first, each explained. At most
	 * {@link IntroductionWeights#maxHops()} links long.
	 */
	List<Introduction> introductions(long ourOrganizationId, long targetId, int limit);

	/**
	 * The neighbourhood of {@code centreId} to {@code depth} (1–3) links, with big
	 * fan-outs folded into groups so that a party with thousands of links stays
	 * readable.
	 *
	 * @param shownTypes which link types to follow; {@code null} for all
	 */
	Neighbourhood around(long centreId, int depth, List<LinkType> shownTypes, boolean includePast, int maxPerParty,
			int maxParties);

	/** The link types the graph knows (roles and relationship types), with their strength. */
	List<LinkType> linkTypes();

	IntroductionWeights weights();

	/** Replaces the ranking weights (kept in the workspace) and ranks with them from now on. */
	void setWeights(IntroductionWeights weights);
}
