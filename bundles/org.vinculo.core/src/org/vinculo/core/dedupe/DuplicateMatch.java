package org.vinculo.core.dedupe;

import java.util.List;

/**
 * Two records that look like the same person or organization, with a score
 * (higher is surer) and every reason, so the user can see why.
 */
public record DuplicateMatch(PartyProfile first, PartyProfile second, int score, List<Reason> reasons) {

	public DuplicateMatch {
		reasons = List.copyOf(reasons);
	}

	public enum Evidence {
		SAME_EMAIL, SAME_PHONE, SAME_NAME, SIMILAR_NAME, SHARED_AFFILIATION
	}

	/** One piece of evidence; {@code detail} is the shared email, phone or organization, or the two names. */
	public record Reason(Evidence evidence, String detail) {
	}

	/** The reasons as one sentence in the user's language: "same email ana@x.com; both at BA Minds". */
	public String explain() {
		return DuplicateRules.explain(reasons);
	}
}
