package io.crmkit.core.lead;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.internal.Texts;
import java.util.Optional;

/**
 * How a scoring model judged a lead: its score, fit grade, engagement level and grade, and where the
 * model routes it (a lifecycle stage such as {@link LifecycleStage#MQL}, a lead status, or both)
 * when the lead reached a routing threshold.
 *
 * <p>The value crm-scoring produces and crm-lifecycle reads as an exit criterion, so that neither
 * module knows the other. Engagement level 1 is the most engaged, 3 the least; the grade is the
 * model's label, such as {@code A1} in a fit x engagement matrix or {@code Hot} for named grades.
 *
 * @param score the lead score, 0 to 100 (the scale of {@link Lead#score()})
 * @param fitGrade the fit grade, {@link FitGrade#A} best
 * @param engagementLevel the engagement level, 1 (most engaged) to 3 (least)
 * @param grade the grade label, white space folded; not blank
 * @param lifecycleStage the lifecycle stage the lead is routed to, if it reached one
 * @param leadStatus the lead status the lead is routed to, if it reached one; never
 *     {@link LeadStatus#CONVERTED}, which only a conversion sets
 */
public record LeadQualification(
    int score,
    FitGrade fitGrade,
    int engagementLevel,
    String grade,
    Optional<LifecycleStage> lifecycleStage,
    Optional<LeadStatus> leadStatus) {

  /** The most engaged level. */
  public static final int MOST_ENGAGED = 1;

  /** The least engaged level. */
  public static final int LEAST_ENGAGED = 3;

  /**
   * Checks every part and folds the grade's white space.
   *
   * @throws CrmValidationException naming {@code leadQualification.<part>}: rule {@code required}
   *     for a missing part, {@code range} for a score outside 0..100 or a level outside 1..3,
   *     {@code converted} for a routed status of {@link LeadStatus#CONVERTED}
   */
  public LeadQualification {
    if (score < 0 || score > 100) {
      throw CrmValidationException.of("leadQualification.score", "range", score, "a lead score is from 0 to 100");
    }
    CrmValidationException.required("leadQualification.fitGrade", fitGrade);
    if (engagementLevel < MOST_ENGAGED || engagementLevel > LEAST_ENGAGED) {
      throw CrmValidationException.of("leadQualification.engagementLevel", "range", engagementLevel,
          "an engagement level is from 1 (most engaged) to 3 (least engaged)");
    }
    grade = Texts.fold(CrmValidationException.requiredText("leadQualification.grade", grade));
    CrmValidationException.required("leadQualification.lifecycleStage", lifecycleStage);
    CrmValidationException.required("leadQualification.leadStatus", leadStatus);
    if (leadStatus.orElse(LeadStatus.NEW) == LeadStatus.CONVERTED) {
      throw CrmValidationException.of("leadQualification.leadStatus", "converted", LeadStatus.CONVERTED,
          "scoring routes a lead; only a conversion makes it CONVERTED");
    }
  }

  /** A qualification that routes the lead nowhere. */
  public static LeadQualification of(int score, FitGrade fitGrade, int engagementLevel, String grade) {
    return new LeadQualification(score, fitGrade, engagementLevel, grade, Optional.empty(), Optional.empty());
  }

  /** This qualification routed to a lifecycle stage. */
  public LeadQualification routedTo(LifecycleStage stage) {
    return new LeadQualification(score, fitGrade, engagementLevel, grade,
        Optional.of(CrmValidationException.required("leadQualification.lifecycleStage", stage)), leadStatus);
  }

  /** This qualification routed to a lead status. */
  public LeadQualification routedTo(LeadStatus status) {
    return new LeadQualification(score, fitGrade, engagementLevel, grade, lifecycleStage,
        Optional.of(CrmValidationException.required("leadQualification.leadStatus", status)));
  }

  /** Whether the model routed the lead anywhere: to a lifecycle stage, a lead status or both. */
  public boolean isRouted() {
    return lifecycleStage.isPresent() || leadStatus.isPresent();
  }

  /** Whether the model routed the lead to {@code stage}. */
  public boolean reached(LifecycleStage stage) {
    return lifecycleStage.filter(stage::equals).isPresent();
  }

  /**
   * Whether the score is at least {@code threshold} and the fit grade at least {@code minimumFit}: the
   * usual MQL criterion ("score 60 or more and fit B or better").
   */
  public boolean meets(int threshold, FitGrade minimumFit) {
    return score >= threshold && fitGrade.isAtLeast(minimumFit);
  }
}
