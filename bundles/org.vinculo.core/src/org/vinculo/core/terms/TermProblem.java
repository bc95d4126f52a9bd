package org.vinculo.core.terms;

/** A contribution that was refused, and why; the other contributions still load. */
public record TermProblem(String contributor, String termId, String reason) {
}
