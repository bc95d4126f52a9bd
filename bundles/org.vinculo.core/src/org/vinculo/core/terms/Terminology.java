package org.vinculo.core.terms;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words the product uses for its records, as the customer wants them: an
 * "Organization" may be a "Company" or a "Cuenta", a "Person" a "Contact". Every
 * bundle contributes its terms through the {@value #EXTENSION_POINT} extension
 * point; admins override them per language at runtime. User-visible text that
 * names a record is written as a pattern and goes through {@link #format}, so a
 * rename reaches every view, menu, dialog and export without a restart.
 *
 * <h2>Patterns</h2>
 * <ul>
 * <li>{@code {t:party.person}} the singular, {@code {t:party.person:plural}} the
 * plural; add {@code :lower} for the middle of a sentence.</li>
 * <li>{@code {g:party.person:Nuevo|Nueva}} picks the word that agrees with the
 * term's grammatical gender (masculine|feminine; neuter takes the first).</li>
 * <li>Then {@link java.text.MessageFormat} applies: {@code {0}} is the first
 * argument, and a single quote is written twice.</li>
 * </ul>
 * Changes are announced on Event Admin topic {@value #TOPIC_CHANGED}.
 */
public interface Terminology {

	String EXTENSION_POINT = "org.vinculo.core.terms"; //$NON-NLS-1$
	String TOPIC_CHANGED = "org/vinculo/core/terms/CHANGED"; //$NON-NLS-1$

	/** Every contributed term, in contribution order. */
	List<TermDefinition> definitions();

	Optional<TermDefinition> definition(String termId);

	/** The forms in force for {@code locale}: the admin's override, else the default, else English. */
	TermForms forms(String termId, Locale locale);

	/** The forms in force for the user's language. */
	default TermForms forms(String termId) {
		return forms(termId, Locale.getDefault());
	}

	default String singular(String termId) {
		return forms(termId).singular();
	}

	default String plural(String termId) {
		return forms(termId).plural();
	}

	/** Expands term placeholders in the user's language, then the arguments (see the class comment). */
	String format(String pattern, Object... arguments);

	/** The admin's override for a language, if any. */
	Optional<TermForms> override(String termId, Locale locale);

	/** Sets ({@code forms} not null) or removes the admin's override, saves it and announces the change. */
	void setOverride(String termId, Locale locale, TermForms forms);

	/** Replaces every override with those in {@code source} (the format {@link #exportOverrides} writes). */
	void importOverrides(Reader source) throws IOException;

	/** Writes every override as a properties file an admin can ship in a product build. */
	void exportOverrides(Writer target) throws IOException;

	/** Contributions that were refused, with the contributing bundle and the reason. */
	List<TermProblem> problems();
}
