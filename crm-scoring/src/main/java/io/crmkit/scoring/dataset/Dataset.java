package io.crmkit.scoring.dataset;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A table of closed leads: one row per lead, one column per {@link Feature}, and the outcome of each
 * lead. Made from leads ({@link #of(Collection)}) or read from a CSV file ({@link CsvDatasetReader}).
 *
 * <p>The columns are kept in primitive arrays (numbers as {@code double}, categories as indexes into
 * the feature's levels), so that training reads them without boxing. A missing number reads as NaN,
 * a missing category as {@code -1}. A dataset is immutable and safe to share between threads.
 */
public final class Dataset {
  private static final double[] NO_NUMBERS = new double[0];
  private static final int[] NO_LEVELS = new int[0];

  private final List<Feature> features;
  private final Map<String, Integer> featureIndex;
  private final double[][] numbers;
  private final int[][] levels;
  private final boolean[] won;
  private final int wonCount;

  private Dataset(List<Feature> features, double[][] numbers, int[][] levels, boolean[] won) {
    if (won.length == 0) {
      throw CrmValidationException.of("dataset.leads", "empty", 0, "a dataset holds at least one lead");
    }
    this.features = List.copyOf(features);
    this.featureIndex = new HashMap<>();
    for (int f = 0; f < features.size(); f++) {
      if (featureIndex.put(features.get(f).name(), f) != null) {
        throw CrmValidationException.of(
            "dataset.features", "duplicate", features.get(f).name(), "each feature is named once");
      }
    }
    this.numbers = numbers;
    this.levels = levels;
    this.won = won;
    int count = 0;
    for (boolean w : won) {
      count += w ? 1 : 0;
    }
    this.wonCount = count;
  }

  /**
   * Makes a dataset of closed leads. A feature whose values are all numbers is numeric; one whose
   * values are all categories is categorical; the features are in the order of their names, the
   * rows in the order of the leads, the levels of a category in order of first appearance.
   *
   * @throws CrmValidationException when there are no leads ({@code dataset.leads}, rule {@code
   *     empty}) or a feature has numbers for some leads and categories for others ({@code
   *     lead.<name>}, rule {@code mixed-types})
   */
  public static Dataset of(Collection<ClosedLead> leads) {
    CrmValidationException.required("dataset.leads", leads);
    Map<String, Boolean> numeric = new TreeMap<>();
    for (ClosedLead lead : leads) {
      CrmValidationException.required("dataset.lead", lead);
      lead.facts().values().forEach((name, value) -> {
        boolean isNumber = value instanceof FeatureValue.Numeric;
        Boolean seen = numeric.putIfAbsent(name, isNumber);
        if (seen != null && seen != isNumber) {
          throw CrmValidationException.of(
              "lead." + name, "mixed-types", value.text(), "a feature holds numbers or categories, not both");
        }
      });
    }
    int rows = leads.size();
    int columns = numeric.size();
    List<Feature> features = new ArrayList<>(columns);
    double[][] numbers = new double[columns][];
    int[][] codes = new int[columns][];
    int f = 0;
    for (Map.Entry<String, Boolean> column : numeric.entrySet()) {
      String name = column.getKey();
      if (column.getValue()) {
        double[] values = new double[rows];
        int row = 0;
        for (ClosedLead lead : leads) {
          values[row++] = lead.facts().value(name)
              .map(v -> ((FeatureValue.Numeric) v).value())
              .orElse(Double.NaN);
        }
        features.add(new NumericFeature(name));
        numbers[f] = values;
        codes[f] = NO_LEVELS;
      } else {
        Map<String, Integer> levelIndex = new LinkedHashMap<>();
        int[] values = new int[rows];
        int row = 0;
        for (ClosedLead lead : leads) {
          Optional<FeatureValue> value = lead.facts().value(name);
          values[row++] = value.isEmpty()
              ? -1
              : levelIndex.computeIfAbsent(value.get().text(), k -> levelIndex.size());
        }
        features.add(new CategoricalFeature(name, List.copyOf(levelIndex.keySet())));
        numbers[f] = NO_NUMBERS;
        codes[f] = values;
      }
      f++;
    }
    boolean[] won = new boolean[rows];
    int row = 0;
    for (ClosedLead lead : leads) {
      won[row++] = lead.isWon();
    }
    return new Dataset(features, numbers, codes, won);
  }

  /**
   * Makes a dataset from columns already read (the CSV reader's way in). The arrays are taken, not
   * copied: the caller hands them over.
   */
  static Dataset ofColumns(List<Feature> features, List<double[]> numbers, List<int[]> levels, boolean[] won) {
    double[][] n = new double[features.size()][];
    int[][] l = new int[features.size()][];
    for (int f = 0; f < features.size(); f++) {
      boolean isNumeric = features.get(f) instanceof NumericFeature;
      n[f] = isNumeric ? numbers.get(f) : NO_NUMBERS;
      l[f] = isNumeric ? NO_LEVELS : levels.get(f);
    }
    return new Dataset(features, n, l, won);
  }

  /** The features, in column order. */
  public List<Feature> features() {
    return features;
  }

  /** The column of a feature, empty when the dataset has no such feature. */
  public OptionalInt indexOf(String feature) {
    Integer index = featureIndex.get(feature);
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /** The feature of a column. */
  public Feature feature(int column) {
    return features.get(column);
  }

  /** The number of leads (rows). */
  public int size() {
    return won.length;
  }

  /** The number of won leads. */
  public int wonCount() {
    return wonCount;
  }

  /** The number of lost leads. */
  public int lostCount() {
    return won.length - wonCount;
  }

  /** Whether the lead of a row was won. */
  public boolean won(int row) {
    return won[row];
  }

  /** The outcome of the lead of a row. */
  public Outcome outcome(int row) {
    return Outcome.ofWon(won[row]);
  }

  /**
   * The number in a numeric column, NaN when missing.
   *
   * @throws IllegalArgumentException when the column is categorical
   */
  public double number(int column, int row) {
    if (!(features.get(column) instanceof NumericFeature)) {
      throw new IllegalArgumentException(features.get(column).name() + " is not numeric");
    }
    return numbers[column][row];
  }

  /**
   * The level (an index into {@link CategoricalFeature#levels()}) in a categorical column, {@code -1}
   * when missing.
   *
   * @throws IllegalArgumentException when the column is numeric
   */
  public int level(int column, int row) {
    if (!(features.get(column) instanceof CategoricalFeature)) {
      throw new IllegalArgumentException(features.get(column).name() + " is not categorical");
    }
    return levels[column][row];
  }

  /** The value in a column, empty when missing. */
  public Optional<FeatureValue> value(int column, int row) {
    Feature feature = features.get(column);
    if (feature instanceof CategoricalFeature categorical) {
      int level = levels[column][row];
      return level < 0 ? Optional.empty() : Optional.of(new FeatureValue.Category(categorical.levels().get(level)));
    }
    double number = numbers[column][row];
    return Double.isNaN(number) ? Optional.empty() : Optional.of(new FeatureValue.Numeric(number));
  }

  /** What is known about the lead of a row. */
  public LeadFacts facts(int row) {
    LeadFacts.Builder facts = LeadFacts.builder();
    for (int f = 0; f < features.size(); f++) {
      int column = f;
      value(f, row).ifPresent(v -> facts.set(features.get(column).name(), v));
    }
    return facts.build();
  }

  /** The lead of a row with its outcome. */
  public ClosedLead closedLead(int row) {
    return new ClosedLead(facts(row), outcome(row));
  }

  /** The outcomes as 0/1 labels (1 is won), a fresh array. */
  public int[] labels() {
    int[] labels = new int[won.length];
    for (int i = 0; i < won.length; i++) {
      labels[i] = won[i] ? 1 : 0;
    }
    return labels;
  }

  /**
   * The dataset of some rows, in the order given (a row may repeat). The features, and the levels of
   * each category, stay the same, so that models trained on one part read another alike.
   *
   * @throws CrmValidationException when no row is given or a row is out of range
   */
  public Dataset rows(int[] rows) {
    for (int row : rows) {
      if (row < 0 || row >= won.length) {
        throw CrmValidationException.of("dataset.rows", "range", row, "a row is from 0 to " + (won.length - 1));
      }
    }
    double[][] n = new double[features.size()][];
    int[][] l = new int[features.size()][];
    for (int f = 0; f < features.size(); f++) {
      n[f] = numbers[f].length == 0 ? NO_NUMBERS : pick(numbers[f], rows);
      l[f] = levels[f].length == 0 ? NO_LEVELS : pick(levels[f], rows);
    }
    boolean[] w = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      w[i] = won[rows[i]];
    }
    return new Dataset(features, n, l, w);
  }

  /** The dataset without some features (names it does not have are ignored). */
  public Dataset without(Collection<String> featureNames) {
    List<Feature> kept = new ArrayList<>();
    List<double[]> n = new ArrayList<>();
    List<int[]> l = new ArrayList<>();
    for (int f = 0; f < features.size(); f++) {
      if (!featureNames.contains(features.get(f).name())) {
        kept.add(features.get(f));
        n.add(numbers[f]);
        l.add(levels[f]);
      }
    }
    return ofColumns(kept, n, l, won);
  }

  private static double[] pick(double[] values, int[] rows) {
    double[] picked = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      picked[i] = values[rows[i]];
    }
    return picked;
  }

  private static int[] pick(int[] values, int[] rows) {
    int[] picked = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      picked[i] = values[rows[i]];
    }
    return picked;
  }

  /** Two datasets are equal when they hold the same features, values and outcomes in the same order. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Dataset that)) {
      return false;
    }
    return features.equals(that.features)
        && Arrays.deepEquals(numbers, that.numbers)
        && Arrays.deepEquals(levels, that.levels)
        && Arrays.equals(won, that.won);
  }

  @Override
  public int hashCode() {
    return 31 * features.hashCode() + Arrays.hashCode(won);
  }

  /** A short description: the numbers of leads, won leads and features. */
  @Override
  public String toString() {
    return "Dataset[" + size() + " leads, " + wonCount + " won, " + features.size() + " features]";
  }
}
