package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.compare.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares and scores pairs of prepared records under one model: the comparison pattern of a pair
 * (one number, the levels in mixed radix), its weight with term-frequency adjustments, and the
 * deterministic rule it meets.
 */
final class Scorer {
  private final MatchSettings settings;
  private final Comparison[] comparisons;
  private final long[] radix;
  private final int[] levelCounts;

  Scorer(MatchSettings settings) {
    this.settings = settings;
    this.comparisons = settings.comparisons().toArray(Comparison[]::new);
    this.levelCounts = new int[comparisons.length];
    this.radix = new long[comparisons.length];
    long place = 1;
    for (int c = 0; c < comparisons.length; c++) {
      levelCounts[c] = comparisons[c].levelCount();
      radix[c] = place;
      if (place > Long.MAX_VALUE / levelCounts[c]) {
        throw CrmValidationException.of("settings.comparisons", "too-many-levels", comparisons.length,
            "the comparisons' level counts multiply past 2^63: use fewer comparisons or levels");
      }
      place *= levelCounts[c];
    }
  }

  int[] levelCounts() {
    return levelCounts.clone();
  }

  Comparison[] comparisons() {
    return comparisons;
  }

  /** The pattern of a pair: each comparison's level in mixed radix. */
  long pattern(PreparedRecords left, int i, PreparedRecords right, int j) {
    long code = 0;
    for (int c = 0; c < comparisons.length; c++) {
      code += radix[c] * comparisons[c].level(left.columns[c], i, right.columns[c], j);
    }
    return code;
  }

  /** The place value of a comparison's level in a pattern. */
  long place(int comparison) {
    return radix[comparison];
  }

  int level(long pattern, int comparison) {
    return (int) ((pattern / radix[comparison]) % levelCounts[comparison]);
  }

  int[] levels(long pattern) {
    int[] levels = new int[comparisons.length];
    for (int c = 0; c < levels.length; c++) {
      levels[c] = level(pattern, c);
    }
    return levels;
  }

  /** The name of the first deterministic rule the pair meets. */
  Optional<String> rule(PreparedRecords left, int i, PreparedRecords right, int j) {
    for (DeterministicRule rule : settings.deterministicRules()) {
      boolean all = true;
      for (String field : rule.fields()) {
        String a = left.field(field)[i];
        String b = right.field(field)[j];
        if (a == null || !a.equals(b)) {
          all = false;
          break;
        }
      }
      if (all) {
        return Optional.of(rule.name());
      }
    }
    return Optional.empty();
  }

  boolean hasRules() {
    return !settings.deterministicRules().isEmpty();
  }

  /** A model bound to term frequencies: weighs patterns of pairs. */
  final class Weigher {
    final FellegiSunterModel model;
    private final double[][] weights;
    private final TermFrequencies[] frequencies;
    private final int[] exactLevel;
    private final double reviewWeight;

    Weigher(FellegiSunterModel model, TermFrequencies[] frequencies) {
      if (model.fields().size() != comparisons.length) {
        throw CrmValidationException.of("model.fields", "size", model.fields().size(),
            "one parameter set per comparison of the settings: " + comparisons.length);
      }
      this.model = model;
      this.frequencies = frequencies;
      // a little below the review threshold, so rounding never drops a pair the decision would keep
      this.reviewWeight = settings.thresholds().reviewWeight() - 1e-9;
      this.weights = new double[comparisons.length][];
      this.exactLevel = new int[comparisons.length];
      for (int c = 0; c < comparisons.length; c++) {
        FieldParameters parameters = model.fields().get(c);
        if (!parameters.comparison().equals(comparisons[c].name()) || parameters.levels().size() != levelCounts[c]) {
          throw CrmValidationException.of("model.fields", "mismatch", parameters.comparison(),
              "the model's comparisons and levels must be the settings' own: " + comparisons[c]);
        }
        weights[c] = new double[levelCounts[c]];
        for (int level = 0; level < levelCounts[c]; level++) {
          weights[c][level] = parameters.weight(level);
        }
        exactLevel[c] = comparisons[c].termFrequencies() ? comparisons[c].exactLevel() : -1;
      }
    }

    /** The match weight of a pair with this pattern, adjusted for the terms the left record agrees on. */
    double weight(long pattern, PreparedRecords left, int i) {
      double weight = model.priorWeight();
      for (int c = 0; c < comparisons.length; c++) {
        int level = level(pattern, c);
        weight += weights[c][level];
        if (level == exactLevel[c] && frequencies[c] != null) {
          weight += frequencies[c].adjustment(left.columns[c].value(i).orElseThrow());
        }
      }
      return weight;
    }

    MatchExplanation explain(PreparedRecords left, int i, PreparedRecords right, int j) {
      long pattern = pattern(left, i, right, j);
      List<WeightContribution> contributions = new ArrayList<>();
      for (int c = 0; c < comparisons.length; c++) {
        int level = level(pattern, c);
        double adjustment = level == exactLevel[c] && frequencies[c] != null
            ? frequencies[c].adjustment(left.columns[c].value(i).orElseThrow()) : 0.0;
        contributions.add(new WeightContribution(comparisons[c].name(), comparisons[c].levelLabels().get(level),
            left.columns[c].value(i), right.columns[c].value(j), weights[c][level], adjustment));
      }
      double weight = weight(pattern, left, i);
      Optional<String> rule = rule(left, i, right, j);
      double probability = FellegiSunterModel.probabilityOf(weight);
      Decision decision = rule.isPresent() ? Decision.MATCH : settings.thresholds().decide(probability);
      return new MatchExplanation(left.ids[i], right.ids[j], model.priorWeight(), contributions, weight, probability,
          decision, rule);
    }

    /** The pair scored, unless it is a non-match (which then costs no allocation). */
    Optional<ScoredPair> scoreIfKept(long pattern, PreparedRecords left, int i, PreparedRecords right, int j) {
      double weight = weight(pattern, left, i);
      if (weight < reviewWeight && !hasRules()) {
        return Optional.empty();
      }
      ScoredPair scored = score(pattern, left, i, right, j);
      return scored.decision() == Decision.NON_MATCH ? Optional.empty() : Optional.of(scored);
    }

    ScoredPair score(long pattern, PreparedRecords left, int i, PreparedRecords right, int j) {
      double weight = weight(pattern, left, i);
      double probability = FellegiSunterModel.probabilityOf(weight);
      Optional<String> rule = hasRules() ? rule(left, i, right, j) : Optional.empty();
      Decision decision = rule.isPresent() ? Decision.MATCH : settings.thresholds().decide(probability);
      return new ScoredPair(left.ids[i], right.ids[j], weight, probability, decision, rule);
    }
  }

  /** Term frequencies of the comparisons that ask for them, counted over the given records. */
  TermFrequencies[] termFrequencies(PreparedRecords... sides) {
    TermFrequencies[] frequencies = new TermFrequencies[comparisons.length];
    java.util.stream.IntStream.range(0, comparisons.length).parallel().forEach(c -> {
      if (comparisons[c].termFrequencies()) {
        String[][] columns = new String[sides.length][];
        for (int s = 0; s < sides.length; s++) {
          columns[s] = sides[s].columns[c].values();
        }
        frequencies[c] = TermFrequencies.count(columns);
      }
    });
    return frequencies;
  }
}
