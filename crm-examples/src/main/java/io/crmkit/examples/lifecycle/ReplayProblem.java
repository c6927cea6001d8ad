package io.crmkit.examples.lifecycle;

import io.crmkit.core.CrmValidationException;

/**
 * Something wrong with a file given to a replay, found before or while replaying: a missing column,
 * a cell that is not an instant, a trigger the lifecycle does not have, facts that do not make the
 * record a criterion reads. A replay with a problem replays nothing.
 *
 * @param file the file's name, as in {@link CsvInput#name()}
 * @param line the line the row starts on, from 1 (the header is line 1)
 * @param column the column of the cell at fault, from 1; 0 when the problem is the row's or the file's
 * @param columnName the name of that column, as the header writes it; empty when {@code column} is 0
 * @param message what is wrong, for a person: {@code instant (was 'yesterday'): an ISO-8601 instant
 *     is required, such as 2026-03-02T09:00:00Z}
 */
public record ReplayProblem(String file, int line, int column, String columnName, String message) {
  /** Checks the parts. */
  public ReplayProblem {
    CrmValidationException.required("replayProblem.file", file);
    CrmValidationException.required("replayProblem.columnName", columnName);
    CrmValidationException.requiredText("replayProblem.message", message);
  }

  /** A problem with a whole row, or with the file (at line 1). */
  static ReplayProblem ofRow(String file, int line, String message) {
    return new ReplayProblem(file, line, 0, "", message);
  }

  /** {@code events.csv line 3, column 3 (at): instant (was 'yesterday'): ...}. */
  @Override
  public String toString() {
    return file + " line " + line + (column > 0 ? ", column " + column + " (" + columnName + ")" : "") + ": "
        + message;
  }
}
