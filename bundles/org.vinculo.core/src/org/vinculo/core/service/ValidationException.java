package org.vinculo.core.service;

import java.util.List;
import java.util.stream.Collectors;

/** A record was refused; {@link #getProblems()} says which field and why. */
public class ValidationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<Problem> problems;

	public ValidationException(List<Problem> problems) {
		super(problems.stream().map(Problem::message).collect(Collectors.joining("\n"))); //$NON-NLS-1$
		this.problems = List.copyOf(problems);
	}

	public List<Problem> getProblems() {
		return problems;
	}

	/** Whether a problem is reported for the given field. */
	public boolean concerns(String field) {
		return problems.stream().anyMatch(p -> p.field().equals(field));
	}

	/**
	 * One reason a record was refused.
	 *
	 * @param field   the property at fault, as named in {@link Fields}
	 * @param message a translated sentence for the user
	 */
	public record Problem(String field, String message) {
	}
}
