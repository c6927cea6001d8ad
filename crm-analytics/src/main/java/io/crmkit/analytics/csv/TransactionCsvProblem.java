package io.crmkit.analytics.csv;

/**
 * A row of a transactions CSV file that was not loaded, and why.
 *
 * @param line the line the row starts on, from 1 (the header is line 1)
 * @param column the column at fault, as the header names it; empty when the row as a whole is
 * @param message what is wrong, for a person
 */
public record TransactionCsvProblem(int line, String column, String message) {

  /** {@code line 12: date: '1997-13-01' is not a date in the format yyyy-MM-dd}. */
  @Override
  public String toString() {
    return "line " + line + ": " + (column.isEmpty() ? "" : column + ": ") + message;
  }
}
