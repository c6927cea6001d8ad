package io.crmkit.analytics.service;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.support.CaseSeverity;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wall-clock service-level targets per severity, for judging cases that carry no timer data of their
 * own: first response within 1 hour for critical cases, say. Business-hour calendars and paused
 * clocks are the job of the SLA timers that produce {@link SlaOutcome}s; a host that has them sets
 * the outcomes on {@link CaseRecord} directly.
 *
 * @param firstResponse the first-response target of each severity that has one; positive
 * @param resolution the resolution target of each severity that has one; positive
 */
public record ServiceTargets(Map<CaseSeverity, Duration> firstResponse, Map<CaseSeverity, Duration> resolution) {
  /**
   * Checks the targets.
   *
   * @throws CrmValidationException when a target is zero or negative ({@code serviceTargets.firstResponse}
   *     or {@code serviceTargets.resolution}, rule {@code positive})
   */
  public ServiceTargets {
    firstResponse = checked("serviceTargets.firstResponse", firstResponse);
    resolution = checked("serviceTargets.resolution", resolution);
  }

  /** No targets: every outcome is {@link SlaOutcome#NO_TARGET}. */
  public static ServiceTargets none() {
    return new ServiceTargets(Map.of(), Map.of());
  }

  /** The targets. */
  public static ServiceTargets of(Map<CaseSeverity, Duration> firstResponse, Map<CaseSeverity, Duration> resolution) {
    return new ServiceTargets(firstResponse, resolution);
  }

  /**
   * How a milestone fared against a target.
   *
   * @param target the target, if the severity has one
   * @param openedAt when the case was opened
   * @param reachedAt when the milestone was reached, if it was
   * @param asOf the instant the case is judged at
   */
  static SlaOutcome judge(Optional<Duration> target, Instant openedAt, Optional<Instant> reachedAt, Instant asOf) {
    if (target.isEmpty()) {
      return SlaOutcome.NO_TARGET;
    }
    Instant due = openedAt.plus(target.get());
    if (reachedAt.isPresent()) {
      return reachedAt.get().isAfter(due) ? SlaOutcome.BREACHED : SlaOutcome.MET;
    }
    return asOf.isAfter(due) ? SlaOutcome.BREACHED : SlaOutcome.RUNNING;
  }

  private static Map<CaseSeverity, Duration> checked(String field, Map<CaseSeverity, Duration> targets) {
    CrmValidationException.required(field, targets);
    Map<CaseSeverity, Duration> copy = new EnumMap<>(CaseSeverity.class);
    targets.forEach((severity, target) -> {
      CrmValidationException.required(field, severity);
      if (CrmValidationException.required(field, target).isNegative() || target.isZero()) {
        throw CrmValidationException.of(field, "positive", target, "a target is longer than zero");
      }
      copy.put(severity, target);
    });
    return Map.copyOf(copy);
  }
}
