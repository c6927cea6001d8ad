package io.crmkit.examples.csv;

import java.util.List;

/**
 * What an import did, or in a dry run would do: counts of rows, every rejected row and every
 * skipped duplicate.
 *
 * <p>The counts {@code created}, {@code updated} and {@code unchanged} say what the good rows
 * amount to; they were saved only when {@link #status()} is {@link Status#IMPORTED}. A dry run and
 * an all-or-nothing import that found a rejected row save nothing, and their counts say what would
 * have been saved.
 *
 * @param recordType the record type imported, as the command line names it: {@code contacts}
 * @param status whether anything was saved, and why not
 * @param read the data rows read (the header and empty lines not counted)
 * @param created the rows that make new records
 * @param updated the rows that change stored records
 * @param unchanged the rows that match stored records without changing them (policy update)
 * @param skipped the rows left out as duplicates
 * @param rejected the rows rejected
 * @param fileProblems why the whole file was refused, before or instead of reading its rows; or
 *     why the store refused the saves; empty when neither happened
 * @param rejections every problem of every rejected row, in file order (a row may have several)
 * @param skippedRows every skipped duplicate, in file order
 * @param notes what was ignored on request or not used: ignored columns, unused mappings
 */
public record ImportReport(
    String recordType,
    Status status,
    int read,
    int created,
    int updated,
    int unchanged,
    int skipped,
    int rejected,
    List<ImportProblem> fileProblems,
    List<ImportProblem> rejections,
    List<SkippedRow> skippedRows,
    List<String> notes) {

  /** Whether, and why not, the rows were saved. */
  public enum Status {
    /** The good rows were saved in one transaction (all rows, or with {@code --partial} the good ones). */
    IMPORTED,
    /** A dry run: everything was checked, nothing saved. */
    DRY_RUN,
    /** Nothing was saved: a row was rejected (all-or-nothing) or the store refused the saves. */
    NOTHING_IMPORTED,
    /** The file was refused as a whole (empty, unreadable, wrong columns, too many rows); nothing saved. */
    REFUSED
  }

  /** Makes immutable copies of the lists. */
  public ImportReport {
    fileProblems = List.copyOf(fileProblems);
    rejections = List.copyOf(rejections);
    skippedRows = List.copyOf(skippedRows);
    notes = List.copyOf(notes);
  }

  /** Whether the rows were saved. */
  public boolean applied() {
    return status == Status.IMPORTED;
  }

  /** Whether nothing was refused or rejected: no file problem and no rejected row. */
  public boolean clean() {
    return fileProblems.isEmpty() && rejections.isEmpty();
  }
}
