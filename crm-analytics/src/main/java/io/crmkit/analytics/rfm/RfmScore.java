package io.crmkit.analytics.rfm;

import io.crmkit.core.CrmValidationException;

/**
 * A customer's three RFM scores, each 1 or more (1..n with n bins; recency highest for the most
 * recent).
 *
 * @param recency the recency score
 * @param frequency the frequency score
 * @param monetary the monetary score
 */
public record RfmScore(int recency, int frequency, int monetary) {
  /** Checks that every score is 1 or more. */
  public RfmScore {
    positive("rfm.score.recency", recency);
    positive("rfm.score.frequency", frequency);
    positive("rfm.score.monetary", monetary);
  }

  /** The scores as one code, R then F then M: {@code "545"} (with a dot between scores above 9: {@code "10.3.7"}). */
  public String code() {
    if (recency < 10 && frequency < 10 && monetary < 10) {
      return "" + recency + frequency + monetary;
    }
    return recency + "." + frequency + "." + monetary;
  }

  /** The segment these scores fall in under a table: the first matching row's, or the table's rest. */
  public String segmentIn(SegmentTable table) {
    return table.segmentOf(this);
  }

  private static void positive(String field, int score) {
    if (score < 1) {
      throw CrmValidationException.of(field, "positive", score, "scores start at 1");
    }
  }
}
