package io.crmkit.analytics.rfm;

import io.crmkit.analytics.transaction.Accumulation;
import io.crmkit.analytics.transaction.Transactions;
import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;
import java.util.concurrent.ForkJoinPool;

/**
 * An RFM analysis: what to measure, how to bin, and which segment table to apply. Runs over a table
 * of transactions in one pass or in parallel, or scores an accumulator kept up to date by the host.
 *
 * <pre>{@code
 * RfmResult result = RfmAnalysis.asOf(LocalDate.parse("1998-07-01"))
 *     .withBinning(RfmBinning.quantileCut(4))
 *     .withSegments(SegmentTable.recencyFrequencyMap())
 *     .run(purchases);
 * }</pre>
 *
 * @param measures what recency, frequency and monetary value mean
 * @param binning how values become scores
 * @param segments the segment table
 */
public record RfmAnalysis(RfmMeasures measures, RfmBinning binning, SegmentTable segments) {

  /** Checks that every part is given. */
  public RfmAnalysis {
    CrmValidationException.required("rfm.measures", measures);
    CrmValidationException.required("rfm.binning", binning);
    CrmValidationException.required("rfm.segments", segments);
  }

  /**
   * The R package {@code rfm}'s analysis as of a date: orders and total revenue, its binning with 5
   * bins, and its documentation's segment table.
   */
  public static RfmAnalysis asOf(LocalDate asOf) {
    return new RfmAnalysis(RfmMeasures.asOf(asOf), RfmBinning.rPackage(), SegmentTable.rfmPackage());
  }

  /** The same analysis counting frequency another way. */
  public RfmAnalysis withFrequency(FrequencyMeasure frequency) {
    return new RfmAnalysis(measures.withFrequency(frequency), binning, segments);
  }

  /** The same analysis measuring monetary value another way. */
  public RfmAnalysis withMonetary(MonetaryMeasure monetary) {
    return new RfmAnalysis(measures.withMonetary(monetary), binning, segments);
  }

  /** The same analysis with another binning. */
  public RfmAnalysis withBinning(RfmBinning binning) {
    return new RfmAnalysis(measures, binning, segments);
  }

  /** The same analysis with another segment table. */
  public RfmAnalysis withSegments(SegmentTable segments) {
    return new RfmAnalysis(measures, binning, segments);
  }

  /** An empty accumulator of this analysis' measures, for a host that folds rows in as they come. */
  public RfmAccumulator accumulator() {
    return RfmAccumulator.of(measures);
  }

  /** The RFM of every customer of the table, in one pass on the calling thread. */
  public RfmResult run(Transactions transactions) {
    return score(transactions, Accumulation.inOnePass(transactions, this::accumulator));
  }

  /**
   * The RFM of every customer of the table, its rows folded in parallel chunks on the common
   * fork-join pool (one per processor) and the partial results combined.
   */
  public RfmResult runInParallel(Transactions transactions) {
    return score(transactions, Accumulation.inParallel(transactions, this::accumulator));
  }

  /**
   * The RFM of every customer of the table, its rows folded in {@code chunks} parallel chunks on
   * {@code pool} and the calling thread.
   */
  public RfmResult runInParallel(Transactions transactions, ForkJoinPool pool, int chunks) {
    return score(transactions, Accumulation.inParallel(transactions, this::accumulator, pool, chunks));
  }

  /**
   * Scores what an accumulator has folded from the table's rows.
   *
   * @param transactions the table whose customer numbers the accumulator holds (for their ids)
   * @throws CrmValidationException when the accumulator measures something else than this analysis,
   *     or holds customer numbers the table does not have
   */
  public RfmResult score(Transactions transactions, RfmAccumulator accumulated) {
    CrmValidationException.required("transactions", transactions);
    CrmValidationException.required("accumulator", accumulated);
    if (!accumulated.measures().equals(measures)) {
      throw CrmValidationException.of("rfm.measures", "same", accumulated.measures(),
          "the accumulator measures something else than the analysis (" + measures + ")");
    }
    RfmValues values = accumulated.values();
    if (values.size() > 0 && values.customerIndex(values.size() - 1) >= transactions.customerCount()) {
      throw CrmValidationException.of("transactions", "sameCustomers", transactions,
          "the accumulator holds customer number " + values.customerIndex(values.size() - 1)
              + ", which this table does not have: pass the table whose rows it folded");
    }
    return new RfmResult(this, transactions, values, Binner.score(binning, values));
  }
}
