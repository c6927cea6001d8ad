package io.crmkit.core.support;

/** How badly a case hurts the customer, most severe first; service-level targets depend on it. */
public enum CaseSeverity {
  /** Production down, no workaround. */
  CRITICAL,
  /** Major function impaired. */
  HIGH,
  /** Minor function impaired, workaround exists. */
  MEDIUM,
  /** A question or cosmetic issue. */
  LOW
}
