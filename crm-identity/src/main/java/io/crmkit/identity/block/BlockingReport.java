package io.crmkit.identity.block;

import java.util.List;
import java.util.Locale;

/**
 * What a union of blocking rules did: the comparisons each rule added and the blocks it skipped,
 * against every possible pair.
 *
 * @param rules one report per rule, in rule order
 * @param comparisons the candidate pairs, each counted once
 * @param possiblePairs every pair there is: {@code n(n-1)/2} records deduplicated, {@code l * r} linked
 */
public record BlockingReport(List<RuleReport> rules, long comparisons, long possiblePairs) {
  /** Copies the list. */
  public BlockingReport {
    rules = List.copyOf(rules);
  }

  /** The share of possible pairs not compared: {@code 1 - comparisons / possiblePairs} (1 with no possible pair). */
  public double reductionRatio() {
    return possiblePairs == 0 ? 1.0 : 1.0 - (double) comparisons / possiblePairs;
  }

  /** The report as lines of text, one per rule. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%,d comparisons of %,d possible pairs (reduction ratio %.6f)\n",
        comparisons, possiblePairs, reductionRatio()));
    for (RuleReport rule : rules) {
      text.append(String.format(Locale.ROOT, "  %s: %,d comparisons in %,d blocks", rule.rule(), rule.comparisons(),
          rule.blocks()));
      if (rule.skippedBlocks() > 0) {
        SkippedBlock largest = rule.largestSkipped().get(0);
        text.append(String.format(Locale.ROOT, "; %,d blocks skipped (%,d records, largest '%s' with %,d)",
            rule.skippedBlocks(), rule.skippedRecords(), largest.key(), largest.records()));
      }
      text.append("\n");
    }
    return text.toString();
  }
}
