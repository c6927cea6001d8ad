package io.crmkit.identity.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a pair was decided as it was: the prior, every comparison's level and weight, the
 * term-frequency adjustments, and the deterministic rule if one matched the pair outright.
 *
 * @param leftId the left record's id
 * @param rightId the right record's id
 * @param priorWeight the prior's weight in bits
 * @param contributions one per comparison, in the settings' order
 * @param weight the total match weight in bits
 * @param probability the match probability
 * @param decision the decision
 * @param rule the deterministic rule that matched the pair, if one did
 */
public record MatchExplanation(String leftId, String rightId, double priorWeight,
    List<WeightContribution> contributions, double weight, double probability, Decision decision,
    Optional<String> rule) {

  /** Copies the list. */
  public MatchExplanation {
    contributions = List.copyOf(contributions);
  }

  /** The weight as a waterfall: the prior, then each comparison, then each adjustment, with running totals. */
  public List<WaterfallStep> waterfall() {
    List<WaterfallStep> steps = new ArrayList<>();
    double running = priorWeight;
    steps.add(new WaterfallStep("prior", priorWeight, running));
    for (WeightContribution c : contributions) {
      running += c.weight();
      steps.add(new WaterfallStep(c.comparison() + ": " + c.level(), c.weight(), running));
      if (c.termFrequencyAdjustment() != 0) {
        running += c.termFrequencyAdjustment();
        steps.add(new WaterfallStep(c.comparison() + ": term frequency", c.termFrequencyAdjustment(), running));
      }
    }
    return List.copyOf(steps);
  }

  /** The comparisons that counted for the match, strongest first: those with a positive total. */
  public List<String> evidenceFor() {
    return contributions.stream().filter(c -> c.total() > 0)
        .sorted((a, b) -> Double.compare(b.total(), a.total()))
        .map(c -> c.comparison() + " " + c.level()).toList();
  }

  /** The explanation as lines of text: the decision, then the waterfall with the values compared. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%s vs %s: %s, probability %.6f, weight %+.2f bits", leftId, rightId,
        decision, probability, weight));
    rule.ifPresent(r -> text.append(" (matched by rule ").append(r).append(')'));
    text.append('\n');
    text.append(String.format(Locale.ROOT, "  %-40s %+8.2f %+8.2f%n", "prior", priorWeight, priorWeight));
    double running = priorWeight;
    for (WeightContribution c : contributions) {
      running += c.weight();
      String values = c.leftValue().orElse("-") + " / " + c.rightValue().orElse("-");
      text.append(String.format(Locale.ROOT, "  %-40s %+8.2f %+8.2f  %s%n", c.comparison() + ": " + c.level(),
          c.weight(), running, values));
      if (c.termFrequencyAdjustment() != 0) {
        running += c.termFrequencyAdjustment();
        text.append(String.format(Locale.ROOT, "  %-40s %+8.2f %+8.2f%n", c.comparison() + ": term frequency",
            c.termFrequencyAdjustment(), running));
      }
    }
    return text.toString().replace(System.lineSeparator(), "\n");
  }
}
