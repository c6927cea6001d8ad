package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.LeadStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a scored lead goes when it reaches a threshold: "a score of 60 or more and fit B or better
 * becomes an MQL". A model tries its routing rules in order and takes the first that holds, so list
 * the most advanced outcome first.
 *
 * <pre>{@code
 * RoutingRule.to(LifecycleStage.MQL).whenScoreAtLeast(60).whenFitAtLeast(FitGrade.B)
 * }</pre>
 *
 * @param minimumScore the least whole lead score, 0 to 100
 * @param minimumFit the least fit grade, if any
 * @param grades the grade labels that pass ({@code A1}, {@code Hot}), white space folded, none
 *     twice; any grade when empty
 * @param lifecycleStage the lifecycle stage the lead is routed to, if any
 * @param leadStatus the lead status the lead is routed to, if any; a stage, a status or both are
 *     given, and the status is never {@link LeadStatus#CONVERTED}
 */
public record RoutingRule(
    int minimumScore,
    Optional<FitGrade> minimumFit,
    List<String> grades,
    Optional<LifecycleStage> lifecycleStage,
    Optional<LeadStatus> leadStatus) {

  /**
   * Checks every part.
   *
   * @throws CrmValidationException naming {@code routing.<part>}: {@code range} for a score outside
   *     0..100, {@code required} for no outcome, {@code converted} for a status of CONVERTED,
   *     {@code duplicate} for a grade given twice
   */
  public RoutingRule {
    if (minimumScore < 0 || minimumScore > ScoringRule.MAX_POINTS) {
      throw CrmValidationException.of("routing.minimumScore", "range", minimumScore, "a lead score is from 0 to 100");
    }
    CrmValidationException.required("routing.minimumFit", minimumFit);
    CrmValidationException.required("routing.grades", grades);
    List<String> folded = new ArrayList<>(grades.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < grades.size(); i++) {
      String grade = Words.required("routing.grades[" + i + "]", grades.get(i));
      if (!seen.add(Words.key(grade))) {
        throw CrmValidationException.of("routing.grades[" + i + "]", "duplicate", grade, "each grade appears once");
      }
      folded.add(grade);
    }
    grades = List.copyOf(folded);
    CrmValidationException.required("routing.lifecycleStage", lifecycleStage);
    CrmValidationException.required("routing.leadStatus", leadStatus);
    if (lifecycleStage.isEmpty() && leadStatus.isEmpty()) {
      throw CrmValidationException.of("routing.outcome", "required", "",
          "a routing rule routes to a lifecycle stage, a lead status or both");
    }
    if (leadStatus.orElse(LeadStatus.NEW) == LeadStatus.CONVERTED) {
      throw CrmValidationException.of("routing.leadStatus", "converted", LeadStatus.CONVERTED,
          "scoring routes a lead; only a conversion makes it CONVERTED");
    }
  }

  /** A rule that routes every lead to {@code stage}; narrow it with the {@code when} methods. */
  public static RoutingRule to(LifecycleStage stage) {
    return new RoutingRule(0, Optional.empty(), List.of(),
        Optional.of(CrmValidationException.required("routing.lifecycleStage", stage)), Optional.empty());
  }

  /** A rule that routes every lead to {@code status}; narrow it with the {@code when} methods. */
  public static RoutingRule to(LeadStatus status) {
    return new RoutingRule(0, Optional.empty(), List.of(), Optional.empty(),
        Optional.of(CrmValidationException.required("routing.leadStatus", status)));
  }

  /** A rule that routes every lead to {@code stage} and {@code status}. */
  public static RoutingRule to(LifecycleStage stage, LeadStatus status) {
    return new RoutingRule(0, Optional.empty(), List.of(),
        Optional.of(CrmValidationException.required("routing.lifecycleStage", stage)),
        Optional.of(CrmValidationException.required("routing.leadStatus", status)));
  }

  /** This rule, only for a whole lead score of {@code score} or more. */
  public RoutingRule whenScoreAtLeast(int score) {
    return new RoutingRule(score, minimumFit, grades, lifecycleStage, leadStatus);
  }

  /** This rule, only for a fit grade of {@code grade} or better. */
  public RoutingRule whenFitAtLeast(FitGrade grade) {
    return new RoutingRule(minimumScore, Optional.of(CrmValidationException.required("routing.minimumFit", grade)),
        grades, lifecycleStage, leadStatus);
  }

  /** This rule, only for the grades named ({@code "A1", "A2", "B1"}). */
  public RoutingRule whenGradeIn(String... labels) {
    CrmValidationException.required("routing.grades", labels);
    return new RoutingRule(minimumScore, minimumFit, Arrays.asList(labels), lifecycleStage, leadStatus);
  }

  /** Whether a lead of this score, fit grade and grade label is routed by this rule. */
  public boolean routes(int score, FitGrade fitGrade, String grade) {
    if (score < minimumScore || minimumFit.isPresent() && !fitGrade.isAtLeast(minimumFit.get())) {
      return false;
    }
    if (grades.isEmpty()) {
      return true;
    }
    for (String label : grades) {
      if (label.equalsIgnoreCase(grade)) {
        return true;
      }
    }
    return false;
  }

  /** The rule in words: {@code score 60 or more and fit B or better -> MQL}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (minimumScore > 0) {
      parts.add("score " + minimumScore + " or more");
    }
    minimumFit.ifPresent(fit -> parts.add("fit " + fit + (fit == FitGrade.A ? "" : " or better")));
    if (!grades.isEmpty()) {
      parts.add("grade " + String.join(" or ", grades));
    }
    List<String> outcome = new ArrayList<>();
    lifecycleStage.ifPresent(stage -> outcome.add(stage.name()));
    leadStatus.ifPresent(status -> outcome.add(status.name()));
    return (parts.isEmpty() ? "every lead" : String.join(" and ", parts)) + " -> " + String.join(" and ", outcome);
  }
}
