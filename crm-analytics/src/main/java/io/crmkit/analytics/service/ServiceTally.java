package io.crmkit.analytics.service;

import io.crmkit.analytics.period.PeriodUnit;
import io.crmkit.analytics.period.ReportingPeriod;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.support.CaseType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The service measures of a set of cases, mergeable.
 *
 * <ul>
 *   <li>Volume: how many cases.
 *   <li>Within target: cases whose timer was met out of those met or breached (running timers and
 *       cases without a target are left out), for first response and for resolution.
 *   <li>Mean time to first response over answered cases, and to resolution over resolved cases.
 *   <li>CSAT: ratings of 4 or 5 out of all ratings; and the mean rating.
 *   <li>First-contact resolution: resolved in one contact and never reopened, out of resolved
 *       cases whose contacts are tracked.
 *   <li>Reopen rate: resolved cases reopened at least once, out of resolved cases.
 *   <li>Deflection: cases self-service resolved without an agent, out of all cases.
 * </ul>
 *
 * @param cases how many cases
 * @param firstResponseWithinTarget first responses met out of those settled
 * @param resolutionWithinTarget resolutions met out of those settled
 * @param responded how many cases have a first response
 * @param totalFirstResponseTime their times to first response, summed
 * @param resolved how many cases are resolved
 * @param totalResolutionTime their times to resolution, summed
 * @param satisfied ratings of 4 or 5 out of all ratings
 * @param ratingSum the ratings summed
 * @param firstContactResolution resolved at first contact out of resolved cases with contacts tracked
 * @param reopened reopened out of resolved cases
 * @param deflected deflected out of all cases
 */
public record ServiceTally(long cases, Proportion firstResponseWithinTarget, Proportion resolutionWithinTarget,
    long responded, Duration totalFirstResponseTime, long resolved, Duration totalResolutionTime,
    Proportion satisfied, long ratingSum, Proportion firstContactResolution, Proportion reopened,
    Proportion deflected) implements Mergeable<ServiceTally> {

  private static final ServiceTally NONE = new ServiceTally(0, Proportion.none(), Proportion.none(), 0, Duration.ZERO,
      0, Duration.ZERO, Proportion.none(), 0, Proportion.none(), Proportion.none(), Proportion.none());

  /**
   * Checks the tally.
   *
   * @throws CrmValidationException when a count or time is negative ({@code serviceTally}, rule
   *     {@code range})
   */
  public ServiceTally {
    CrmValidationException.required("serviceTally.firstResponseWithinTarget", firstResponseWithinTarget);
    CrmValidationException.required("serviceTally.resolutionWithinTarget", resolutionWithinTarget);
    CrmValidationException.required("serviceTally.totalFirstResponseTime", totalFirstResponseTime);
    CrmValidationException.required("serviceTally.totalResolutionTime", totalResolutionTime);
    CrmValidationException.required("serviceTally.satisfied", satisfied);
    CrmValidationException.required("serviceTally.firstContactResolution", firstContactResolution);
    CrmValidationException.required("serviceTally.reopened", reopened);
    CrmValidationException.required("serviceTally.deflected", deflected);
    if (cases < 0 || responded < 0 || resolved < 0 || ratingSum < 0 || totalFirstResponseTime.isNegative()
        || totalResolutionTime.isNegative()) {
      throw CrmValidationException.of("serviceTally", "range", cases, "counts and times are 0 or more");
    }
  }

  /** No case. */
  public static ServiceTally none() {
    return NONE;
  }

  /** The measures of the cases, in one pass. */
  public static ServiceTally of(Iterable<CaseRecord> records) {
    CrmValidationException.required("records", records);
    long cases = 0;
    Proportion firstResponse = Proportion.none();
    Proportion resolution = Proportion.none();
    long responded = 0;
    Duration responseTime = Duration.ZERO;
    long resolved = 0;
    Duration resolutionTime = Duration.ZERO;
    Proportion satisfied = Proportion.none();
    long ratingSum = 0;
    Proportion firstContact = Proportion.none();
    Proportion reopened = Proportion.none();
    Proportion deflected = Proportion.none();
    for (CaseRecord record : records) {
      cases++;
      if (record.firstResponse().isSettled()) {
        firstResponse = firstResponse.count(record.firstResponse() == SlaOutcome.MET);
      }
      if (record.resolution().isSettled()) {
        resolution = resolution.count(record.resolution() == SlaOutcome.MET);
      }
      Optional<Duration> toResponse = record.timeToFirstResponse();
      if (toResponse.isPresent()) {
        responded++;
        responseTime = responseTime.plus(toResponse.get());
      }
      Optional<Duration> toResolution = record.timeToResolution();
      if (toResolution.isPresent()) {
        resolved++;
        resolutionTime = resolutionTime.plus(toResolution.get());
        reopened = reopened.count(record.reopenCount() > 0);
      }
      if (record.csat().isPresent()) {
        int rating = record.csat().getAsInt();
        satisfied = satisfied.count(rating >= CaseRecord.SATISFIED_FROM);
        ratingSum += rating;
      }
      Optional<Boolean> atFirstContact = record.resolvedAtFirstContact();
      if (atFirstContact.isPresent()) {
        firstContact = firstContact.count(atFirstContact.get());
      }
      deflected = deflected.count(record.deflected());
    }
    return new ServiceTally(cases, firstResponse, resolution, responded, responseTime, resolved, resolutionTime,
        satisfied, ratingSum, firstContact, reopened, deflected);
  }

  /** The measures per group of cases. */
  public static <K> Grouped<K, ServiceTally> by(Iterable<CaseRecord> records, Function<CaseRecord, K> group) {
    CrmValidationException.required("group", group);
    return Grouped.of(records, group, ServiceTally::of);
  }

  /** The measures per case type: case volume by type and every rate per type. */
  public static Grouped<CaseType, ServiceTally> byType(Iterable<CaseRecord> records) {
    return by(records, CaseRecord::type);
  }

  /** The measures per period the cases were opened in, days falling in {@code zone}. */
  public static Grouped<ReportingPeriod, ServiceTally> byPeriodOpened(
      Iterable<CaseRecord> records, PeriodUnit unit, ZoneId zone) {
    CrmValidationException.required("unit", unit);
    CrmValidationException.required("zone", zone);
    return by(records, r -> unit.periodOf(LocalDate.ofInstant(r.openedAt(), zone)));
  }

  /** This tally with one more case. */
  public ServiceTally add(CaseRecord record) {
    return combine(of(List.of(record)));
  }

  /** The mean time to first response of answered cases; empty when none was answered. */
  public Optional<Duration> averageFirstResponseTime() {
    return responded == 0 ? Optional.empty() : Optional.of(totalFirstResponseTime.dividedBy(responded));
  }

  /** The mean time to resolution of resolved cases; empty when none is resolved. */
  public Optional<Duration> averageResolutionTime() {
    return resolved == 0 ? Optional.empty() : Optional.of(totalResolutionTime.dividedBy(resolved));
  }

  /** The CSAT score: the share of ratings that are 4 or 5; empty without ratings. */
  public OptionalDouble csat() {
    return satisfied.share();
  }

  /** The mean rating, 1 to 5; empty without ratings. */
  public OptionalDouble averageRating() {
    return satisfied.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / satisfied.whole());
  }

  @Override
  public ServiceTally combine(ServiceTally other) {
    return new ServiceTally(cases + other.cases, firstResponseWithinTarget.combine(other.firstResponseWithinTarget),
        resolutionWithinTarget.combine(other.resolutionWithinTarget), responded + other.responded,
        totalFirstResponseTime.plus(other.totalFirstResponseTime), resolved + other.resolved,
        totalResolutionTime.plus(other.totalResolutionTime), satisfied.combine(other.satisfied),
        ratingSum + other.ratingSum, firstContactResolution.combine(other.firstContactResolution),
        reopened.combine(other.reopened), deflected.combine(other.deflected));
  }
}
