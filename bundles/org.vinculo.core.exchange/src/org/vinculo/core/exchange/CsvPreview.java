package org.vinculo.core.exchange;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The start of a CSV file as the import wizard shows it.
 *
 * @param headers the header row's names, or "Column 1", "Column 2"… without one
 * @param rows    the first data rows, each as many values as it has
 */
public record CsvPreview(Charset charset, char delimiter, Character quote, boolean header, List<String> headers,
		List<List<String>> rows) {
}
