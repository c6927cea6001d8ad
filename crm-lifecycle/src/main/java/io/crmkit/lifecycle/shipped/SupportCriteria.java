package io.crmkit.lifecycle.shipped;

import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The exit criteria of the support case lifecycle that depend on its options; values, equal when their settings are. */
final class SupportCriteria {
  private SupportCriteria() {}

  /**
   * The case has been resolved for a number of days.
   *
   * @param id the criterion's id
   * @param days the days since the (last) resolution
   */
  record ResolvedFor(CriterionId id, int days) implements ExitCriterion<CaseProgress> {
    @Override
    public String description() {
      return "the case has been resolved for " + days + (days == 1 ? " day" : " days");
    }

    @Override
    public List<Violation> check(CaseProgress progress) {
      Optional<Instant> resolvedAt = progress.supportCase().resolvedAt();
      if (resolvedAt.isEmpty()) {
        return List.of(Violation.of(
            Violation.FIELD_MISSING, id, "the case has no resolution time", List.of("resolved at = (none)")));
      }
      if (resolvedAt.get().plus(Duration.ofDays(days)).isAfter(progress.asOf())) {
        long ago = Duration.between(resolvedAt.get(), progress.asOf()).toDays();
        return List.of(Violation.of(
            SupportCaseLifecycle.RESOLVED_RECENTLY, id,
            "the case was resolved " + (ago <= 0 ? "less than a day" : ago == 1 ? "1 day" : ago + " days")
                + " ago; it closes without the customer's confirmation after " + days
                + (days == 1 ? " day" : " days"),
            List.of("resolved at = " + resolvedAt.get(), "as of = " + progress.asOf())));
      }
      return List.of();
    }
  }
}
