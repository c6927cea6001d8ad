package io.crmkit.scoring.health;

/** How a customer's health moved against the previous score. */
public enum HealthTrend {
  /** The score rose by more than the model's steady band. */
  IMPROVING,
  /** The score moved by no more than the model's steady band. */
  STEADY,
  /** The score fell by more than the model's steady band. */
  DECLINING,
  /** There was no previous score to compare with. */
  FIRST_SCORE,
  /** No measure had a value, so there is no score to compare. */
  NOT_SCORED
}
