package org.vinculo.sales;

import java.util.List;
import java.util.Optional;

import org.vinculo.core.model.ChoiceValue;

/**
 * Pipelines and opportunities. Every write is one transaction, checks the
 * version it was given ({@link org.vinculo.core.service.StaleRecordException}
 * when someone else saved first), refuses invalid input with a
 * {@link org.vinculo.core.service.ValidationException} naming each problem, and
 * announces {@link #TOPIC} with the record's id.
 */
public interface SalesService {

	/** Announced after every write: property {@code id} for an opportunity, {@code pipelineId} for a pipeline. */
	String TOPIC = "org/vinculo/sales/CHANGED"; //$NON-NLS-1$

	/** Code of the choice list holding contact roles (decision maker, economic buyer, influencer, user…). */
	String CONTACT_ROLE_LIST = "sales.contactRole"; //$NON-NLS-1$

	List<Pipeline> pipelines(boolean includeRetired);

	Optional<Pipeline> pipeline(long id);

	/**
	 * Inserts or updates a pipeline with its stages: at least one open and one
	 * won stage, probabilities 0–100, unique stage names. A stage that
	 * opportunities still use cannot be removed.
	 */
	Pipeline savePipeline(Pipeline pipeline);

	List<OpportunityRow> opportunities(OpportunityQuery query);

	Optional<Opportunity> find(long id);

	/** Inserts or updates; the stage must belong to the pipeline and the pipeline accept the party's kind. */
	Opportunity save(Opportunity opportunity);

	/** Moves to another stage of the same pipeline (the board's drag), recording the change. */
	Opportunity move(long opportunityId, long stageId, long expectedVersion, Long userId);

	void delete(long opportunityId, long expectedVersion);

	List<StageChange> history(long opportunityId);

	/**
	 * The entries of {@link #CONTACT_ROLE_LIST} in order, retired ones included
	 * (an opportunity may still use one). A {@link ContactRole} stores an
	 * entry's code, or the id of an entry an admin added (those have no code).
	 */
	List<ChoiceValue> contactRoles();
}
