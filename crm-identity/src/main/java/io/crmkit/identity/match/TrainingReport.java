package io.crmkit.identity.match;

/**
 * How a model was trained.
 *
 * @param candidatePairs the candidate pairs expectation maximisation learnt from
 * @param randomPairs the random pairs that gave the starting u probabilities
 * @param patterns the distinct comparison patterns among the candidate pairs
 * @param iterations the rounds of expectation maximisation run
 * @param converged whether the parameters settled within the tolerance before the last round
 */
public record TrainingReport(long candidatePairs, long randomPairs, int patterns, int iterations, boolean converged) {}
