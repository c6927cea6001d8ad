package io.crmkit.analytics.transaction;

/**
 * A per-customer aggregation over the rows of {@link Transactions} that can be split and merged: it
 * folds any range of rows into a partial result, and two partial results over different rows of the
 * same table combine into the one a single pass over both ranges gives. So the same code runs over
 * chunks in parallel ({@link Accumulation#inParallel}), incrementally as rows are appended to a table
 * (keep the accumulator, add the new rows), and in an engine that ships partial results between
 * machines.
 *
 * <p>Partial results are keyed by customer number, so they combine only over tables that number
 * their customers alike: the same table, or a table and its extension by {@link
 * Transactions.Builder#addAll} followed by new rows.
 *
 * <p>An accumulator is mutable and not thread-safe: each chunk has its own, and partial results are
 * combined once their chunks are done.
 *
 * @param <A> the accumulator's own type, which {@link #add} and {@link #combine} return
 */
public interface TransactionAccumulator<A extends TransactionAccumulator<A>> {

  /**
   * Folds rows {@code fromRow} (inclusive) to {@code toRow} (exclusive) of the table into this
   * partial result.
   *
   * @return this accumulator
   * @throws io.crmkit.core.CrmValidationException when the range is not within the table
   */
  A add(Transactions transactions, int fromRow, int toRow);

  /**
   * Folds another partial result, over other rows of a table with the same customer numbers, into
   * this one. {@code other} is left as it was.
   *
   * @return this accumulator
   * @throws io.crmkit.core.CrmValidationException when the two were set up differently (another
   *     analysis date, period or measure) and cannot be combined
   */
  A combine(A other);
}
