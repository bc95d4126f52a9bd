package org.vinculo.core.exchange;

import java.util.List;

import org.vinculo.core.imports.ImportRejection;
import org.vinculo.core.imports.ImportRun;

/**
 * What an import (or a dry run) did: its totals, which always balance
 * ({@code read = imported + linked + rejected}), and every rejected row.
 *
 * @param runId     the stored run, 0 for a dry run
 * @param cancelled whether the user cancelled before the end (committed chunks
 *                  stay; the run can be resumed or rolled back)
 */
public record ImportReport(long runId, String filePath, ImportRun.Counts counts, List<ImportRejection> rejections,
		boolean dryRun, boolean cancelled) {

	public ImportReport {
		rejections = List.copyOf(rejections);
	}
}
