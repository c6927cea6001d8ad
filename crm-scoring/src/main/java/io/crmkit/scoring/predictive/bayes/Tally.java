package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one team while they change: a mutable working copy, frozen into a {@link
 * TeamFrequencies} when done. Not thread-safe; it never leaves the method that made it.
 */
final class Tally {
  private long wonLeads;
  private long lostLeads;
  private final Map<String, Map<String, long[]>> fields = new HashMap<>();

  /** A tally that starts from a team's counts. */
  static Tally of(TeamFrequencies team) {
    Tally tally = new Tally();
    tally.wonLeads = team.wonLeads();
    tally.lostLeads = team.lostLeads();
    team.fields().forEach((field, values) -> {
      Map<String, long[]> counts = new HashMap<>();
      values.forEach((value, c) -> counts.put(value, new long[] {c.wonLeads(), c.lostLeads()}));
      tally.fields.put(field, counts);
    });
    return tally;
  }

  /**
   * Counts a closed lead's values, or takes them back when {@code step} is -1.
   *
   * @param values the (field, value) pairs the lead counts at, from {@link NaiveBayesModel}
   * @throws CrmValidationException when taking back a lead that was never counted
   */
  void add(boolean won, List<Map.Entry<String, String>> values, int step) {
    wonLeads += won ? step : 0;
    lostLeads += won ? 0 : step;
    if (wonLeads < 0 || lostLeads < 0) {
      throw notCounted();
    }
    int slot = won ? 0 : 1;
    for (Map.Entry<String, String> pair : values) {
      Map<String, long[]> counts = fields.computeIfAbsent(pair.getKey(), k -> new HashMap<>());
      long[] c = counts.computeIfAbsent(pair.getValue(), k -> new long[2]);
      c[slot] += step;
      if (c[slot] < 0) {
        throw notCounted();
      }
      if (c[0] == 0 && c[1] == 0) {
        counts.remove(pair.getValue());
      }
    }
  }

  /** The counts as a value; values whose counts went back to zero are gone, as a rebuild would have them. */
  TeamFrequencies freeze() {
    Map<String, Map<String, OutcomeCounts>> frozen = new HashMap<>();
    fields.forEach((field, counts) -> {
      Map<String, OutcomeCounts> values = new HashMap<>();
      counts.forEach((value, c) -> values.put(value, new OutcomeCounts(c[0], c[1])));
      frozen.put(field, values);
    });
    return new TeamFrequencies(wonLeads, lostLeads, frozen);
  }

  private static CrmValidationException notCounted() {
    return CrmValidationException.of(
        "closedLead", "not-counted", "", "a lead can be taken back only when it was counted with that outcome");
  }
}
