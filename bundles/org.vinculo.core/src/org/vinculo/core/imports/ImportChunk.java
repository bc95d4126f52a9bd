package org.vinculo.core.imports;

import java.util.List;
import java.util.Map;

import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.Party;

/**
 * The outcome of a run of consecutive CSV records, which the store writes in one
 * transaction together with the run's progress: after a crash either all of it
 * is stored or none of it.
 *
 * @param lastRecord   the last record this chunk covers
 * @param parties      new persons and organizations
 * @param affiliations new links; their parties are new ones of this chunk or
 *                     {@link Party#reference references} to stored ones
 * @param enrich       stored parties (by id) to complete with the values of a
 *                     row (the "merge" choice): only empty fields are filled,
 *                     contact points and tags are added, nothing is overwritten
 * @param rejections   rows refused, whole
 * @param counts       what the chunk adds to the run's totals
 */
public record ImportChunk(long runId, long lastRecord, List<Party> parties, List<Affiliation> affiliations,
		Map<Long, Party> enrich, List<ImportRejection> rejections, ImportRun.Counts counts) {
}
