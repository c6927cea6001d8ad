package io.crmkit.analytics.csv;

import io.crmkit.analytics.transaction.Transactions;
import java.util.List;

/**
 * What a transactions CSV file gave: the table of its good rows and the problems of the others.
 *
 * @param transactions the rows that were loaded, in file order
 * @param rowsRead the rows after the header (empty lines not counted)
 * @param badRows the rows that were not loaded
 * @param problems the first problems found, in file order, at most the reader's limit; one per bad
 *     row, its message naming the column at fault first ({@code date: '1997-13-01' is not a date ...})
 */
public record TransactionCsvResult(
    Transactions transactions, int rowsRead, int badRows, List<RejectedRow> problems) {

  /** Copies the problems. */
  public TransactionCsvResult {
    problems = List.copyOf(problems);
  }

  /** Whether every row was loaded. */
  public boolean isClean() {
    return badRows == 0;
  }
}
