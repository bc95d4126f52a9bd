package org.vinculo.core.service;

import java.util.List;

import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;

/**
 * Typed relationships between parties (friend of, supplier of, reports to…),
 * stored once and answered from both ends, and the editable list of their
 * types.
 */
public interface RelationshipService {

	/**
	 * Saves a new relationship; the draft becomes the saved record.
	 *
	 * @throws ValidationException when an end is missing or the same party, the
	 *                             period is inverted, the strength out of range,
	 *                             or the same link already exists for an
	 *                             overlapping period
	 */
	Relationship relate(Relationship draft);

	/**
	 * Saves many new relationships at once (imports, generators): each is checked
	 * on its own, then inserted in batches; duplicates are not looked up.
	 *
	 * @throws ValidationException listing every problem; nothing saved
	 */
	void relateAll(List<Relationship> drafts);

	/**
	 * @throws StaleRecordException when the relationship changed since it was read
	 * @throws ValidationException  as for {@link #relate(Relationship)}
	 */
	Relationship update(Relationship relationship);

	/** Removes the link. Use an end date to keep history. */
	void remove(Relationship relationship);

	/** Every relationship with {@code partyId} on either end, both parties and the type loaded. */
	List<Relationship> relationshipsOf(long partyId);

	/**
	 * The "reports to" links among the organization's current people: what an
	 * organization chart is drawn from.
	 */
	List<Relationship> reportingLinesOf(long organizationId);

	/** Relationships referencing the party from either end, for delete warnings. */
	long countRelationships(long partyId);

	/** The type list in display order. */
	List<RelationshipType> types(boolean includeRetired);

	RelationshipType typeByCode(String code);

	/**
	 * Saves a type (new or changed labels, symmetry, strength, retired).
	 *
	 * @throws StaleRecordException when someone else changed it meanwhile
	 */
	RelationshipType saveType(RelationshipType type);
}
