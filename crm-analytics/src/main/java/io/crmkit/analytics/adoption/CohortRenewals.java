package io.crmkit.analytics.adoption;

import io.crmkit.analytics.period.PeriodUnit;
import io.crmkit.analytics.period.ReportingPeriod;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.CrmValidationException;
import java.util.Comparator;
import java.util.List;

/**
 * The renewal rate of each customer cohort: renewals out of renewals decided (renewed or churned),
 * the cohort being the period (month, quarter, year) in which the accounts became customers. Pending
 * renewals are not counted.
 *
 * @param unit the length of a cohort
 * @param cohorts the renewals of each cohort that has a decided or pending renewal
 */
public record CohortRenewals(PeriodUnit unit, Grouped<ReportingPeriod, Proportion> cohorts)
    implements Mergeable<CohortRenewals> {

  /** Checks the parts. */
  public CohortRenewals {
    CrmValidationException.required("cohortRenewals.unit", unit);
    CrmValidationException.required("cohortRenewals.cohorts", cohorts);
  }

  /** The renewal rates of the records' cohorts. */
  public static CohortRenewals of(Iterable<RenewalRecord> renewals, PeriodUnit unit) {
    CrmValidationException.required("unit", unit);
    return new CohortRenewals(unit, Grouped.of(renewals, r -> unit.periodOf(r.customerSince()), CohortRenewals::rate));
  }

  private static Proportion rate(List<RenewalRecord> renewals) {
    Proportion rate = Proportion.none();
    for (RenewalRecord renewal : renewals) {
      if (renewal.outcome() != RenewalOutcome.PENDING) {
        rate = rate.count(renewal.outcome() == RenewalOutcome.RENEWED);
      }
    }
    return rate;
  }

  /**
   * The renewals of a cohort: {@code 0/0} for a cohort without a decided renewal (its rate is then
   * empty), whether or not it has accounts.
   *
   * @throws CrmValidationException when the period is not a cohort of this unit ({@code cohort},
   *     rule {@code unit}), such as a quarter asked of monthly cohorts
   */
  public Proportion renewals(ReportingPeriod cohort) {
    CrmValidationException.required("cohort", cohort);
    if (!unit.periodOf(cohort.firstDay()).equals(cohort)) {
      throw CrmValidationException.of("cohort", "unit", cohort, "cohorts are whole periods of one " + unit);
    }
    return cohorts.get(cohort).orElse(Proportion.none());
  }

  /** The cohorts that have renewals, oldest first. */
  public List<ReportingPeriod> periods() {
    return cohorts.keys(Comparator.naturalOrder());
  }

  /** All cohorts together. */
  public Proportion overall() {
    return cohorts.total(Proportion.none());
  }

  @Override
  public CohortRenewals combine(CohortRenewals other) {
    if (unit != other.unit) {
      throw CrmValidationException.of("cohortRenewals.unit", "mismatch", other.unit,
          "cannot combine cohorts of one " + unit + " with cohorts of one " + other.unit);
    }
    return new CohortRenewals(unit, cohorts.combine(other.cohorts));
  }
}
