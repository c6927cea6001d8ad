package io.crmkit.examples.csv;

import io.crmkit.core.CrmValidationException;

/**
 * How much of a file an import reads, so that a huge or hostile file is refused with a message
 * instead of filling the memory.
 *
 * @param maxFieldLength the longest field, in characters (UTF-16 code units); a longer field
 *     rejects its row
 * @param maxRows the most data rows (records after the header); a file with more is refused
 * @param maxColumns the most columns in the header; a file with more is refused
 */
public record CsvLimits(int maxFieldLength, int maxRows, int maxColumns) {
  /** 64 KiB characters per field, 100,000 rows and 512 columns. */
  public static final CsvLimits DEFAULT = new CsvLimits(64 * 1024, 100_000, 512);

  /** Checks that every limit is at least 1. */
  public CsvLimits {
    if (maxFieldLength < 1) {
      throw CrmValidationException.of("limits.maxFieldLength", "range", maxFieldLength, "at least 1 character");
    }
    if (maxRows < 1) {
      throw CrmValidationException.of("limits.maxRows", "range", maxRows, "at least 1 row");
    }
    if (maxColumns < 1) {
      throw CrmValidationException.of("limits.maxColumns", "range", maxColumns, "at least 1 column");
    }
  }

  /** These limits with another longest field, in characters. */
  public CsvLimits withMaxFieldLength(int characters) {
    return new CsvLimits(characters, maxRows, maxColumns);
  }

  /** These limits with another most data rows. */
  public CsvLimits withMaxRows(int rows) {
    return new CsvLimits(maxFieldLength, rows, maxColumns);
  }
}
