package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;

/**
 * One rule of a scoring model: when its condition holds, the record gets its points (negative points
 * take some away: a student, a free-mail address).
 *
 * @param id the rule's id, white space folded; unique in its model, ignoring case
 * @param label what the rule means to a person, white space folded; explanations show it
 * @param condition what must hold
 * @param points the points given, -100 to 100 and never 0 (the whole lead score scale); for a
 *     behaviour rule before decay, and per event when it counts each event
 */
public record ScoringRule(String id, String label, Condition condition, int points) {
  /** The most points a rule gives or takes. */
  public static final int MAX_POINTS = 100;

  /**
   * Checks every part.
   *
   * @throws CrmValidationException naming {@code rule.id}, {@code rule.label} or
   *     {@code rule.condition} (required), or {@code rule.points} (rule {@code range})
   */
  public ScoringRule {
    id = Words.required("rule.id", id);
    label = Words.required("rule.label", label);
    CrmValidationException.required("rule.condition", condition);
    if (points == 0 || points < -MAX_POINTS || points > MAX_POINTS) {
      throw CrmValidationException.of("rule.points", "range", points,
          "a rule gives or takes 1 to " + MAX_POINTS + " points; 0 does neither");
    }
  }

  /** A rule labelled with its condition in words. */
  public static ScoringRule of(String id, Condition condition, int points) {
    CrmValidationException.required("rule.condition", condition);
    return new ScoringRule(id, condition.describe(), condition, points);
  }

  /** A rule with a label of its own. */
  public static ScoringRule of(String id, String label, Condition condition, int points) {
    return new ScoringRule(id, label, condition, points);
  }

  /** Whether the label is the condition in words, as {@link #of(String, Condition, int)} makes it. */
  public boolean hasDefaultLabel() {
    return label.equals(condition.describe());
  }

  /** Whether the rule counts behaviour events rather than testing a field. */
  public boolean isBehaviour() {
    return condition instanceof Condition.Behaviour;
  }
}
