package io.crmkit.analytics.pipeline;

import io.crmkit.analytics.period.ReportingPeriod;
import io.crmkit.core.CrmValidationException;
import java.util.Comparator;

/**
 * A reporting period and a group within it: {@code 2026-01 / Enterprise}. Sorted by period, then
 * group.
 *
 * @param period the reporting period
 * @param group the group's name along a {@link DealDimension}
 */
public record PeriodGroup(ReportingPeriod period, String group) implements Comparable<PeriodGroup> {
  private static final Comparator<PeriodGroup> ORDER =
      Comparator.comparing(PeriodGroup::period).thenComparing(PeriodGroup::group);

  /** Checks both parts. */
  public PeriodGroup {
    CrmValidationException.required("periodGroup.period", period);
    CrmValidationException.required("periodGroup.group", group);
  }

  /** The pair. */
  public static PeriodGroup of(ReportingPeriod period, String group) {
    return new PeriodGroup(period, group);
  }

  @Override
  public int compareTo(PeriodGroup other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return period + " / " + group;
  }
}
