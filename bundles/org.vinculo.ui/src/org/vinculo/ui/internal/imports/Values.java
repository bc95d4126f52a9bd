package org.vinculo.ui.internal.imports;

import java.util.ArrayList;
import java.util.List;

/** How CSV values show in one table cell: line breaks marked, several values joined. */
final class Values {

	private static final String LINE_BREAK = " \u21b5 "; //$NON-NLS-1$
	private static final String SEPARATOR = " | "; //$NON-NLS-1$

	private Values() {
	}

	/** The value on one line, its line breaks shown as arrows. */
	static String oneLine(String value) {
		return value == null ? "" : value.replaceAll("\\R", LINE_BREAK); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Values one after the other, each on one line. */
	static String joined(List<String> values) {
		List<String> shown = new ArrayList<>(values.size());
		values.forEach(value -> shown.add(oneLine(value)));
		return String.join(SEPARATOR, shown);
	}

	/** The first {@code max} values of {@code column} that are not blank. */
	static String samples(List<List<String>> rows, int column, int max) {
		List<String> samples = new ArrayList<>();
		for (List<String> row : rows) {
			if (column < row.size() && row.get(column) != null && !row.get(column).isBlank()) {
				samples.add(row.get(column));
				if (samples.size() == max) {
					break;
				}
			}
		}
		return joined(samples);
	}
}
