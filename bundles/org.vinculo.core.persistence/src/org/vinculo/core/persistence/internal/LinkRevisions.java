package org.vinculo.core.persistence.internal;

import jakarta.persistence.EntityManager;

/**
 * How a write of affiliations or relationships tells readers that catch up by
 * revision (the relationship network's snapshot) what it changed: a single
 * link stamps the transaction's revision on the parties at both of its ends;
 * a bulk write records its revision as the last bulk change of links, after
 * which only a full read is right.
 */
final class LinkRevisions {

	private LinkRevisions() {
	}

	/**
	 * Takes the next revision (first in the transaction, as every write does)
	 * and stamps it on the given parties: the ends of the links this
	 * transaction writes, before and after an edit that moves a link.
	 */
	static long takeAndStamp(EntityManager em, long... partyIds) {
		long revision = Database.nextRevision(em);
		stampWith(em, revision, partyIds);
		return revision;
	}

	/** Stamps a revision the transaction already took on the given parties. */
	static void stampWith(EntityManager em, long revision, long... partyIds) {
		long previous = -1;
		for (long id : java.util.Arrays.stream(partyIds).sorted().toArray()) { // one lock order
			if (id != previous) {
				em.createNativeQuery("UPDATE PARTY SET REVISION = ? WHERE ID = ?") //$NON-NLS-1$
						.setParameter(1, revision).setParameter(2, id).executeUpdate();
				previous = id;
			}
		}
	}

	/** Takes the next revision and records it as the last bulk change of links. */
	static long bulk(EntityManager em) {
		long revision = Database.nextRevision(em);
		bulk(em, revision);
		return revision;
	}

	/** Records a revision the transaction already took as the last bulk change of links. */
	static void bulk(EntityManager em, long revision) {
		em.createNativeQuery("UPDATE CHANGE_COUNTER SET LINKS_BULK_REVISION = ? WHERE ID = 1") //$NON-NLS-1$
				.setParameter(1, revision).executeUpdate();
	}
}
