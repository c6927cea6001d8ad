package io.crmkit.examples.csv;

/**
 * A row an import left out because it duplicates a stored record or an earlier row.
 *
 * @param line the line of the file the row starts on, from 1
 * @param reason what it duplicates and by what: {@code duplicate of Contact con-7 (email ada@example.com)}
 */
public record SkippedRow(int line, String reason) {
  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}
