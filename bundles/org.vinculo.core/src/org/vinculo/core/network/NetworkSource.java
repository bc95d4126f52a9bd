package org.vinculo.core.network;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The store's side of the relationship network: streams every party and every
 * link (affiliations and relationships) once, the links of one party after an
 * edit, and what changed since a database revision, so that a snapshot of the
 * network kept beside the database can catch up instead of reading everything
 * again. Implemented by the persistence bundle with plain JDBC, so that
 * loading millions of links creates no entity objects.
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
		void node(long partyId, boolean organization, boolean activeCustomer);
	}

	interface LinkSink {
		/** {@code past}: the link ended before {@code today}. */
		void link(LinkKind kind, long typeId, long fromId, long toId, boolean past);
	}

	/** A party's kind and name, for drawing and explaining. */
	record Named(long partyId, boolean organization, String name) {
	}

	/** What the network keeps of a party: its kind and whether it is an active customer. */
	record Node(long partyId, boolean organization, boolean activeCustomer) {
	}

	/**
	 * Where the database stands: {@code revision} is the last committed write;
	 * {@code linksBulkRevision} the last write that changed links in bulk
	 * (imports, merges, generators), which only a full read catches up with.
	 */
	record Revisions(String databaseId, long revision, long linksBulkRevision) {
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

	/** The party as the network keeps it; {@code null} when it does not exist. */
	Node node(long partyId);

	/** One stored link by its kind, type and ends (as stored: person to organization, source to target). */
	record LinkKey(LinkKind kind, long typeId, long fromId, long toId) {
	}

	/** The period of the link, or {@code null} when it is gone; the most recent one when several match. */
	default Period period(LinkKind kind, long typeId, long fromId, long toId) {
		LinkKey key = new LinkKey(kind, typeId, fromId, toId);
		return periods(List.of(key)).get(key);
	}

	/** The periods of several links in one go, as {@link #period} gives them; links that are gone are left out. */
	Map<LinkKey, Period> periods(Collection<LinkKey> links);

	/** The database's revisions now. Every write committed before the call is at or below {@code revision}. */
	Revisions revisions();

	/**
	 * The parties a write after {@code revision} changed (their links, kind or
	 * lifecycle), ascending; deleted parties are in {@link #deletedSince}.
	 */
	long[] changedSince(long revision);

	/** The parties deleted (or merged away) after {@code revision}, ascending. */
	long[] deletedSince(long revision);

	/**
	 * The parties at either end of links that end on or after {@code from} and
	 * before {@code to}: the links that turned past between those two days.
	 */
	long[] endingBetween(LocalDate from, LocalDate to);

	/** The file the network may keep its snapshot in, beside the database. */
	Path snapshotFile();
}
