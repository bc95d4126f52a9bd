package org.vinculo.core.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * How to read a CSV file and where each column goes: the file format (encoding,
 * delimiter, quote, header row), the column mapping, and what to do with rows
 * that match stored records. Encoded as text, it is what a saved mapping keeps
 * and what an interrupted import resumes with.
 */
public final class ImportSettings {

	/** What a row whose person has the email of a stored person does. */
	public enum Match {
		/** Use the stored record: add the row's affiliations to it, change nothing else. */
		LINK,
		/** Create a new record anyway. */
		CREATE,
		/** Use the stored record and fill its empty fields, add emails, phones and tags from the row. */
		ENRICH
	}

	private Charset charset = StandardCharsets.UTF_8;
	private char delimiter = ',';
	private Character quote = '"';
	private boolean header = true;
	private List<String> columns = new ArrayList<>();
	private Match personMatch = Match.LINK;
	private Match organizationMatch = Match.LINK;
	private String defaultRole = "employee"; //$NON-NLS-1$
	private boolean monthFirst;

	public Charset getCharset() {
		return charset;
	}

	public ImportSettings setCharset(Charset charset) {
		this.charset = charset;
		return this;
	}

	public char getDelimiter() {
		return delimiter;
	}

	public ImportSettings setDelimiter(char delimiter) {
		this.delimiter = delimiter;
		return this;
	}

	/** The quote character, {@code null} for files without quoting. */
	public Character getQuote() {
		return quote;
	}

	public ImportSettings setQuote(Character quote) {
		this.quote = quote;
		return this;
	}

	public boolean hasHeader() {
		return header;
	}

	public ImportSettings setHeader(boolean header) {
		this.header = header;
		return this;
	}

	/** The target of each column, by position; {@code null} where a column is ignored. */
	public List<ImportTarget> getTargets() {
		List<ImportTarget> targets = new ArrayList<>();
		columns.forEach(code -> targets.add(ImportTarget.parse(code)));
		return targets;
	}

	public ImportSettings setTargets(List<ImportTarget> targets) {
		columns = new ArrayList<>();
		targets.forEach(target -> columns.add(target == null ? "" : target.code())); //$NON-NLS-1$
		return this;
	}

	/** Maps one column, growing the mapping as needed; {@code null} ignores the column. */
	public ImportSettings setTarget(int column, ImportTarget target) {
		while (columns.size() <= column) {
			columns.add(""); //$NON-NLS-1$
		}
		columns.set(column, target == null ? "" : target.code()); //$NON-NLS-1$
		return this;
	}

	public Match getPersonMatch() {
		return personMatch;
	}

	public ImportSettings setPersonMatch(Match match) {
		this.personMatch = match;
		return this;
	}

	public Match getOrganizationMatch() {
		return organizationMatch;
	}

	/** {@link Match#ENRICH} is taken as {@link Match#LINK} for organizations matched by name. */
	public ImportSettings setOrganizationMatch(Match match) {
		this.organizationMatch = match;
		return this;
	}

	/** The role code of affiliations whose row has an organization but no role. */
	public String getDefaultRole() {
		return defaultRole;
	}

	public ImportSettings setDefaultRole(String defaultRole) {
		this.defaultRole = defaultRole;
		return this;
	}

	/** Whether dates like 03/04/2024 are month first (US); day first otherwise. ISO dates always work. */
	public boolean isMonthFirst() {
		return monthFirst;
	}

	public ImportSettings setMonthFirst(boolean monthFirst) {
		this.monthFirst = monthFirst;
		return this;
	}

	/** The settings as text: what saved mappings and import runs keep. */
	public String encode() {
		Properties properties = new Properties();
		properties.setProperty("charset", charset.name()); //$NON-NLS-1$
		properties.setProperty("delimiter", String.valueOf(delimiter)); //$NON-NLS-1$
		properties.setProperty("quote", quote == null ? "" : String.valueOf(quote)); //$NON-NLS-1$ //$NON-NLS-2$
		properties.setProperty("header", String.valueOf(header)); //$NON-NLS-1$
		properties.setProperty("columns", String.join("|", columns)); //$NON-NLS-1$ //$NON-NLS-2$
		properties.setProperty("personMatch", personMatch.name()); //$NON-NLS-1$
		properties.setProperty("organizationMatch", organizationMatch.name()); //$NON-NLS-1$
		properties.setProperty("defaultRole", defaultRole); //$NON-NLS-1$
		properties.setProperty("monthFirst", String.valueOf(monthFirst)); //$NON-NLS-1$
		StringWriter text = new StringWriter();
		try {
			properties.store(text, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// drop the date comment Properties writes, so equal settings encode equally
		return text.toString().replaceFirst("^#.*\\R", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Reads {@link #encode()}'s text; missing entries keep their defaults. */
	public static ImportSettings decode(String text) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ImportSettings settings = new ImportSettings();
		settings.charset = Charset.forName(properties.getProperty("charset", "UTF-8")); //$NON-NLS-1$ //$NON-NLS-2$
		String delimiter = properties.getProperty("delimiter", ","); //$NON-NLS-1$ //$NON-NLS-2$
		settings.delimiter = delimiter.isEmpty() ? ',' : delimiter.charAt(0);
		String quote = properties.getProperty("quote", "\""); //$NON-NLS-1$ //$NON-NLS-2$
		settings.quote = quote.isEmpty() ? null : quote.charAt(0);
		settings.header = Boolean.parseBoolean(properties.getProperty("header", "true")); //$NON-NLS-1$ //$NON-NLS-2$
		String columns = properties.getProperty("columns", ""); //$NON-NLS-1$ //$NON-NLS-2$
		settings.columns = new ArrayList<>(List.of(columns.split("\\|", -1))); //$NON-NLS-1$
		settings.personMatch = Match.valueOf(properties.getProperty("personMatch", Match.LINK.name())); //$NON-NLS-1$
		settings.organizationMatch = Match.valueOf(properties.getProperty("organizationMatch", Match.LINK.name())); //$NON-NLS-1$
		settings.defaultRole = properties.getProperty("defaultRole", "employee"); //$NON-NLS-1$ //$NON-NLS-2$
		settings.monthFirst = Boolean.parseBoolean(properties.getProperty("monthFirst", "false")); //$NON-NLS-1$ //$NON-NLS-2$
		return settings;
	}
}
