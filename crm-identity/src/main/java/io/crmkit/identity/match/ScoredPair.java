package io.crmkit.identity.match;

import java.util.Optional;

/**
 * A compared pair of records, scored and decided.
 *
 * @param leftId the left record's id (the smaller id when deduplicating)
 * @param rightId the right record's id
 * @param weight the match weight in bits (prior, field weights and term-frequency adjustments)
 * @param probability the match probability, {@code 2^w / (1 + 2^w)}
 * @param decision match, review or non-match
 * @param rule the deterministic rule that matched the pair outright, if one did
 */
public record ScoredPair(String leftId, String rightId, double weight, double probability, Decision decision,
    Optional<String> rule) {}
