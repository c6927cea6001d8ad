package io.crmkit.identity.match;

/** How expectation maximisation estimates the model from unlabelled pairs. */
public enum Estimation {
  /**
   * As Splink does: u from random pairs, kept; m by expectation maximisation in one session per
   * blocking rule, on the pairs in that rule's blocks, leaving out the comparisons of the fields the
   * rule blocks on (within a block they agree by construction, so they tell nothing), the
   * sessions' m averaged per comparison; then the prior, the chance two random records match, by
   * expectation maximisation over the candidate pairs with m and u fixed, every pair not compared
   * counted a non-match. Weights are then evidence against all pairs, not only the compared ones.
   */
  BLOCKING_SESSIONS,
  /**
   * The classic ECM of recordlinkage: m, u and the prior all estimated among the candidate pairs,
   * u starting from random pairs. The prior is the share of matches among the compared pairs. Fast
   * and good when the candidates hold few non-matches; a blocking rule that makes many
   * non-matches agree (same name, same town) can pull the classes apart along the wrong line.
   */
  CANDIDATE_PAIRS
}
