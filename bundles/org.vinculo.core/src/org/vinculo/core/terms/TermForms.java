package org.vinculo.core.terms;

import java.util.Locale;

/**
 * How one term reads in one language: singular, plural and, where sentences
 * need it (Spanish articles and adjectives), grammatical gender.
 */
public record TermForms(String singular, String plural, Gender gender) {

	/** Grammatical gender, for languages whose sentences agree with the noun. */
	public enum Gender {
		MASCULINE, FEMININE, NEUTER;

		/** Parses m/f/n (or the full word); anything else is {@code null}. */
		public static Gender parse(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			return switch (text.strip().toLowerCase(Locale.ROOT).charAt(0)) {
			case 'm' -> MASCULINE;
			case 'f' -> FEMININE;
			case 'n' -> NEUTER;
			default -> null;
			};
		}

		public String code() {
			return name().substring(0, 1).toLowerCase(Locale.ROOT);
		}
	}

	public TermForms {
		singular = singular == null ? null : singular.strip();
		plural = plural == null ? null : plural.strip();
		gender = gender == null ? Gender.NEUTER : gender;
	}

	/** Whether both forms are given. */
	public boolean isComplete() {
		return singular != null && !singular.isEmpty() && plural != null && !plural.isEmpty();
	}
}
