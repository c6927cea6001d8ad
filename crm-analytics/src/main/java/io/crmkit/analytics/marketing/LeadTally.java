package io.crmkit.analytics.marketing;

import io.crmkit.analytics.tally.Grouped;
import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.CrmValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Lead volume, quality and follow-up, mergeable.
 *
 * <ul>
 *   <li>Volume: how many leads.
 *   <li>Contact rate: leads contacted out of all leads.
 *   <li>Response time: the mean time from arrival to first contact of contacted leads, and the share
 *       of them contacted within the response target (1 hour for a web lead, say).
 *   <li>Quality: leads qualified out of all leads, and leads converted out of all leads.
 * </ul>
 *
 * @param responseTarget the response target the tally judges by; positive
 * @param leads how many leads
 * @param contacted leads contacted out of all leads
 * @param totalResponseTime the response times of the contacted leads, summed
 * @param contactedInTime leads contacted within the target out of contacted leads
 * @param qualified leads qualified out of all leads
 * @param converted leads converted out of all leads
 */
public record LeadTally(Duration responseTarget, long leads, Proportion contacted, Duration totalResponseTime,
    Proportion contactedInTime, Proportion qualified, Proportion converted) implements Mergeable<LeadTally> {

  /**
   * Checks the tally.
   *
   * @throws CrmValidationException when the target is not positive ({@code leadTally.responseTarget},
   *     rule {@code positive}) or a count or time is negative ({@code range})
   */
  public LeadTally {
    checkTarget(responseTarget);
    CrmValidationException.required("leadTally.contacted", contacted);
    CrmValidationException.required("leadTally.totalResponseTime", totalResponseTime);
    CrmValidationException.required("leadTally.contactedInTime", contactedInTime);
    CrmValidationException.required("leadTally.qualified", qualified);
    CrmValidationException.required("leadTally.converted", converted);
    if (leads < 0 || totalResponseTime.isNegative()) {
      throw CrmValidationException.of("leadTally.leads", "range", leads, "counts and times are 0 or more");
    }
  }

  /** No lead, judged by a response target. */
  public static LeadTally empty(Duration responseTarget) {
    return new LeadTally(responseTarget, 0, Proportion.none(), Duration.ZERO, Proportion.none(), Proportion.none(),
        Proportion.none());
  }

  /** The tally of the leads, judged by a response target. */
  public static LeadTally of(Iterable<LeadRecord> leads, Duration responseTarget) {
    checkTarget(responseTarget);
    CrmValidationException.required("leads", leads);
    long count = 0;
    Proportion contacted = Proportion.none();
    Duration total = Duration.ZERO;
    Proportion inTime = Proportion.none();
    Proportion qualified = Proportion.none();
    Proportion converted = Proportion.none();
    for (LeadRecord lead : leads) {
      count++;
      Optional<Duration> response = lead.responseTime();
      contacted = contacted.count(response.isPresent());
      if (response.isPresent()) {
        total = total.plus(response.get());
        inTime = inTime.count(response.get().compareTo(responseTarget) <= 0);
      }
      qualified = qualified.count(lead.qualified());
      converted = converted.count(lead.converted());
    }
    return new LeadTally(responseTarget, count, contacted, total, inTime, qualified, converted);
  }

  /** The tally per lead source. */
  public static Grouped<String, LeadTally> bySource(Iterable<LeadRecord> leads, Duration responseTarget) {
    checkTarget(responseTarget);
    return Grouped.of(leads, LeadRecord::source, group -> of(group, responseTarget));
  }

  /** This tally with one more lead. */
  public LeadTally add(LeadRecord lead) {
    return combine(of(List.of(lead), responseTarget));
  }

  /** The mean time from arrival to first contact; empty when no lead was contacted. */
  public Optional<Duration> averageResponseTime() {
    return contacted.part() == 0 ? Optional.empty() : Optional.of(totalResponseTime.dividedBy(contacted.part()));
  }

  @Override
  public LeadTally combine(LeadTally other) {
    if (!responseTarget.equals(other.responseTarget)) {
      throw CrmValidationException.of("leadTally.responseTarget", "mismatch", other.responseTarget,
          "cannot combine tallies judged by " + responseTarget + " and " + other.responseTarget);
    }
    return new LeadTally(responseTarget, leads + other.leads, contacted.combine(other.contacted),
        totalResponseTime.plus(other.totalResponseTime), contactedInTime.combine(other.contactedInTime),
        qualified.combine(other.qualified), converted.combine(other.converted));
  }

  private static void checkTarget(Duration target) {
    CrmValidationException.required("leadTally.responseTarget", target);
    if (target.isNegative() || target.isZero()) {
      throw CrmValidationException.of("leadTally.responseTarget", "positive", target, "a target is longer than zero");
    }
  }
}
