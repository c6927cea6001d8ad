package io.crmkit.analytics.rfm;

import io.crmkit.core.CrmValidationException;
import java.util.List;

/**
 * How RFM values become scores 1..n: one of the conventions in use, as data. Every convention scores
 * each dimension on its own (except {@link Nested}), frequency and monetary value from low (1) to
 * high, and recency reversed, so that the most recent customers get the top score. Values that are
 * equal always get the same score, except under {@link RankFirst}.
 *
 * <p>Quantiles here are R's type 7 (numpy's {@code linear}): for probability {@code p} and sorted
 * values {@code x[1..N]}, {@code index = 1 + (N−1)·p}, {@code lo = floor(index)}, {@code h = index −
 * lo}, and the quantile is {@code (1−h)·x[lo] + h·x[lo+1]} (just {@code x[lo]} when {@code h = 0} or
 * the two are equal). The probabilities of {@code n} bins are {@code i·(1/n)}, as R's {@code
 * seq(0, 1, length.out = n + 1)} and numpy's {@code linspace} compute them.
 */
public sealed interface RfmBinning
    permits RfmBinning.RPackage, RfmBinning.QuantileCut, RfmBinning.RankFirst, RfmBinning.Nested,
        RfmBinning.CutPoints {

  /** The most bins a dimension may have. */
  int MAX_BINS = 100;

  /** The R package {@code rfm}'s binning with 5 bins: the default. */
  static RfmBinning rPackage() {
    return new RPackage(5);
  }

  /** The R package {@code rfm}'s binning ({@link RPackage}). */
  static RfmBinning rPackage(int bins) {
    return new RPackage(bins);
  }

  /** pandas' {@code qcut(values, bins, duplicates='drop')} ({@link QuantileCut}). */
  static RfmBinning quantileCut(int bins) {
    return new QuantileCut(bins);
  }

  /** Equal-count bins over ranks with ties broken by customer number ({@link RankFirst}). */
  static RfmBinning rankFirst(int bins) {
    return new RankFirst(bins);
  }

  /** Frequency inside each recency bin, monetary value inside each R-F cell ({@link Nested}). */
  static RfmBinning nested(RfmBinning within) {
    return new Nested(within);
  }

  /** The user's own cut points per dimension ({@link CutPoints}). */
  static RfmBinning cutPoints(List<Double> recencyDays, List<Double> frequency, List<Double> monetary) {
    return new CutPoints(recencyDays, frequency, monetary);
  }

  /**
   * The R package {@code rfm} 0.3 ({@code rfm_table_order}): the cut points are the interior type-7
   * quantiles of the dimension plus 1, and bin {@code i} holds the values in {@code [lower_i,
   * upper_i)} with {@code lower = (min, cut_1, ..., cut_{n−1})} and {@code upper = (cut_1, ...,
   * cut_{n−1}, max + 1)}. A value's bin is therefore 1 + the number of cut points at or below it.
   * Tied values share a bin, so bins can be uneven or empty (when cut points coincide).
   *
   * @param bins the bins per dimension, 1 to {@value RfmBinning#MAX_BINS}
   */
  record RPackage(int bins) implements RfmBinning {
    /** Checks the number of bins. */
    public RPackage {
      requireBins(bins);
    }
  }

  /**
   * pandas {@code qcut(values, bins, duplicates='drop')} (PyMC-Marketing, with 4 bins): the edges
   * are the type-7 quantiles at {@code 0, 1/n, ..., 1}; repeated edges are dropped, which leaves
   * {@code k <= n} bins {@code [e_0, e_1], (e_1, e_2], ..., (e_{k−1}, e_k]}. Scores are then
   * numbered 1..k from the lowest bin (pandas' codes + 1), so the top score is {@code k}, not
   * {@code n}; recency is reversed within the same {@code k}. When all values are equal there is
   * one bin and everyone scores 1 (pandas gives no bin at all).
   *
   * @param bins the bins asked for per dimension, 1 to {@value RfmBinning#MAX_BINS}
   */
  record QuantileCut(int bins) implements RfmBinning {
    /** Checks the number of bins. */
    public QuantileCut {
      requireBins(bins);
    }
  }

  /**
   * Rank first (the common notebook recipe {@code qcut(values.rank(method='first'), n)}): customers
   * are ranked 1..N by value, ties in customer-number order (for a table built row by row, the order
   * in which customers first appear in the {@link io.crmkit.analytics.transaction.Transactions}), and
   * rank {@code r} goes to bin {@code
   * max(1, ceil((r−1)·n/(N−1)))}: the equal-count bins of pandas' {@code qcut} over the ranks, in
   * exact arithmetic. Every bin is full (when {@code N >= n}), but tied customers may land in
   * different bins. A single customer gets bin 1.
   *
   * @param bins the bins per dimension, 1 to {@value RfmBinning#MAX_BINS}
   */
  record RankFirst(int bins) implements RfmBinning {
    /** Checks the number of bins. */
    public RankFirst {
      requireBins(bins);
    }
  }

  /**
   * Nested (sequential) binning: recency binned over all customers, frequency binned among the
   * customers of each recency score, and monetary value among those of each recency-frequency
   * cell, each time with the convention {@code within}. A frequency score then says how a customer
   * compares with customers of the same recency.
   *
   * @param within the convention inside each group; not itself nested
   */
  record Nested(RfmBinning within) implements RfmBinning {
    /** Checks the inner convention. */
    public Nested {
      CrmValidationException.required("rfm.binning.within", within);
      if (within instanceof Nested) {
        throw CrmValidationException.of("rfm.binning.within", "notNested", within,
            "nested binning takes a plain convention inside its groups");
      }
    }
  }

  /**
   * The user's own cut points, as the R package {@code rfm} takes them: with cut points {@code c_1
   * < ... < c_k} a dimension has {@code k + 1} bins, and a value's bin is 1 + the number of cut
   * points at or below it ({@code [c_{i−1}, c_i)}). Recency cut points are in days; with none, a
   * dimension has one bin.
   *
   * @param recencyDays recency cut points, increasing
   * @param frequency frequency cut points, increasing
   * @param monetary monetary cut points, increasing
   */
  record CutPoints(List<Double> recencyDays, List<Double> frequency, List<Double> monetary) implements RfmBinning {
    /** Checks that each list is finite, increasing and short enough; copies the lists. */
    public CutPoints {
      recencyDays = cutPoints("rfm.binning.recencyDays", recencyDays);
      frequency = cutPoints("rfm.binning.frequency", frequency);
      monetary = cutPoints("rfm.binning.monetary", monetary);
    }

    private static List<Double> cutPoints(String field, List<Double> cuts) {
      CrmValidationException.required(field, cuts);
      if (cuts.size() >= MAX_BINS) {
        throw CrmValidationException.of(field, "atMost" + (MAX_BINS - 1), cuts.size(),
            "a dimension has at most " + MAX_BINS + " bins");
      }
      double previous = Double.NEGATIVE_INFINITY;
      for (Double cut : cuts) {
        if (cut == null || !Double.isFinite(cut)) {
          throw CrmValidationException.of(field, "finite", cut, "every cut point is a finite number");
        }
        if (cut <= previous) {
          throw CrmValidationException.of(field, "increasing", cuts, "cut points go strictly up");
        }
        previous = cut;
      }
      return List.copyOf(cuts);
    }
  }

  private static void requireBins(int bins) {
    if (bins < 1 || bins > MAX_BINS) {
      throw CrmValidationException.of("rfm.binning.bins", "range", bins,
          "give 1 to " + MAX_BINS + " bins per dimension");
    }
  }
}
