package io.crmkit.scoring.predictive.bayes;

import io.crmkit.core.CrmValidationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The counts of one sales team: how many of its closed leads were won and lost, and the won and lost
 * counts of every (field, value) its closed leads had.
 *
 * @param wonLeads the team's won leads
 * @param lostLeads the team's lost leads
 * @param fields for each field, the counts by value (values never seen are absent)
 */
public record TeamFrequencies(long wonLeads, long lostLeads, Map<String, Map<String, OutcomeCounts>> fields) {
  /** A team with no closed lead. */
  public static final TeamFrequencies NONE = new TeamFrequencies(0, 0, Map.of());

  /** Checks the counts and copies the maps. */
  public TeamFrequencies {
    if (wonLeads < 0 || lostLeads < 0) {
      throw CrmValidationException.of(
          "team.leads", "range", wonLeads + " won, " + lostLeads + " lost", "a count is never negative");
    }
    Map<String, Map<String, OutcomeCounts>> copy = new HashMap<>();
    CrmValidationException.required("team.fields", fields).forEach((field, values) -> {
      if (!values.isEmpty()) {
        copy.put(field, Map.copyOf(values));
      }
    });
    fields = Map.copyOf(copy);
  }

  /** The counts of a field's value, empty when no closed lead of the team had it. */
  public Optional<OutcomeCounts> counts(String field, String value) {
    return Optional.ofNullable(fields.getOrDefault(field, Map.of()).get(value));
  }

  /** Whether the team has both won and lost leads, which a probability needs. */
  public boolean hasBothOutcomes() {
    return wonLeads > 0 && lostLeads > 0;
  }

  /** The number of closed leads of the team. */
  public long closedLeads() {
    return wonLeads + lostLeads;
  }
}
