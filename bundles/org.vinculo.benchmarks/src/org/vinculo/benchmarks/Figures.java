package org.vinculo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The table every benchmark adds a row to: our figure, the raw-JDBC limit, their ratio. */
final class Figures {

	private final List<String> rows = new ArrayList<>();

	Figures() {
		rows.add(String.format(Locale.ROOT, "| %-48s | %14s | %14s | %7s | %-30s |", "Benchmark", "Vinculo", //$NON-NLS-1$
				"raw JDBC", "ratio", "percentiles (ms) p50/p95/p99")); //$NON-NLS-1$ //$NON-NLS-2$
		rows.add("|" + "-".repeat(50) + "|" + "-".repeat(16) + "|" + "-".repeat(16) + "|" + "-".repeat(9) + "|" //$NON-NLS-1$
				+ "-".repeat(32) + "|"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A throughput: higher is better; ratio = ours / raw. */
	void rate(String name, double ours, double raw, String unit) {
		rate(name, ours, raw, unit, ""); //$NON-NLS-1$
	}

	/** A throughput with a note in the last column (how it was taken). */
	void rate(String name, double ours, double raw, String unit, String note) {
		add(name, String.format(Locale.ROOT, "%,.0f %s", ours, unit), //$NON-NLS-1$
				raw > 0 ? String.format(Locale.ROOT, "%,.0f %s", raw, unit) : "-", //$NON-NLS-1$ //$NON-NLS-2$
				raw > 0 ? String.format(Locale.ROOT, "%.2fx", ours / raw) : "-", note); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A latency: lower is better; ratio = ours / raw on the medians. */
	void latency(String name, long[] oursNanos, long[] rawNanos) {
		double ours = percentile(oursNanos, 50);
		String raw = rawNanos == null ? "-" : ms(percentile(rawNanos, 50)); //$NON-NLS-1$
		String ratio = rawNanos == null ? "-" //$NON-NLS-1$
				: String.format(Locale.ROOT, "%.2fx", ours / percentile(rawNanos, 50)); //$NON-NLS-1$
		add(name, ms(ours), raw, ratio, ms(percentile(oursNanos, 50)) + " / " + ms(percentile(oursNanos, 95)) + " / " //$NON-NLS-1$ //$NON-NLS-2$
				+ ms(percentile(oursNanos, 99)));
	}

	/** A single duration or amount with no JDBC counterpart. */
	void value(String name, String value) {
		add(name, value, "-", "-", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void add(String name, String ours, String raw, String ratio, String percentiles) {
		String row = String.format(Locale.ROOT, "| %-48s | %14s | %14s | %7s | %-30s |", name, ours, raw, ratio, //$NON-NLS-1$
				percentiles);
		rows.add(row);
		System.out.println(row);
	}

	static String ms(double nanos) {
		return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6); //$NON-NLS-1$
	}

	static double percentile(long[] nanos, int p) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	void print(Path file, String title) throws IOException {
		StringBuilder text = new StringBuilder("\n").append(title).append('\n'); //$NON-NLS-1$
		rows.forEach(r -> text.append(r).append('\n'));
		System.out.println(text);
		Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}
}
