package io.crmkit.scoring.evaluation;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Scores of leads paired with their outcomes, and the measures that judge the score: ROC AUC, the
 * ROC curve, the Brier score, calibration, lift and gain by decile, and thresholds.
 *
 * <p>A score is any number where higher means "more likely to be won" (a rule score, a model's
 * probability); the Brier score and calibration need probabilities (0..1). Leads with equal scores
 * are never ordered among themselves: the AUC counts a tie between a won and a lost lead as half,
 * the ROC curve moves diagonally across a tie, and lift shares tied leads across a decile boundary in
 * proportion. The leads' order therefore never changes a result. Immutable.
 */
public final class ScoredOutcomes {
  private final double[] scores;
  private final boolean[] won;
  private final int wonCount;
  /** Tie groups from the highest score down: the score, the group's leads and won leads. */
  private final double[] groupScore;
  private final int[] groupLeads;
  private final int[] groupWon;

  private ScoredOutcomes(double[] scores, boolean[] won) {
    if (scores.length != won.length) {
      throw CrmValidationException.of(
          "outcomes", "length", won.length, scores.length + " scores and " + won.length + " outcomes");
    }
    if (scores.length == 0) {
      throw CrmValidationException.of("scores", "empty", 0, "at least one scored lead");
    }
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i])) {
        throw CrmValidationException.of("scores[" + i + "]", "finite", scores[i], "a score is a finite number");
      }
    }
    this.scores = scores.clone();
    this.won = won.clone();
    int count = 0;
    for (boolean w : won) {
      count += w ? 1 : 0;
    }
    this.wonCount = count;
    Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -this.scores[i]));
    List<double[]> groups = new ArrayList<>();
    int start = 0;
    while (start < order.length) {
      double score = this.scores[order[start]];
      int end = start;
      int groupWonCount = 0;
      while (end < order.length && this.scores[order[end]] == score) {
        groupWonCount += this.won[order[end]] ? 1 : 0;
        end++;
      }
      groups.add(new double[] {score, end - start, groupWonCount});
      start = end;
    }
    groupScore = groups.stream().mapToDouble(g -> g[0]).toArray();
    groupLeads = groups.stream().mapToInt(g -> (int) g[1]).toArray();
    groupWon = groups.stream().mapToInt(g -> (int) g[2]).toArray();
  }

  /**
   * Pairs scores with outcomes.
   *
   * @param scores one score per lead, finite
   * @param won whether each lead was won
   * @throws CrmValidationException when the arrays differ in length ({@code outcomes}, rule {@code
   *     length}), are empty ({@code scores}, {@code empty}) or a score is NaN or infinite ({@code
   *     scores[i]}, {@code finite})
   */
  public static ScoredOutcomes of(double[] scores, boolean[] won) {
    return new ScoredOutcomes(
        CrmValidationException.required("scores", scores), CrmValidationException.required("outcomes", won));
  }

  /**
   * Pairs scores with 0/1 outcomes (1 is won).
   *
   * @throws CrmValidationException when an outcome is neither 0 nor 1 ({@code outcomes[i]}, rule
   *     {@code not-0-or-1}), or as {@link #of(double[], boolean[])}
   */
  public static ScoredOutcomes of(double[] scores, int[] outcomes) {
    CrmValidationException.required("outcomes", outcomes);
    boolean[] won = new boolean[outcomes.length];
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] != 0 && outcomes[i] != 1) {
        throw CrmValidationException.of("outcomes[" + i + "]", "not-0-or-1", outcomes[i], "an outcome is 0 (lost) or 1 (won)");
      }
      won[i] = outcomes[i] == 1;
    }
    return of(scores, won);
  }

  /** The number of leads. */
  public int size() {
    return scores.length;
  }

  /** The number of won leads. */
  public int wonCount() {
    return wonCount;
  }

  /** The share of leads won. */
  public double baseRate() {
    return (double) wonCount / scores.length;
  }

  /** The scores, a fresh copy in the leads' order. */
  public double[] scores() {
    return scores.clone();
  }

  /** The outcomes, a fresh copy in the leads' order. */
  public boolean[] outcomes() {
    return won.clone();
  }

  /**
   * The ROC AUC: the chance that a won lead scores above a lost one, ties counting half. Computed
   * with average ranks: {@code AUC = (R+ - n+(n+ + 1)/2) / (n+ n-)}, where {@code R+} is the sum of
   * the won leads' ranks (from 1 for the lowest score, tied scores sharing their mean rank).
   *
   * @throws CrmValidationException when the leads were all won or all lost ({@code outcomes}, rule
   *     {@code single-class})
   */
  public double auc() {
    requireBothOutcomes();
    double wonRankSum = 0.0;
    int below = scores.length;
    for (int g = 0; g < groupScore.length; g++) {
      below -= groupLeads[g];
      double meanRank = below + (groupLeads[g] + 1) / 2.0;
      wonRankSum += groupWon[g] * meanRank;
    }
    double positives = wonCount;
    double negatives = scores.length - wonCount;
    return (wonRankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
  }

  /**
   * The ROC curve: from (0, 0) to (1, 1), one point per distinct score from the highest down. Its
   * area (trapezoids) is the {@link #auc()}.
   *
   * @throws CrmValidationException when the leads were all won or all lost
   */
  public List<RocPoint> rocCurve() {
    requireBothOutcomes();
    double positives = wonCount;
    double negatives = scores.length - wonCount;
    List<RocPoint> points = new ArrayList<>(groupScore.length + 1);
    points.add(new RocPoint(Double.POSITIVE_INFINITY, 0.0, 0.0));
    int truePositives = 0;
    int falsePositives = 0;
    for (int g = 0; g < groupScore.length; g++) {
      truePositives += groupWon[g];
      falsePositives += groupLeads[g] - groupWon[g];
      points.add(new RocPoint(groupScore[g], falsePositives / negatives, truePositives / positives));
    }
    return List.copyOf(points);
  }

  /**
   * The Brier score: the mean of {@code (p - y)^2} over the leads, where {@code y} is 1 for won.
   *
   * @throws CrmValidationException when a score is not a probability ({@code scores[i]}, rule {@code
   *     probability})
   */
  public double brier() {
    requireProbabilities();
    double sum = 0.0;
    for (int i = 0; i < scores.length; i++) {
      double error = scores[i] - (won[i] ? 1.0 : 0.0);
      sum += error * error;
    }
    return sum / scores.length;
  }

  /**
   * Calibration: the leads in bins of predicted probability, with the mean prediction and the
   * observed rate of each; empty bins are dropped.
   *
   * @param bins the number of bins, 1 or more
   * @throws CrmValidationException when {@code bins} is below 1 ({@code calibration.bins}, rule
   *     {@code range}) or a score is not a probability
   */
  public List<CalibrationBin> calibration(int bins, Binning binning) {
    if (bins < 1) {
      throw CrmValidationException.of("calibration.bins", "range", bins, "at least one bin");
    }
    CrmValidationException.required("calibration.binning", binning);
    requireProbabilities();
    double[] upperCuts = new double[bins];
    if (binning == Binning.UNIFORM) {
      for (int b = 0; b < bins; b++) {
        upperCuts[b] = (double) (b + 1) / bins;
      }
    } else {
      double[] sorted = scores.clone();
      Arrays.sort(sorted);
      for (int b = 0; b < bins; b++) {
        upperCuts[b] = sorted[(int) Math.ceil((double) (b + 1) * sorted.length / bins) - 1];
      }
    }
    upperCuts[bins - 1] = Double.POSITIVE_INFINITY;
    int[] leads = new int[bins];
    int[] wonLeads = new int[bins];
    double[] predicted = new double[bins];
    double[] lowest = new double[bins];
    double[] highest = new double[bins];
    Arrays.fill(lowest, Double.POSITIVE_INFINITY);
    Arrays.fill(highest, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < scores.length; i++) {
      int b = binOf(scores[i], upperCuts, binning);
      leads[b]++;
      wonLeads[b] += won[i] ? 1 : 0;
      predicted[b] += scores[i];
      lowest[b] = Math.min(lowest[b], scores[i]);
      highest[b] = Math.max(highest[b], scores[i]);
    }
    List<CalibrationBin> result = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      if (leads[b] == 0) {
        continue;
      }
      double lower = binning == Binning.UNIFORM ? (double) b / bins : lowest[b];
      double upper = binning == Binning.UNIFORM ? (double) (b + 1) / bins : highest[b];
      result.add(new CalibrationBin(lower, upper, leads[b], predicted[b] / leads[b], (double) wonLeads[b] / leads[b]));
    }
    return List.copyOf(result);
  }

  /** The bin of a probability: uniform bins hold their lower edge, quantile bins their upper cut. */
  private static int binOf(double score, double[] upperCuts, Binning binning) {
    for (int b = 0; b < upperCuts.length; b++) {
      boolean inside = binning == Binning.UNIFORM ? score < upperCuts[b] : score <= upperCuts[b];
      if (inside) {
        return b;
      }
    }
    return upperCuts.length - 1;
  }

  /**
   * Lift and gain by decile: the leads from the highest score down cut into ten slices of equal size.
   *
   * @throws CrmValidationException when no lead was won ({@code outcomes}, rule {@code no-won-lead})
   */
  public List<DecileRow> deciles() {
    requireWonLead();
    double n = scores.length;
    double base = baseRate();
    List<DecileRow> rows = new ArrayList<>(10);
    double capturedBefore = 0.0;
    for (int d = 1; d <= 10; d++) {
      double captured = wonAmongTop(n * d / 10.0);
      double slice = n / 10.0;
      double sliceWon = captured - capturedBefore;
      double rate = sliceWon / slice;
      rows.add(new DecileRow(
          d, slice, sliceWon, rate, rate / base, captured / (n * d / 10.0) / base, captured / wonCount));
      capturedBefore = captured;
    }
    return List.copyOf(rows);
  }

  /**
   * The lift at the top of the list: the conversion rate of the given share of leads scored highest
   * over the base rate ({@code liftAt(0.1)} is the top-decile lift).
   *
   * @param topShare the share of leads, above 0 and at most 1
   * @throws CrmValidationException when the share is out of range ({@code lift.topShare}, rule {@code
   *     range}) or no lead was won
   */
  public double liftAt(double topShare) {
    requireShare(topShare);
    requireWonLead();
    double top = scores.length * topShare;
    return wonAmongTop(top) / top / baseRate();
  }

  /**
   * The gain at the top of the list: the share of all won leads among the given share of leads scored
   * highest.
   *
   * @throws CrmValidationException when the share is out of range or no lead was won
   */
  public double gainAt(double topShare) {
    requireShare(topShare);
    requireWonLead();
    return wonAmongTop(scores.length * topShare) / wonCount;
  }

  /** The won leads among the first {@code top} leads from the highest score down (ties shared in proportion). */
  private double wonAmongTop(double top) {
    double taken = 0.0;
    double wonTaken = 0.0;
    for (int g = 0; g < groupScore.length && taken < top; g++) {
      double share = Math.min(1.0, (top - taken) / groupLeads[g]);
      wonTaken += share * groupWon[g];
      taken += groupLeads[g];
    }
    return wonTaken;
  }

  /**
   * The threshold with the best F1 (the harmonic mean of precision and recall) among the leads'
   * scores; of equal F1, the highest threshold (fewest leads routed).
   *
   * @throws CrmValidationException when no lead was won
   */
  public ThresholdChoice bestF1Threshold() {
    return thresholds().stream().reduce((best, next) -> next.f1() > best.f1() ? next : best).orElseThrow();
  }

  /**
   * The lowest threshold (the most won leads routed) whose precision is at least the target; empty
   * when no threshold reaches it.
   *
   * @param targetPrecision the share of routed leads that should be won, above 0 and at most 1
   * @throws CrmValidationException when the target is out of range ({@code threshold.precision},
   *     rule {@code range}) or no lead was won
   */
  public Optional<ThresholdChoice> thresholdForPrecision(double targetPrecision) {
    if (!(targetPrecision > 0.0 && targetPrecision <= 1.0)) {
      throw CrmValidationException.of("threshold.precision", "range", targetPrecision, "a precision above 0 and at most 1");
    }
    return thresholds().stream().filter(c -> c.precision() >= targetPrecision).reduce((higher, lower) -> lower);
  }

  /** Every threshold at a distinct score, from the highest down, with its precision, recall and F1. */
  public List<ThresholdChoice> thresholds() {
    requireWonLead();
    List<ThresholdChoice> choices = new ArrayList<>(groupScore.length);
    int selected = 0;
    int truePositives = 0;
    for (int g = 0; g < groupScore.length; g++) {
      selected += groupLeads[g];
      truePositives += groupWon[g];
      double precision = (double) truePositives / selected;
      double recall = (double) truePositives / wonCount;
      double f1 = truePositives == 0 ? 0.0 : 2.0 * truePositives / (selected + wonCount);
      choices.add(new ThresholdChoice(groupScore[g], selected, precision, recall, f1));
    }
    return List.copyOf(choices);
  }

  /**
   * The headline numbers: AUC, Brier score and top-decile lift.
   *
   * @throws CrmValidationException when the leads were all won or all lost, or a score is not a probability
   */
  public ScoreSummary summary() {
    return new ScoreSummary(scores.length, wonCount, auc(), brier(), liftAt(0.1));
  }

  private void requireBothOutcomes() {
    if (wonCount == 0 || wonCount == scores.length) {
      throw CrmValidationException.of(
          "outcomes", "single-class", wonCount + " won of " + scores.length, "the measure needs won and lost leads");
    }
  }

  private void requireWonLead() {
    if (wonCount == 0) {
      throw CrmValidationException.of("outcomes", "no-won-lead", 0, "the measure needs at least one won lead");
    }
  }

  private void requireProbabilities() {
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] < 0.0 || scores[i] > 1.0) {
        throw CrmValidationException.of("scores[" + i + "]", "probability", scores[i], "a probability is from 0 to 1");
      }
    }
  }

  private static void requireShare(double share) {
    if (!(share > 0.0 && share <= 1.0)) {
      throw CrmValidationException.of("lift.topShare", "range", share, "a share above 0 and at most 1");
    }
  }

  @Override
  public String toString() {
    return "ScoredOutcomes[" + scores.length + " leads, " + wonCount + " won]";
  }
}
