package org.vinculo.core.network;

import java.time.LocalDate;
import java.util.List;

import org.vinculo.core.model.PartyKind;

/**
 * One ranked introduction path from our organization to a target, with the
 * parties on the way, the links between them and the explanation in words.
 *
 * @param rank        1 for the best
 * @param cost        the path's cost under the weights used (lower is better)
 * @param parties     from our organization to the target
 * @param steps       {@code steps.get(i)} links {@code parties.get(i)} to
 *                    {@code parties.get(i + 1)}
 * @param explanation "Ana Ruiz (your colleague) — friend of, since 2019 → …"
 */
public record Introduction(int rank, double cost, List<Party> parties, List<Step> steps, String explanation) {

	/** A party on the path. */
	public record Party(long id, PartyKind kind, String name) {
	}

	/**
	 * One link as walked along the path.
	 *
	 * @param label as read from the party before it ("supplier of", "employee of")
	 */
	public record Step(LinkType type, boolean forward, String label, boolean past, LocalDate since, LocalDate until) {
	}
}
