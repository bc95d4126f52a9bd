package org.vinculo.core.search;

import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.PartyKind;

/**
 * What a result list shows of a party, answered by the search index without a
 * database round trip. Load the full record by {@link #id()} to edit it.
 */
public record PartySummary(long id, PartyKind kind, String displayName, String email, String phone, String city,
		LifecycleStage lifecycle) {

	public PartySummary {
		lifecycle = lifecycle == null ? LifecycleStage.INITIAL : lifecycle;
	}
}
