package io.crmkit.analytics.rfm;

import io.crmkit.analytics.transaction.Transactions;
import java.time.LocalDate;

/** Tables of purchases for the RFM tests, made from one value per customer. */
final class RfmFixtures {
  /** The analysis date of the fixtures. */
  static final LocalDate AS_OF = LocalDate.parse("2024-07-01");

  private RfmFixtures() {}

  /**
   * One customer per index ({@code c0}, {@code c1}, ...) whose last purchase is {@code recencyDays[i]}
   * days before {@link #AS_OF}, with {@code frequency[i]} purchases in all whose amounts add up to
   * {@code monetary[i]}: the first purchases (one day earlier than the last, and before) carry 1 each,
   * the last carries the rest.
   */
  static Transactions customers(int[] recencyDays, int[] frequency, double[] monetary) {
    Transactions.Builder table = Transactions.builder();
    for (int c = 0; c < recencyDays.length; c++) {
      LocalDate last = AS_OF.minusDays(recencyDays[c]);
      for (int p = frequency[c] - 1; p >= 1; p--) {
        table.add("c" + c, last.minusDays(p), 1);
      }
      table.add("c" + c, last, monetary[c] - (frequency[c] - 1));
    }
    return table.build();
  }

  /** Customers differing only in one dimension; the others are constant. */
  static Transactions byRecency(int... recencyDays) {
    int[] ones = new int[recencyDays.length];
    java.util.Arrays.fill(ones, 1);
    double[] tens = new double[recencyDays.length];
    java.util.Arrays.fill(tens, 10);
    return customers(recencyDays, ones, tens);
  }

  /** Customers differing only in frequency, last purchase on the analysis date, 100 spent. */
  static Transactions byFrequency(int... frequency) {
    int[] zero = new int[frequency.length];
    double[] hundred = new double[frequency.length];
    java.util.Arrays.fill(hundred, 100);
    return customers(zero, frequency, hundred);
  }

  /** Customers differing only in monetary value, one purchase each on the analysis date. */
  static Transactions byMonetary(double... monetary) {
    int[] zero = new int[monetary.length];
    int[] ones = new int[monetary.length];
    java.util.Arrays.fill(ones, 1);
    return customers(zero, ones, monetary);
  }

  /** The recency scores of every customer, by position. */
  static int[] recencyScores(RfmResult result) {
    int[] scores = new int[result.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = result.recencyScore(i);
    }
    return scores;
  }

  /** The frequency scores of every customer, by position. */
  static int[] frequencyScores(RfmResult result) {
    int[] scores = new int[result.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = result.frequencyScore(i);
    }
    return scores;
  }

  /** The monetary scores of every customer, by position. */
  static int[] monetaryScores(RfmResult result) {
    int[] scores = new int[result.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = result.monetaryScore(i);
    }
    return scores;
  }
}
