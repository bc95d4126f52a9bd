package org.vinculo.sales;

/**
 * One step of a pipeline: its name, the probability (0–100 %) that an
 * opportunity in it closes as won, and whether it is open, won or lost. Stages
 * are ordered by {@code position} within their pipeline. {@code id} is
 * {@code null} until the pipeline is saved.
 */
public record Stage(Long id, String name, int probability, StageKind kind, int position) {
}
