package org.vinculo.sales;

import java.util.List;
import java.util.Optional;

import org.vinculo.core.model.PartyKind;

/**
 * A sales process with its own ordered stages, for persons (B2C), for
 * organizations (B2B) or, with {@code partyKind} {@code null}, for both. Its
 * extra fields are custom fields of entity type {@link #fieldEntityType()},
 * defined in Preferences > Fields like any other.
 */
public record Pipeline(Long id, String name, PartyKind partyKind, List<Stage> stages, boolean retired, long version) {

	public Pipeline {
		stages = List.copyOf(stages);
	}

	/** Entity type of this pipeline's extra fields in the core field service. */
	public String fieldEntityType() {
		return fieldEntityType(id);
	}

	public static String fieldEntityType(Long pipelineId) {
		return "opportunity." + pipelineId; //$NON-NLS-1$
	}

	public Optional<Stage> stage(long stageId) {
		return stages.stream().filter(s -> s.id() != null && s.id() == stageId).findFirst();
	}

	/** The first open stage: where a new opportunity starts. */
	public Stage firstOpenStage() {
		return stages.stream().filter(s -> s.kind() == StageKind.OPEN).findFirst()
				.orElseThrow(() -> new IllegalStateException("Pipeline " + name + " has no open stage")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public boolean accepts(PartyKind kind) {
		return partyKind == null || partyKind == kind;
	}
}
