package org.vinculo.core.imports;

import java.util.List;

/**
 * A row an import refused, whole: where it is in the file, every problem found
 * in it, and its values as read, so it can be fixed and imported again.
 *
 * @param record the CSV record number (1 = first data row)
 * @param line   the physical line in the file the record starts on
 */
public record ImportRejection(long record, long line, List<Problem> problems, List<String> values) {

	public ImportRejection {
		problems = List.copyOf(problems);
		values = List.copyOf(values);
	}

	/**
	 * @param column the column's header (or its number when the file has no header)
	 */
	public record Problem(String column, String reason) {
		@Override
		public String toString() {
			return column == null || column.isEmpty() ? reason : column + ": " + reason; //$NON-NLS-1$
		}
	}

	/** The problems in one line, as the report and the rejected-rows file show them. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		for (Problem problem : problems) {
			if (!text.isEmpty()) {
				text.append("; "); //$NON-NLS-1$
			}
			text.append(problem);
		}
		return text.toString();
	}
}
