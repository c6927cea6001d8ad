package io.crmkit.identity.block;

/**
 * The outcome of blocking: the candidate pairs and the report of how each rule made them.
 *
 * @param pairs the candidate pairs, each once
 * @param report the comparisons and skipped blocks per rule
 */
public record Blocking(CandidatePairs pairs, BlockingReport report) {}
