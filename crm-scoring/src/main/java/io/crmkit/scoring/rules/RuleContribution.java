package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import java.util.Locale;

/**
 * What one rule that held gave to a score, step by step: its points, after decay, after its group's
 * cap, and its share of the score after the total was held from 0 to the ceiling.
 *
 * @param ruleId the rule's id
 * @param label the rule's label
 * @param group the rule's group
 * @param dimension the group's dimension
 * @param basePoints the rule's points as defined (per event for a per-event rule)
 * @param events the behaviour events counted; 0 for a field rule
 * @param decayedPoints the points after decay (for a per-event rule, summed over the events given
 *     points); the base points for a field rule or a group without decay
 * @param cappedPoints the points after the group's cap
 * @param points the rule's share of the score; the shares of a score sum to its points
 */
public record RuleContribution(
    String ruleId,
    String label,
    String group,
    Dimension dimension,
    int basePoints,
    int events,
    double decayedPoints,
    double cappedPoints,
    double points) {

  /** Checks the texts and the numbers. */
  public RuleContribution {
    ruleId = Words.required("ruleContribution.ruleId", ruleId);
    label = Words.required("ruleContribution.label", label);
    group = Words.required("ruleContribution.group", group);
    CrmValidationException.required("ruleContribution.dimension", dimension);
    if (events < 0) {
      throw CrmValidationException.of("ruleContribution.events", "range", events, "a count is 0 or more");
    }
    finite("ruleContribution.decayedPoints", decayedPoints);
    finite("ruleContribution.cappedPoints", cappedPoints);
    finite("ruleContribution.points", points);
  }

  /** The contribution as a line of text: {@code +12.5  pricing: page view about "/pricing" (2 events, halved by decay)}. */
  public String describe() {
    StringBuilder line = new StringBuilder();
    line.append(points >= 0 ? "+" : "").append(String.format(Locale.ROOT, "%.1f", points))
        .append("  ").append(ruleId).append(": ").append(label);
    StringBuilder notes = new StringBuilder();
    if (events > 0) {
      notes.append(events).append(events == 1 ? " event" : " events");
    }
    if (decayedPoints != basePoints) {
      note(notes, "from " + basePoints + " by decay to " + Words.number(round(decayedPoints)));
    }
    if (cappedPoints != decayedPoints) {
      note(notes, "group cap to " + Words.number(round(cappedPoints)));
    }
    if (points != cappedPoints) {
      note(notes, "score bounds to " + Words.number(round(points)));
    }
    return notes.length() == 0 ? line.toString() : line.append(" (").append(notes).append(')').toString();
  }

  private static void note(StringBuilder notes, String note) {
    notes.append(notes.length() == 0 ? "" : "; ").append(note);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static void finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw CrmValidationException.of(field, "finite", value, "points are a finite number");
    }
  }
}
