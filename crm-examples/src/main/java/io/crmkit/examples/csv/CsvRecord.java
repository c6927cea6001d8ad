package io.crmkit.examples.csv;

import java.util.List;

/**
 * One record of a CSV file as read, before its fields mean anything: where it starts, its fields
 * and what was wrong with them.
 *
 * @param line the line the record starts on, from 1 (a quoted field may run over several lines)
 * @param fields the fields, in file order (at most one more than the reader's column limit)
 * @param problems what was wrong: malformed bytes, broken quotes, fields too long; empty when none
 */
public record CsvRecord(int line, List<String> fields, List<Problem> problems) {
  /** Copies the lists. */
  public CsvRecord {
    fields = List.copyOf(fields);
    problems = List.copyOf(problems);
  }

  /**
   * Something wrong with one field of a record.
   *
   * @param field the field's index, from 0
   * @param rule a short rule code: {@code utf8}, {@code quote}, {@code length}
   * @param reason a sentence for a person
   */
  public record Problem(int field, String rule, String reason) {}
}
