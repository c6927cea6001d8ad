package io.crmkit.analytics.rfm;

import java.util.Arrays;
import java.util.List;

/** Applies an {@link RfmBinning} convention to {@link RfmValues}. */
final class Binner {
  private Binner() {}

  /** The three dimensions, for picking a dimension's cut points. */
  enum Dimension { RECENCY, FREQUENCY, MONETARY }

  /**
   * The scores of every customer of the values, by position.
   *
   * @param recency 1..k, most recent highest
   * @param frequency 1..k
   * @param monetary 1..k
   */
  record Scores(int[] recency, int[] frequency, int[] monetary) {}

  /**
   * Bins of some values.
   *
   * @param bins each value's bin, 1..count, lowest values in bin 1
   * @param count the number of bins
   */
  record Binned(int[] bins, int count) {
    /** The bins reversed: bin {@code b} becomes {@code count + 1 − b}. */
    int[] reversed() {
      int[] scores = new int[bins.length];
      for (int i = 0; i < bins.length; i++) {
        scores[i] = count + 1 - bins[i];
      }
      return scores;
    }
  }

  static Scores score(RfmBinning binning, RfmValues values) {
    double[] recency = values.recencyColumn();
    double[] frequency = values.frequencyColumn();
    double[] monetary = values.monetaryColumn();
    if (binning instanceof RfmBinning.Nested nested) {
      return nested(nested.within(), recency, frequency, monetary);
    }
    return new Scores(
        bin(binning, Dimension.RECENCY, recency).reversed(),
        bin(binning, Dimension.FREQUENCY, frequency).bins(),
        bin(binning, Dimension.MONETARY, monetary).bins());
  }

  private static Scores nested(RfmBinning within, double[] recency, double[] frequency, double[] monetary) {
    int[] recencyScores = bin(within, Dimension.RECENCY, recency).reversed();
    int[] frequencyScores = new int[frequency.length];
    binWithinGroups(within, Dimension.FREQUENCY, frequency, recencyKeys(recencyScores), frequencyScores);
    int[] monetaryScores = new int[monetary.length];
    binWithinGroups(within, Dimension.MONETARY, monetary, groupKeys(recencyScores, frequencyScores), monetaryScores);
    return new Scores(recencyScores, frequencyScores, monetaryScores);
  }

  /** One key per customer: its recency score. */
  private static long[] recencyKeys(int[] recency) {
    long[] keys = new long[recency.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = recency[i];
    }
    return keys;
  }

  /** One key per customer: its recency and frequency scores together. */
  private static long[] groupKeys(int[] recency, int[] frequency) {
    long[] keys = new long[recency.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = ((long) recency[i] << 32) | frequency[i];
    }
    return keys;
  }

  /** Bins the values of each group (customers with equal keys) on their own. */
  private static void binWithinGroups(RfmBinning within, Dimension dimension, double[] values, long[] keys, int[] out) {
    // group key (scores below 2^15 each) above, position below: sorting keeps positions in order within a group
    long[] order = new long[keys.length];
    for (int i = 0; i < order.length; i++) {
      long group = ((keys[i] >>> 32) << 15) | (keys[i] & 0x7FFF);
      order[i] = (group << 32) | i;
    }
    Arrays.sort(order);
    int start = 0;
    while (start < order.length) {
      long group = order[start] >>> 32;
      int end = start + 1;
      while (end < order.length && order[end] >>> 32 == group) {
        end++;
      }
      double[] members = new double[end - start];
      for (int i = start; i < end; i++) {
        members[i - start] = values[(int) order[i]];
      }
      int[] bins = bin(within, dimension, members).bins();
      for (int i = start; i < end; i++) {
        out[(int) order[i]] = bins[i - start];
      }
      start = end;
    }
  }

  /** The bins of one dimension's values (by position) under a plain convention. */
  static Binned bin(RfmBinning convention, Dimension dimension, double[] values) {
    if (values.length == 0) {
      return new Binned(new int[0], 1);
    }
    if (convention instanceof RfmBinning.RPackage r) {
      return rPackage(values, r.bins());
    }
    if (convention instanceof RfmBinning.QuantileCut q) {
      return quantileCut(values, q.bins());
    }
    if (convention instanceof RfmBinning.RankFirst rank) {
      return rankFirst(values, rank.bins());
    }
    if (convention instanceof RfmBinning.CutPoints cuts) {
      List<Double> points = switch (dimension) {
        case RECENCY -> cuts.recencyDays();
        case FREQUENCY -> cuts.frequency();
        case MONETARY -> cuts.monetary();
      };
      return atOrBelow(values, points.stream().mapToDouble(Double::doubleValue).toArray());
    }
    throw new IllegalArgumentException("a nested convention inside a group: " + convention);
  }

  /** R's {@code rfm}: cut points at the interior type-7 quantiles plus 1. */
  static Binned rPackage(double[] values, int bins) {
    double[] probabilities = new double[bins - 1];
    for (int i = 1; i < bins; i++) {
      probabilities[i - 1] = Quantiles.probability(i, bins);
    }
    double[] cuts = Quantiles.type7(values, probabilities);
    for (int i = 0; i < cuts.length; i++) {
      cuts[i] += 1;
    }
    Binned binned = atOrBelow(values, cuts);
    return new Binned(binned.bins(), bins);
  }

  /** pandas' {@code qcut} with duplicate edges dropped: bins {@code (e_{j−1}, e_j]}, the first closed. */
  static Binned quantileCut(double[] values, int bins) {
    double[] probabilities = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      probabilities[i] = Quantiles.probability(i, bins);
    }
    double[] quantiles = Quantiles.type7(values, probabilities);
    double[] edges = new double[bins + 1];
    int distinct = 0;
    for (int i = 0; i <= bins; i++) {
      double edge = quantiles[i];
      if (distinct == 0 || edge != edges[distinct - 1]) {
        edges[distinct++] = edge;
      }
    }
    int count = Math.max(1, distinct - 1);
    int[] out = new int[values.length];
    for (int v = 0; v < values.length; v++) {
      int below = 0;
      while (below < distinct && edges[below] < values[v]) {
        below++;
      }
      out[v] = Math.max(1, below);
    }
    return new Binned(out, count);
  }

  /** Ranks with ties in position order, then equal-count bins. */
  static Binned rankFirst(double[] values, int bins) {
    int n = values.length;
    int[] order = stableOrder(values);
    int[] out = new int[n];
    for (int r = 1; r <= n; r++) {
      long numerator = (long) (r - 1) * bins;
      int bin = n == 1 ? 1 : (int) Math.max(1, (numerator + (n - 1) - 1) / (n - 1));
      out[order[r - 1]] = bin;
    }
    return new Binned(out, bins);
  }

  /** Bin = 1 + the number of cut points (ascending) at or below the value. */
  static Binned atOrBelow(double[] values, double[] cuts) {
    int[] out = new int[values.length];
    if (cuts.length <= 8) {
      for (int v = 0; v < values.length; v++) {
        double value = values[v];
        int bin = 1;
        for (double cut : cuts) {
          bin += cut <= value ? 1 : 0;
        }
        out[v] = bin;
      }
    } else {
      for (int v = 0; v < values.length; v++) {
        int low = 0;
        int high = cuts.length;
        while (low < high) {
          int middle = (low + high) >>> 1;
          if (cuts[middle] <= values[v]) {
            low = middle + 1;
          } else {
            high = middle;
          }
        }
        out[v] = low + 1;
      }
    }
    return new Binned(out, cuts.length + 1);
  }

  /** Positions sorted by value, equal values in position order (a stable merge sort). */
  static int[] stableOrder(double[] values) {
    int n = values.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] buffer = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int left = 0; left < n; left += 2 * width) {
        int middle = Math.min(left + width, n);
        int right = Math.min(left + 2 * width, n);
        int i = left;
        int j = middle;
        int k = left;
        while (i < middle && j < right) {
          buffer[k++] = values[order[j]] < values[order[i]] ? order[j++] : order[i++];
        }
        while (i < middle) {
          buffer[k++] = order[i++];
        }
        while (j < right) {
          buffer[k++] = order[j++];
        }
      }
      int[] swap = order;
      order = buffer;
      buffer = swap;
    }
    return order;
  }
}
