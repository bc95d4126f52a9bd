package org.vinculo.core.imports;

import java.time.Instant;

/**
 * One import of one file, as the store keeps it: where it got to and what it
 * counted. Totals always add up: {@code read = imported + linked + rejected}.
 *
 * @param lastRecord the last CSV record whose outcome is committed; a resumed
 *                   import starts after it
 * @param settings   the {@code ImportSettings} the import ran with, encoded, so
 *                   it can be resumed as it was started
 */
public record ImportRun(long id, String filePath, String settings, Status status, Instant startedAt,
		Instant finishedAt, long lastRecord, Counts counts) {

	public enum Status {
		/** Running, or interrupted by a crash or a kill: can be resumed or rolled back. */
		RUNNING,
		/** Cancelled by the user: can be resumed or rolled back. */
		CANCELLED,
		FINISHED,
		ROLLED_BACK;

		public boolean isUnfinished() {
			return this == RUNNING || this == CANCELLED;
		}
	}

	/**
	 * What an import counted, rows and records.
	 *
	 * @param imported rows that created at least one new record
	 * @param linked   rows whose records all existed already (only links added)
	 * @param blank    empty lines, skipped and not counted as rows
	 */
	public record Counts(long read, long imported, long linked, long rejected, long blank, long persons,
			long organizations, long affiliations) {

		public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

		public Counts plus(Counts other) {
			return new Counts(read + other.read, imported + other.imported, linked + other.linked,
					rejected + other.rejected, blank + other.blank, persons + other.persons,
					organizations + other.organizations, affiliations + other.affiliations);
		}

		/** Whether every row read is accounted for. */
		public boolean balanced() {
			return read == imported + linked + rejected;
		}
	}
}
