package io.crmkit.analytics.transaction;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * Runs a {@link TransactionAccumulator} over a whole table: in one pass, or over chunks of rows in
 * parallel with their partial results combined in row order.
 *
 * <pre>{@code
 * RfmAccumulator all = Accumulation.inParallel(purchases, () -> RfmAccumulator.of(measures));
 * }</pre>
 */
public final class Accumulation {
  private Accumulation() {}

  /** A fresh accumulator fed every row of the table, first to last, on the calling thread. */
  public static <A extends TransactionAccumulator<A>> A inOnePass(Transactions transactions, Supplier<A> fresh) {
    CrmValidationException.required("transactions", transactions);
    CrmValidationException.required("accumulator", fresh);
    return fresh.get().add(transactions, 0, transactions.size());
  }

  /**
   * The rows split into one chunk per processor ({@link Runtime#availableProcessors()}), each chunk
   * folded into a fresh accumulator on the common fork-join pool or the calling thread, and the
   * partial results combined in row order.
   */
  public static <A extends TransactionAccumulator<A>> A inParallel(Transactions transactions, Supplier<A> fresh) {
    return inParallel(transactions, fresh, ForkJoinPool.commonPool(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * The rows split into {@code chunks} ranges of nearly equal size; the first is folded on the
   * calling thread, the others on {@code pool}, each into a fresh accumulator; then the partial
   * results are combined in row order (first chunk, then the second, ...), so a given number of
   * chunks always gives the same result, to the last bit of a floating-point sum.
   *
   * @param chunks how many ranges, 1 or more; the calling thread works on one, so {@code chunks} =
   *     the pool's parallelism + 1 keeps every thread busy
   * @throws CrmValidationException when {@code chunks} is below 1
   */
  public static <A extends TransactionAccumulator<A>> A inParallel(
      Transactions transactions, Supplier<A> fresh, ForkJoinPool pool, int chunks) {
    CrmValidationException.required("transactions", transactions);
    CrmValidationException.required("accumulator", fresh);
    CrmValidationException.required("pool", pool);
    if (chunks < 1) {
      throw CrmValidationException.of("chunks", "positive", chunks, "split the rows into 1 chunk or more");
    }
    int rows = transactions.size();
    int used = Math.max(1, Math.min(chunks, rows));
    List<ForkJoinTask<A>> others = new ArrayList<>(used - 1);
    for (int chunk = 1; chunk < used; chunk++) {
      int from = bound(rows, used, chunk);
      int to = bound(rows, used, chunk + 1);
      others.add(pool.submit(() -> fresh.get().add(transactions, from, to)));
    }
    A result = fresh.get().add(transactions, 0, bound(rows, used, 1));
    for (ForkJoinTask<A> other : others) {
      result.combine(other.join());
    }
    return result;
  }

  /**
   * Checks a range of rows handed to {@link TransactionAccumulator#add}: {@code 0 <= fromRow <= toRow
   * <= transactions.size()}.
   *
   * @throws CrmValidationException naming the range when it is not within the table
   */
  public static void requireRows(Transactions transactions, int fromRow, int toRow) {
    CrmValidationException.required("transactions", transactions);
    if (fromRow < 0 || fromRow > toRow || toRow > transactions.size()) {
      throw CrmValidationException.of("rows", "withinTable", fromRow + ".." + toRow,
          "rows from (inclusive) to (exclusive) must lie within the table's " + transactions.size() + " rows");
    }
  }

  /** The first row of a chunk: chunk k of n starts at floor(rows * k / n). */
  private static int bound(int rows, int chunks, int chunk) {
    return (int) ((long) rows * chunk / chunks);
  }
}
