package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.LeadQualification;
import io.crmkit.core.lead.LeadStatus;
import java.util.Optional;

/**
 * A record's score under a model as of a date: the numbers, the grade and the routing, without the
 * rule by rule account ({@link Scorer#explain} gives that, with the same numbers).
 *
 * @param points the score, from 0 to the model's ceiling; a fraction when points decayed
 * @param fitPoints the fit groups' points after their caps, before the total was held to its bounds
 * @param engagementPoints the engagement groups' points after decay and caps, before the total was
 *     held to its bounds
 * @param fitGrade the fit grade of {@code fitPoints}
 * @param engagementLevel the engagement level of {@code engagementPoints}: 1 (most engaged) to 3
 * @param grade the grade label: a named grade, or fit grade and engagement level ({@code B2})
 * @param lifecycleStage the stage the first routing rule that holds routes to, if any
 * @param leadStatus the lead status the first routing rule that holds routes to, if any
 */
public record Score(
    double points,
    double fitPoints,
    double engagementPoints,
    FitGrade fitGrade,
    int engagementLevel,
    String grade,
    Optional<LifecycleStage> lifecycleStage,
    Optional<LeadStatus> leadStatus) {

  /**
   * Checks every part.
   *
   * @throws CrmValidationException naming {@code score.<part>}: {@code range} for points outside
   *     0..100 or not finite, or a level outside 1..3; {@code required} for a missing part
   */
  public Score {
    if (!(points >= 0 && points <= ScoringRule.MAX_POINTS)) {
      throw CrmValidationException.of("score.points", "range", points, "a score is from 0 to 100");
    }
    if (!Double.isFinite(fitPoints)) {
      throw CrmValidationException.of("score.fitPoints", "finite", fitPoints, "points are a finite number");
    }
    if (!Double.isFinite(engagementPoints)) {
      throw CrmValidationException.of("score.engagementPoints", "finite", engagementPoints, "points are a finite number");
    }
    CrmValidationException.required("score.fitGrade", fitGrade);
    if (engagementLevel < 1 || engagementLevel > 3) {
      throw CrmValidationException.of("score.engagementLevel", "range", engagementLevel, "a level is from 1 to 3");
    }
    grade = Words.required("score.grade", grade);
    CrmValidationException.required("score.lifecycleStage", lifecycleStage);
    CrmValidationException.required("score.leadStatus", leadStatus);
  }

  /** The score as a whole number, rounded half up: what {@link io.crmkit.core.lead.Lead#score()} holds. */
  public int wholePoints() {
    return (int) Math.round(points);
  }

  /** Whether a routing rule held. */
  public boolean isRouted() {
    return lifecycleStage.isPresent() || leadStatus.isPresent();
  }

  /** The score as crm-core's {@link LeadQualification}, which a lifecycle reads as an exit criterion. */
  public LeadQualification qualification() {
    return new LeadQualification(wholePoints(), fitGrade, engagementLevel, grade, lifecycleStage, leadStatus);
  }
}
