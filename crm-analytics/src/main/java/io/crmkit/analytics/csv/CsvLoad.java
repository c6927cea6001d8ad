package io.crmkit.analytics.csv;

import io.crmkit.core.CrmValidationException;
import java.util.List;

/**
 * What a CSV load gave: the rows read, in file order, and every row refused with its line.
 *
 * @param rows the rows read
 * @param rejected the rows refused, in file order
 * @param <T> the row type
 */
public record CsvLoad<T>(List<T> rows, List<RejectedRow> rejected) {
  /** Copies the lists. */
  public CsvLoad {
    rows = List.copyOf(CrmValidationException.required("csvLoad.rows", rows));
    rejected = List.copyOf(CrmValidationException.required("csvLoad.rejected", rejected));
  }

  /** Whether every row was read. */
  public boolean isClean() {
    return rejected.isEmpty();
  }

  /**
   * The rows, when every row was read.
   *
   * @throws CrmValidationException for the first refused row (field {@code csv}, rule
   *     {@code rejected-rows}), its message listing how many rows were refused and the first ones
   */
  public List<T> requireClean() {
    if (rejected.isEmpty()) {
      return rows;
    }
    List<RejectedRow> shown = rejected.subList(0, Math.min(3, rejected.size()));
    throw CrmValidationException.of("csv", "rejected-rows", "line " + rejected.get(0).line(),
        rejected.size() + " row(s) refused: " + shown);
  }
}
