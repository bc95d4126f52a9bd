package org.vinculo.sales.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vinculo.sales.Pipeline;
import org.vinculo.ui.parts.FieldEntityTypes;
import org.vinculo.ui.parts.TermLabels;

/**
 * Each pipeline's extra fields are configured in Preferences > Fields as the
 * entity type "Opportunity (Business sales)": selling to persons and to
 * companies asks different questions.
 */
public final class PipelineFieldTypes implements FieldEntityTypes {

	@Override
	public Map<String, String> entityTypes() {
		Map<String, String> types = new LinkedHashMap<>();
		for (Pipeline pipeline : SalesServices.sales().pipelines(false)) {
			types.put(pipeline.fieldEntityType(), TermLabels.format(Messages.Fields_pipelineEntity, pipeline.name()));
		}
		return types;
	}
}
