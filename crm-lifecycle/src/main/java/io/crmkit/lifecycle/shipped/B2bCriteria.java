package io.crmkit.lifecycle.shipped;

import io.crmkit.core.lead.FitGrade;
import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.Violation;
import java.util.List;
import java.util.OptionalInt;

/** The exit criteria of the B2B lead lifecycle that depend on its options; values, equal when their settings are. */
final class B2bCriteria {
  private B2bCriteria() {}

  /**
   * The lead score reaches the threshold.
   *
   * @param id the criterion's id
   * @param threshold the lowest score that passes
   */
  record ScoreReached(CriterionId id, int threshold) implements ExitCriterion<B2bJourney> {
    @Override
    public String description() {
      return "the lead score is at least " + threshold;
    }

    @Override
    public List<Violation> check(B2bJourney journey) {
      OptionalInt score = journey.score();
      if (score.isEmpty()) {
        return List.of(Violation.of(
            Violation.FIELD_MISSING, id, "the lead is not scored yet", List.of("lead score = (none)")));
      }
      if (score.getAsInt() < threshold) {
        return List.of(Violation.of(
            B2bLeadLifecycle.SCORE_BELOW_THRESHOLD, id,
            "lead score " + score.getAsInt() + " is below the MQL threshold of " + threshold,
            List.of("lead score = " + score.getAsInt())));
      }
      return List.of();
    }
  }

  /**
   * The company fits the ideal customer profile with at least a grade.
   *
   * @param id the criterion's id
   * @param minimum the lowest grade that passes
   */
  record ProfileFits(CriterionId id, FitGrade minimum) implements ExitCriterion<B2bJourney> {
    @Override
    public String description() {
      return "the fit to the ideal customer profile is " + minimum + " or better";
    }

    @Override
    public List<Violation> check(B2bJourney journey) {
      if (journey.fit().isEmpty()) {
        return List.of(Violation.of(
            Violation.FIELD_MISSING, id, "the fit to the ideal customer profile is not graded yet",
            List.of("fit = (none)")));
      }
      FitGrade fit = journey.fit().get();
      if (!fit.isAtLeast(minimum)) {
        return List.of(Violation.of(
            B2bLeadLifecycle.POOR_FIT, id,
            "fit " + fit + " to the ideal customer profile is below the minimum of " + minimum,
            List.of("fit = " + fit)));
      }
      return List.of();
    }
  }
}
