package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a record scored what it did: the score, every rule that held with its points after decay and
 * caps, and the groups' totals. The contributions' {@link RuleContribution#points() points} sum to
 * the score's points (within floating-point rounding).
 *
 * @param score the score, equal to what {@link Scorer#score} gives for the same input
 * @param contributions the rules that held, in model order
 * @param groups every group of the model, in order, with the points its rules gave
 * @param unboundedPoints the total before it was held from 0 to the ceiling
 */
public record ScoreExplanation(
    Score score, List<RuleContribution> contributions, List<GroupTotal> groups, double unboundedPoints) {

  /** Checks every part and copies the lists. */
  public ScoreExplanation {
    CrmValidationException.required("scoreExplanation.score", score);
    contributions = List.copyOf(CrmValidationException.required("scoreExplanation.contributions", contributions));
    groups = List.copyOf(CrmValidationException.required("scoreExplanation.groups", groups));
    if (!Double.isFinite(unboundedPoints)) {
      throw CrmValidationException.of("scoreExplanation.unboundedPoints", "finite", unboundedPoints,
          "points are a finite number");
    }
  }

  /** What the rule with this id gave, if it held; ids compared ignoring case and spacing. */
  public Optional<RuleContribution> contribution(String ruleId) {
    String key = Words.key(CrmValidationException.required("ruleId", ruleId));
    return contributions.stream().filter(c -> Words.key(c.ruleId()).equals(key)).findFirst();
  }

  /** Whether the total was held to the ceiling (or to 0), scaling the rules' points. */
  public boolean isBounded() {
    return unboundedPoints != score.points();
  }

  /**
   * The explanation as text, one line per rule that held, best first:
   *
   * <pre>
   * Score 72.5 (grade A2, routed to MQL)
   * +20.0  senior: jobTitle matches /\b(vp|director)\b/
   * -15.0  free-mail: emailDomain is one of "gmail.com", "yahoo.com"
   * </pre>
   */
  public String describe() {
    StringBuilder text = new StringBuilder("Score ")
        .append(String.format(Locale.ROOT, "%.1f", score.points()))
        .append(" (grade ").append(score.grade());
    if (score.isRouted()) {
      text.append(", routed to ");
      score.lifecycleStage().ifPresent(stage -> text.append(stage.name()));
      if (score.lifecycleStage().isPresent() && score.leadStatus().isPresent()) {
        text.append(" and ");
      }
      score.leadStatus().ifPresent(status -> text.append(status.name()));
    }
    text.append(')');
    contributions.stream()
        .sorted((a, b) -> Double.compare(b.points(), a.points()))
        .forEach(c -> text.append('\n').append(c.describe()));
    return text.toString();
  }
}
