package org.vinculo.core.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vinculo.core.model.ChoiceValue;

/**
 * The admin-edited choice lists: the segmentation categories
 * ({@link org.vinculo.core.model.Segment}) and the values of custom choice
 * fields. Entries are renamed, reordered and retired, never deleted.
 */
public interface ChoiceListService {

	/** The entries of one list in display order. */
	List<ChoiceValue> values(String listCode, boolean includeRetired);

	/**
	 * The entries of several lists, each in display order, by list code (every code asked for is a
	 * key, a list without entries maps to an empty list): what an editor reads of its drop-downs
	 * each time it opens, in one read where the store allows.
	 */
	default Map<String, List<ChoiceValue>> values(Collection<String> listCodes, boolean includeRetired) {
		Map<String, List<ChoiceValue>> lists = new LinkedHashMap<>();
		for (String code : listCodes) {
			lists.put(code, values(code, includeRetired));
		}
		return lists;
	}

	/** Any entry by id, retired or not: what a record that points at it shows. */
	Optional<ChoiceValue> value(long id);

	/**
	 * Saves a new or changed entry and announces it on
	 * {@link RecordEvents#TYPES_TOPIC}.
	 *
	 * @throws ValidationException  when the name is empty or already used in the list
	 * @throws StaleRecordException when someone else changed it meanwhile
	 */
	ChoiceValue save(ChoiceValue value);

	/**
	 * Saves a new order: each entry's position becomes its index in
	 * {@code ordered}, in one transaction.
	 *
	 * @throws StaleRecordException when any of them changed meanwhile
	 */
	List<ChoiceValue> reorder(List<ChoiceValue> ordered);

	/** How many parties use the entry in a segmentation category, shown before retiring it. */
	long countUses(ChoiceValue value);

	/** The colour of each tag that has one, as {@code #rrggbb}, by tag (lower case). */
	Map<String, String> tagColours();

	/**
	 * Gives a tag a colour ({@code #rrggbb}) or, with {@code null}, takes it
	 * away; announced on {@link RecordEvents#TYPES_TOPIC}.
	 */
	void setTagColour(String tag, String colour);
}
