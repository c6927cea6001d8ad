package io.crmkit.examples.csv;

/**
 * What an import does with a row that duplicates a stored record (or an earlier row of the same
 * file). Which records are duplicates depends on the record type; see the package documentation.
 */
public enum DuplicatePolicy {
  /** Leaves the stored record as it is and reports the row as a skipped duplicate; the default. */
  SKIP,
  /**
   * Overwrites the stored record with the columns the file has: each such column replaces the
   * field it holds (a blank cell clears an optional field), columns the file lacks keep their stored
   * values, and the id and creation time stay the stored ones. A row that changes nothing is
   * reported as unchanged. A row repeating an earlier row of the file is rejected, since which of
   * them should win is not known.
   *
   * <p>A file imported with this policy needs only a column that identifies records (such as
   * {@code id} or {@code email}) and the columns it changes; a row that matches no stored record
   * makes a new one and then needs every field a new record needs, or is rejected.
   */
  UPDATE,
  /** Rejects the row, so that (without {@code --partial}) nothing is imported. */
  FAIL
}
