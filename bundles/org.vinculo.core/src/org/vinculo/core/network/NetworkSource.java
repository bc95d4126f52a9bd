package org.vinculo.core.network;

import java.time.LocalDate;
import java.util.List;

/**
 * The store's side of the relationship network: streams every party and every
 * link (affiliations and relationships) once at start-up, and the links of one
 * party after an edit. Implemented by the persistence bundle with plain JDBC,
 * so that loading millions of links creates no entity objects.
 */
public interface NetworkSource {

	/** What a link is: a person's affiliation with an organization, or a typed relationship. */
	enum LinkKind {
		/** From the person to the organization; the type id is the role's. */
		AFFILIATION,
		/** From the relationship's source to its target; the type id is the relationship type's. */
		RELATIONSHIP
	}

	interface NodeSink {
		void node(long partyId, boolean organization);
	}

	interface LinkSink {
		/** {@code past}: the link ended before {@code today}. */
		void link(LinkKind kind, long typeId, long fromId, long toId, boolean past);
	}

	/** A party's kind and name, for drawing and explaining. */
	record Named(long partyId, boolean organization, String name) {
	}

	/** The kinds and names of the given parties (those that still exist), in any order. */
	List<Named> names(long[] partyIds);

	/** The period of one stored link, for explanations ("since 2019"). */
	record Period(LocalDate since, LocalDate until) {
	}

	/** Every party. */
	void readNodes(NodeSink sink);

	/** Every link, judged current or past on {@code today}. */
	void readLinks(LocalDate today, LinkSink sink);

	/** The links with {@code partyId} on either end. */
	void readLinksOf(long partyId, LocalDate today, LinkSink sink);

	/** Whether the party exists and is an organization; {@code null} when it does not exist. */
	Boolean isOrganization(long partyId);

	/** The period of the link, or {@code null} when it is gone; the most recent one when several match. */
	Period period(LinkKind kind, long typeId, long fromId, long toId);
}
