package org.vinculo.core.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vinculo.core.imports.ImportRejection;
import org.vinculo.core.imports.ImportRun;

/**
 * Imports persons, organizations and their affiliations from CSV files, the
 * way users bring their spreadsheets: nothing dropped, every rejected row
 * reported with its line, column and reason, good rows kept, no size cap.
 * Runs commit chunk by chunk with their progress, so an interrupted import is
 * resumed or rolled back as a whole.
 */
public interface ImportService {

	/**
	 * Guesses the file's format: encoding (a byte-order mark, else UTF-8 when the
	 * bytes are valid UTF-8, else Windows-1252), delimiter (comma, semicolon, tab
	 * or bar), quote, and whether the first row is a header; with a preview.
	 */
	CsvPreview sniff(Path file) throws IOException;

	/** The file's first {@code rows} data rows read with {@code settings}. */
	CsvPreview preview(Path file, ImportSettings settings, int rows) throws IOException;

	/**
	 * A mapping guessed from header names in English and Spanish ("First name",
	 * "Apellidos", "E-mail", "Empresa 2", "Cargo"…) and custom field names.
	 */
	ImportSettings guessMapping(CsvPreview preview);

	/** Reads and checks every row without writing anything: the counts and rejections a real import would have. */
	ImportReport dryRun(Path file, ImportSettings settings, IProgressMonitor monitor) throws IOException;

	/**
	 * Imports the file as a new run. Cancelling stops after the current chunk;
	 * what is committed stays and the run can be {@link #resume resumed} or
	 * {@link #rollback rolled back}.
	 */
	ImportReport run(Path file, ImportSettings settings, IProgressMonitor monitor) throws IOException;

	/** Continues an unfinished run after its last committed record, with the settings it started with. */
	ImportReport resume(long runId, IProgressMonitor monitor) throws IOException;

	/** Removes everything a run created; returns how many parties went. */
	long rollback(long runId, IProgressMonitor monitor);

	/** Runs cancelled or interrupted by a crash, to offer resume or roll back. */
	List<ImportRun> unfinished();

	List<ImportRun> recent(int limit);

	/** Every rejected row of a stored run, in file order. */
	List<ImportRejection> rejections(long runId);

	/**
	 * Writes rejected rows as a CSV the user can fix and import again: the
	 * original header and values, then the line number and the problems in two
	 * last columns (which a re-import ignores).
	 */
	void writeRejections(Path target, List<String> headers, List<ImportRejection> rejections, ImportSettings settings)
			throws IOException;
}
