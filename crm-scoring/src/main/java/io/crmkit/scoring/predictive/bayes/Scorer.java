package io.crmkit.scoring.predictive.bayes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pushes of one team's counts, worked out once: the prior log-odds {@code log(P(won)/P(lost))}
 * and, for each (field, value), {@code log(won(v)/sum won) - log(lost(v)/sum lost)}.
 */
final class Scorer {
  private final double prior;
  private final Map<String, Map<String, Double>> pushes = new HashMap<>();

  Scorer(TeamFrequencies team, NaiveBayesSettings settings) {
    this.prior = Math.log((double) team.wonLeads() / team.lostLeads());
    String stageField = settings.stages().map(StageOrder::field).orElse(null);
    team.fields().forEach((field, values) -> {
      double wonTotal = 0;
      double lostTotal = 0;
      if (field.equals(stageField) && settings.stageLikelihood() == StageLikelihood.CLOSED_LEADS) {
        wonTotal = team.wonLeads() + OutcomeCounts.STARTING_COUNT;
        lostTotal = team.lostLeads() + OutcomeCounts.STARTING_COUNT;
      } else {
        for (OutcomeCounts c : values.values()) {
          wonTotal += c.won();
          lostTotal += c.lost();
        }
      }
      Map<String, Double> byValue = new HashMap<>();
      for (Map.Entry<String, OutcomeCounts> value : values.entrySet()) {
        OutcomeCounts c = value.getValue();
        byValue.put(value.getKey(), Math.log(c.won() / wonTotal) - Math.log(c.lost() / lostTotal));
      }
      pushes.put(field, byValue);
    });
  }

  /** {@code log(P(won) / P(lost))} of the team. */
  double prior() {
    return prior;
  }

  /** The push of a field's value on the log-odds; empty when the team never closed a lead with it. */
  Optional<Double> push(String field, String value) {
    return Optional.ofNullable(pushes.getOrDefault(field, Map.of()).get(value));
  }
}
