package io.crmkit.examples.csv;

/** The file formats an export writes; both hold the same columns and the same cell texts. */
public enum ExportFormat {
  /**
   * CSV as RFC 4180 defines it, UTF-8 without a byte order mark, CRLF line ends, a header of the
   * canonical columns; a field is quoted when it holds a comma, a quote, a line break, leading or
   * trailing white space, or starts with U+FEFF.
   */
  CSV,
  /**
   * JSON Lines: one JSON object per line and record, UTF-8, with every canonical column as a
   * property in column order. A blank cell is {@code null}; a column that holds JSON (such as
   * {@code line_items}) holds it as JSON; every other cell is a string.
   */
  JSON
}
