package org.vinculo.core.exchange.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.vinculo.core.exchange.CsvPreview;
import org.vinculo.core.exchange.ImportSettings;

/** Reading CSV files as users have them: guessing their format, opening them with it. */
final class CsvFiles {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252"); //$NON-NLS-1$
	private static final int SAMPLE = 64 * 1024;
	private static final char[] DELIMITERS = { ',', ';', '\t', '|' };

	private CsvFiles() {
	}

	/** Guesses encoding, delimiter, quote and header, and previews the first rows with them. */
	static CsvPreview sniff(Path file, int rows) throws IOException {
		byte[] sample = new byte[SAMPLE];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(sample, 0, SAMPLE);
		}
		Charset charset = guessCharset(sample, length);
		String text = decodeSample(sample, length, charset);
		char delimiter = guessDelimiter(text);
		ImportSettings settings = new ImportSettings().setCharset(charset).setDelimiter(delimiter).setQuote('"');
		settings.setHeader(false);
		CsvPreview raw = preview(file, settings, 2);
		boolean header = !raw.rows().isEmpty() && looksLikeHeader(raw.rows().get(0),
				raw.rows().size() > 1 ? raw.rows().get(1) : List.of());
		return preview(file, settings.setHeader(header), rows);
	}

	static CsvPreview preview(Path file, ImportSettings settings, int rows) throws IOException {
		List<List<String>> data = new ArrayList<>();
		List<String> headers = new ArrayList<>();
		try (CSVParser parser = open(file, settings, null)) {
			int width = 0;
			for (CSVRecord record : parser) {
				List<String> values = record.toList();
				if (isBlank(values)) {
					continue;
				}
				if (settings.hasHeader() && headers.isEmpty()) {
					headers.addAll(values);
					width = values.size();
					continue;
				}
				if (data.size() >= rows) {
					break;
				}
				data.add(values);
				width = Math.max(width, values.size());
			}
			if (!settings.hasHeader()) {
				for (int i = 0; i < width; i++) {
					headers.add(NLS.bind(Messages.Import_column, i + 1));
				}
			}
		}
		return new CsvPreview(settings.getCharset(), settings.getDelimiter(), settings.getQuote(), settings.hasHeader(),
				headers, data);
	}

	/**
	 * Opens the file as CSV records with the settings; a byte-order mark is
	 * skipped. Empty lines are kept as records so the importer can count them.
	 */
	static CSVParser open(Path file, ImportSettings settings, long[] bytesRead) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		if (bytesRead != null) {
			in = new Counting(in, bytesRead);
		}
		skipBom(in, settings.getCharset());
		CharsetDecoder decoder = settings.getCharset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
		Reader reader = new InputStreamReader(in, decoder);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(settings.getDelimiter())
				.setQuote(settings.getQuote()).setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true)
				.setTrim(true).get();
		return format.parse(reader);
	}

	static boolean isBlank(List<String> values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static void skipBom(InputStream in, Charset charset) throws IOException {
		byte[] bom = charset.equals(StandardCharsets.UTF_8) ? new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }
				: charset.equals(StandardCharsets.UTF_16LE) ? new byte[] { (byte) 0xFF, (byte) 0xFE }
						: charset.equals(StandardCharsets.UTF_16BE) ? new byte[] { (byte) 0xFE, (byte) 0xFF } : null;
		if (bom == null) {
			return;
		}
		in.mark(4);
		byte[] head = in.readNBytes(bom.length);
		if (!java.util.Arrays.equals(head, bom)) {
			in.reset();
		}
	}

	static Charset guessCharset(byte[] sample, int length) {
		if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		// UTF-16 without a mark: ASCII text has a zero in every other byte
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i + 1 < Math.min(length, 4096); i += 2) {
			evenZeros += sample[i] == 0 ? 1 : 0;
			oddZeros += sample[i + 1] == 0 ? 1 : 0;
		}
		int pairs = Math.min(length, 4096) / 2;
		if (pairs > 4 && oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
			return StandardCharsets.UTF_16LE;
		}
		if (pairs > 4 && evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
			return StandardCharsets.UTF_16BE;
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			// a sample may end inside a multi-byte character: decode as not yet at the end
			CharBuffer out = CharBuffer.allocate(length + 1);
			java.nio.charset.CoderResult result = utf8.decode(ByteBuffer.wrap(sample, 0, length), out, length < SAMPLE);
			if (result.isError()) {
				result.throwException();
			}
			return StandardCharsets.UTF_8;
		} catch (CharacterCodingException e) {
			return WINDOWS_1252;
		}
	}

	private static String decodeSample(byte[] sample, int length, Charset charset) {
		return new String(sample, 0, length, charset);
	}

	/** The candidate found the same number of times (at least once) on the most lines, outside quotes. */
	static char guessDelimiter(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\\R")) { //$NON-NLS-1$
			if (!line.isBlank()) {
				lines.add(line);
			}
			if (lines.size() == 30) {
				break;
			}
		}
		if (lines.size() > 1 && !text.endsWith("\n")) { //$NON-NLS-1$
			lines.remove(lines.size() - 1); // maybe cut short by the sample
		}
		char best = ',';
		long bestScore = 0;
		for (char candidate : DELIMITERS) {
			java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
			for (String line : lines) {
				counts.merge(countOutsideQuotes(line, candidate), 1, Integer::sum);
			}
			for (java.util.Map.Entry<Integer, Integer> entry : counts.entrySet()) {
				if (entry.getKey() > 0) {
					long score = entry.getValue() * 1000L + entry.getKey();
					if (score > bestScore) {
						bestScore = score;
						best = candidate;
					}
				}
			}
		}
		return best;
	}

	private static int countOutsideQuotes(String line, char delimiter) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (c == delimiter && !quoted) {
				count++;
			}
		}
		return count;
	}

	/** A header row has no emails, no numbers and no dates, and is not repeated in the data. */
	private static boolean looksLikeHeader(List<String> first, List<String> second) {
		int texts = 0;
		for (String value : first) {
			if (value.contains("@") || value.matches(".*\\d{3,}.*") || value.matches("\\d+([./-]\\d+)*")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return false;
			}
			if (!value.isBlank()) {
				texts++;
			}
		}
		return texts > 0 && !first.equals(second);
	}

	/** Counts bytes read, for progress by position in the file. */
	private static final class Counting extends FilterInputStream {
		private final long[] counter;

		Counting(InputStream in, long[] counter) {
			super(in);
			this.counter = counter;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counter[0]++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counter[0] += n;
			}
			return n;
		}

		@Override
		public boolean markSupported() {
			return in.markSupported();
		}

		@Override
		public synchronized void mark(int limit) {
			in.mark(limit);
		}

		@Override
		public synchronized void reset() throws IOException {
			in.reset();
		}
	}
}
