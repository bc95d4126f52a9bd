package org.vinculo.ui.internal.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vinculo.core.exchange.CsvPreview;
import org.vinculo.core.exchange.ImportSettings;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;

/**
 * The first page: the file and how to read it. Choosing a file has its format
 * guessed (encoding, delimiter, quote, header row), which the user can correct;
 * the first rows show as they will be read, again after every change.
 */
final class FilePage extends WizardPage {

	static final int PREVIEW_ROWS = 20;
	private static final int TYPING_DELAY_MILLIS = 300;
	private static final int MAX_COLUMN_WIDTH = 220;
	private static final int MIN_OPTION_WIDTH = 220;
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252"); //$NON-NLS-1$
	/** The encodings offered after "Detect automatically". */
	private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16, WINDOWS_1252);
	private static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');
	/** The quotes offered; the last, "none", is {@code null}. */
	private static final Character[] QUOTES = { '"', '\'', null };

	private Text path;
	private Combo encoding;
	private Combo delimiter;
	private Combo quote;
	private Button header;
	private Table preview;
	private final Runnable sniffLater = this::sniff;

	private Charset detected = StandardCharsets.UTF_8;
	/** The file and preview the page shows, matching the options; {@code null} while they are read. */
	private Path shownFile;
	private CsvPreview shown;
	/** While options are set from a guess, their listeners do nothing. */
	private boolean filling;
	private int reads;
	private Job read;

	FilePage() {
		super("file"); //$NON-NLS-1$
		setTitle(Messages.File_title);
		setDescription(Messages.File_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(8, 6).applyTo(page);

		label(page, Messages.File_path);
		path = WidgetIds.tag(new Text(page, SWT.BORDER | SWT.SINGLE), ImportIds.FILE_PATH);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(path);
		path.addListener(SWT.Modify, e -> pathChanged());
		Button browse = WidgetIds.tag(new Button(page, SWT.PUSH), ImportIds.FILE_BROWSE);
		browse.setText(Messages.File_browse);
		browse.addListener(SWT.Selection, e -> browse());

		label(page, Messages.File_encoding);
		encoding = option(page, ImportIds.ENCODING, Messages.File_encodingDetect, Messages.File_encodingUtf8,
				Messages.File_encodingUtf16, Messages.File_encodingWindows);
		label(page, Messages.File_delimiter);
		delimiter = option(page, ImportIds.DELIMITER, Messages.File_delimiterComma, Messages.File_delimiterSemicolon,
				Messages.File_delimiterTab, Messages.File_delimiterBar);
		label(page, Messages.File_quote);
		quote = option(page, ImportIds.QUOTE, Messages.File_quoteDouble, Messages.File_quoteSingle,
				Messages.File_quoteNone);
		new Label(page, SWT.NONE);
		header = WidgetIds.tag(new Button(page, SWT.CHECK), ImportIds.HEADER);
		header.setText(Messages.File_header);
		header.setSelection(true);
		header.addListener(SWT.Selection, e -> optionChanged());
		GridDataFactory.swtDefaults().span(2, 1).applyTo(header);

		Label previewLabel = new Label(page, SWT.NONE);
		previewLabel.setText(NLS.bind(Messages.File_preview, PREVIEW_ROWS));
		GridDataFactory.swtDefaults().span(3, 1).indent(0, 6).applyTo(previewLabel);
		preview = WidgetIds.tag(new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL),
				ImportIds.PREVIEW);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(600, 220).applyTo(preview);

		alignOptions();
		setControl(page);
	}

	/** The option combos one width, as wide as the widest item needs. */
	private void alignOptions() {
		int width = MIN_OPTION_WIDTH;
		for (Combo combo : List.of(encoding, delimiter, quote)) {
			width = Math.max(width, combo.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
		}
		for (Combo combo : List.of(encoding, delimiter, quote)) {
			((GridData) combo.getLayoutData()).widthHint = width;
		}
		encoding.getParent().layout(new Control[] { encoding, delimiter, quote });
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
	}

	private Combo option(Composite parent, String id, String... items) {
		Combo combo = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), id);
		combo.setItems(items);
		combo.select(0);
		combo.addListener(SWT.Selection, e -> optionChanged());
		GridDataFactory.swtDefaults().span(2, 1).applyTo(combo);
		return combo;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			path.setFocus();
		}
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.tsv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.File_filterCsv, Messages.File_filterAll });
		Path current = file();
		if (current != null && current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			path.setText(chosen); // sniffs it
		}
	}

	/** The file named in the path field, if the field names a regular file. */
	Path file() {
		String text = path.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** What the file page shows, matching its options, or {@code null} while it is being read. */
	CsvPreview preview() {
		return shown;
	}

	/** The file the preview is of. */
	Path previewedFile() {
		return shownFile;
	}

	/** How to read the file, as chosen: encoding, delimiter, quote and header row. */
	ImportSettings format() {
		int index = encoding.getSelectionIndex();
		Charset charset = index <= 0 ? detected : CHARSETS.get(index - 1);
		return new ImportSettings().setCharset(charset)
				.setDelimiter(DELIMITERS.get(Math.max(0, delimiter.getSelectionIndex())))
				.setQuote(QUOTES[Math.max(0, quote.getSelectionIndex())]).setHeader(header.getSelection());
	}

	/** The path is edited: read the file once typing pauses. */
	private void pathChanged() {
		forget();
		getShell().getDisplay().timerExec(-1, sniffLater);
		getShell().getDisplay().timerExec(TYPING_DELAY_MILLIS, sniffLater);
	}

	/** Drops what the page shows: it no longer matches the file or the options. */
	private void forget() {
		shown = null;
		shownFile = null;
		reads++;
		if (read != null) {
			read.cancel();
			read = null;
		}
		setPageComplete(false);
		wizard().previewChanged();
	}

	private ImportWizard wizard() {
		return (ImportWizard) getWizard();
	}

	/** Guesses the chosen file's format and previews it. */
	private void sniff() {
		if (path.isDisposed()) {
			return;
		}
		Path file = file();
		if (file == null) {
			setErrorMessage(null);
			setMessage(null);
			clearPreview();
			return;
		}
		if (!Files.isRegularFile(file)) {
			setErrorMessage(NLS.bind(Messages.File_missing, file));
			clearPreview();
			return;
		}
		int sequence = ++reads;
		reading();
		read = Background.start(NLS.bind(Messages.File_readJob, file.getFileName()), ImportIds.READ_JOBS, preview,
				monitor -> CoreServices.imports().sniff(file), guess -> sniffed(sequence, file, guess),
				e -> failed(sequence, file, e));
	}

	private void sniffed(int sequence, Path file, CsvPreview guess) {
		if (sequence != reads) {
			return;
		}
		filling = true;
		try {
			detected = guess.charset();
			encoding.setItem(0, NLS.bind(Messages.File_encodingDetected, guess.charset().displayName()));
			encoding.select(0);
			alignOptions();
			delimiter.select(Math.max(0, DELIMITERS.indexOf(guess.delimiter())));
			int quoteIndex = 0;
			while (quoteIndex < QUOTES.length - 1 && !Objects.equals(QUOTES[quoteIndex], guess.quote())) {
				quoteIndex++;
			}
			quote.select(quoteIndex);
			header.setSelection(guess.header());
		} finally {
			filling = false;
		}
		show(file, guess);
	}

	/** An option changed: preview the file again with it. */
	private void optionChanged() {
		if (filling) {
			return;
		}
		Path file = file();
		forget();
		if (file == null || !Files.isRegularFile(file)) {
			return; // the path's own message stands
		}
		int sequence = reads;
		ImportSettings format = format();
		reading();
		read = Background.start(NLS.bind(Messages.File_readJob, file.getFileName()), ImportIds.READ_JOBS, preview,
				monitor -> CoreServices.imports().preview(file, format, PREVIEW_ROWS),
				rows -> show(sequence, file, rows), e -> failed(sequence, file, e));
	}

	private void show(int sequence, Path file, CsvPreview rows) {
		if (sequence == reads) {
			show(file, rows);
		}
	}

	private void reading() {
		setErrorMessage(null);
		setMessage(Messages.File_reading);
	}

	private void failed(int sequence, Path file, Exception e) {
		if (sequence != reads) {
			return;
		}
		read = null;
		clearPreview();
		setMessage(null);
		setErrorMessage(NLS.bind(Messages.File_unreadable, file.getFileName(), Background.message(e)));
	}

	private void show(Path file, CsvPreview rows) {
		read = null;
		setMessage(null);
		fillPreview(rows);
		if (rows.rows().isEmpty() && (rows.header() || rows.headers().isEmpty())) {
			setErrorMessage(NLS.bind(Messages.File_empty, file.getFileName()));
			return;
		}
		setErrorMessage(null);
		shown = rows;
		shownFile = file;
		setPageComplete(true);
		wizard().previewChanged();
	}

	private void clearPreview() {
		preview.setRedraw(false);
		try {
			preview.removeAll();
			for (TableColumn column : preview.getColumns()) {
				column.dispose();
			}
		} finally {
			preview.setRedraw(true);
		}
	}

	private void fillPreview(CsvPreview rows) {
		clearPreview();
		preview.setRedraw(false);
		try {
			for (String name : rows.headers()) {
				TableColumn column = new TableColumn(preview, SWT.LEFT);
				column.setText(Values.oneLine(name));
			}
			for (List<String> row : rows.rows()) {
				TableItem item = new TableItem(preview, SWT.NONE);
				for (int i = 0; i < row.size() && i < rows.headers().size(); i++) {
					item.setText(i, Values.oneLine(row.get(i)));
				}
			}
			for (TableColumn column : preview.getColumns()) {
				column.pack();
				column.setWidth(Math.min(MAX_COLUMN_WIDTH, column.getWidth() + 8));
			}
		} finally {
			preview.setRedraw(true);
		}
	}

	@Override
	public void dispose() {
		if (read != null) {
			read.cancel();
		}
		if (path != null && !path.isDisposed()) {
			path.getDisplay().timerExec(-1, sniffLater);
		}
		super.dispose();
	}
}
