package io.crmkit.analytics.rfm;

import java.util.Arrays;

/**
 * The values at given positions of the sorted order (0-based), without sorting all of them: by a
 * histogram when the values are whole numbers in a small range (recency days, order counts);
 * otherwise by counting the values into 65,536 equal slices of their range, which tells the slice
 * and the rank within it of every wanted position, and selecting within the few slices that hold
 * one (a three-way quickselect that recurses only into the parts holding wanted positions).
 */
final class OrderStatistics {
  /** Below this size a part is sorted. */
  private static final int SMALL = 48;

  /** The slices of the range when the values are not small whole numbers. */
  private static final int SLICES = 1 << 16;

  private OrderStatistics() {}

  /**
   * The values at the positions, as {@code sorted(values)[positions[i]]}.
   *
   * @param positions ascending, each within the values
   */
  static double[] select(double[] values, int[] positions) {
    return select(values, positions, SLICES);
  }

  /** {@link #select(double[], int[])} with a number of slices, which tests make small. */
  static double[] select(double[] values, int[] positions, int slices) {
    double[] selected = new double[positions.length];
    if (positions.length == 0) {
      return selected;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    boolean whole = true;
    for (double value : values) {
      min = Math.min(min, value);
      max = Math.max(max, value);
      whole &= value == Math.rint(value);
    }
    if (whole && max - min <= Math.max(1_024, 4.0 * values.length) && max - min < 1 << 26) {
      return byHistogram(values, positions, (long) min, (int) (max - min) + 1);
    }
    if (min == max) {
      Arrays.fill(selected, min);
      return selected;
    }
    if (Double.isFinite(max - min) && values.length > 4 * slices) {
      return bySlices(values, positions, min, max, slices);
    }
    return byQuickselect(values.clone(), positions);
  }

  private static double[] byQuickselect(double[] work, int[] positions) {
    double[] selected = new double[positions.length];
    select(work, 0, work.length - 1, positions, 0, positions.length - 1);
    for (int i = 0; i < positions.length; i++) {
      selected[i] = work[positions[i]];
    }
    return selected;
  }

  /**
   * Counts the values into equal slices of {@code [min, max]} (the slice of a value never decreases
   * with the value: a subtraction and a product by a positive number round monotonically), then
   * selects within the slices that hold wanted positions.
   */
  private static double[] bySlices(double[] values, int[] positions, double min, double max, int slices) {
    double scale = slices / (max - min);
    int[] counts = new int[slices + 1];
    for (double value : values) {
      counts[slice(value, min, scale, slices)]++;
    }
    // the slice of each wanted position, and the values before that slice
    int[] sliceOf = new int[positions.length];
    int[] before = new int[positions.length];
    int p = 0;
    int seen = 0;
    for (int slice = 0; slice <= slices && p < positions.length; slice++) {
      while (p < positions.length && positions[p] < seen + counts[slice]) {
        sliceOf[p] = slice;
        before[p] = seen;
        p++;
      }
      seen += counts[slice];
    }
    int[] wantedSlices = Arrays.stream(sliceOf).distinct().toArray();
    double[][] members = new double[wantedSlices.length][];
    int[] filled = new int[wantedSlices.length];
    int[] memberOf = new int[slices + 1];
    Arrays.fill(memberOf, -1);
    for (int w = 0; w < wantedSlices.length; w++) {
      memberOf[wantedSlices[w]] = w;
      members[w] = new double[counts[wantedSlices[w]]];
    }
    for (double value : values) {
      int w = memberOf[slice(value, min, scale, slices)];
      if (w >= 0) {
        members[w][filled[w]++] = value;
      }
    }
    double[] selected = new double[positions.length];
    for (int w = 0; w < wantedSlices.length; w++) {
      int[] within = positionsWithin(wantedSlices[w], sliceOf, before, positions);
      double[] at = byQuickselect(members[w], within);
      for (int i = 0, k = 0; i < positions.length; i++) {
        if (sliceOf[i] == wantedSlices[w]) {
          selected[i] = at[k++];
        }
      }
    }
    return selected;
  }

  private static int slice(double value, double min, double scale, int slices) {
    return Math.min(slices, (int) ((value - min) * scale));
  }

  private static int[] positionsWithin(int slice, int[] sliceOf, int[] before, int[] positions) {
    return java.util.stream.IntStream.range(0, positions.length)
        .filter(i -> sliceOf[i] == slice)
        .map(i -> positions[i] - before[i])
        .toArray();
  }

  private static double[] byHistogram(double[] values, int[] positions, long min, int range) {
    int[] counts = new int[range];
    for (double value : values) {
      counts[(int) ((long) value - min)]++;
    }
    double[] selected = new double[positions.length];
    int p = 0;
    long seen = 0;
    for (int bucket = 0; bucket < range && p < positions.length; bucket++) {
      seen += counts[bucket];
      while (p < positions.length && positions[p] < seen) {
        selected[p++] = min + bucket;
      }
    }
    return selected;
  }

  /** Puts the values of the wanted positions {@code positions[pFrom..pTo]} within {@code a[from..to]} in place. */
  private static void select(double[] a, int from, int to, int[] positions, int pFrom, int pTo) {
    while (pFrom <= pTo && from < to) {
      if (to - from < SMALL) {
        Arrays.sort(a, from, to + 1);
        return;
      }
      double pivot = median(a[from], a[(from + to) >>> 1], a[to]);
      int lt = from;
      int gt = to;
      int i = from;
      while (i <= gt) {
        double value = a[i];
        if (value < pivot) {
          a[i++] = a[lt];
          a[lt++] = value;
        } else if (value > pivot) {
          a[i] = a[gt];
          a[gt--] = value;
        } else {
          i++;
        }
      }
      int below = pFrom;
      while (below <= pTo && positions[below] < lt) {
        below++;
      }
      int above = below;
      while (above <= pTo && positions[above] <= gt) {
        above++;
      }
      select(a, from, lt - 1, positions, pFrom, below - 1);
      from = gt + 1;
      pFrom = above;
    }
  }

  private static double median(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
