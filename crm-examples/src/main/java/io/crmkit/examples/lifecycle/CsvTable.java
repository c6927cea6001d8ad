package io.crmkit.examples.lifecycle;

import io.crmkit.core.CrmValidationException;
import io.crmkit.examples.csv.CsvLimits;
import io.crmkit.examples.csv.CsvReader;
import io.crmkit.examples.csv.CsvRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A CSV file of a replay read whole, with crm-examples' strict reader: its header checked against
 * the columns known and required, its rows as cells by column name, and every problem found, each
 * with its line and column. Column names are compared in lower case with runs of spaces and hyphens
 * read as {@code _}: {@code Record ID} is {@code record_id}.
 */
final class CsvTable {
  private final CsvInput input;
  private final List<String> header;
  private final Map<String, Integer> columnAt;
  private final List<Row> rows;
  private final List<ReplayProblem> problems;

  private CsvTable(
      CsvInput input, List<String> header, Map<String, Integer> columnAt, List<Row> rows, List<ReplayProblem> problems) {
    this.input = input;
    this.header = header;
    this.columnAt = columnAt;
    this.rows = rows;
    this.problems = problems;
  }

  /**
   * Reads a file.
   *
   * @param what what the file holds, for messages: {@code an events file}
   * @param known the columns a file may have, in the order messages list them
   * @param required the columns it must have
   * @throws IOException when the stream fails
   */
  static CsvTable read(CsvInput input, String what, List<String> known, List<String> required) throws IOException {
    CsvLimits limits = CsvLimits.DEFAULT;
    CsvReader reader = new CsvReader(input.content(), limits.maxFieldLength(), limits.maxColumns());
    List<ReplayProblem> problems = new ArrayList<>();
    Optional<CsvRecord> first = reader.next();
    if (first.isEmpty()) {
      problems.add(ReplayProblem.ofRow(input.name(), 1,
          "the file is empty: its first line must name the columns " + String.join(", ", required)));
      return new CsvTable(input, List.of(), Map.of(), List.of(), problems);
    }
    CsvRecord names = first.get();
    List<String> header = new ArrayList<>();
    Map<String, Integer> columnAt = new HashMap<>();
    for (CsvRecord.Problem p : names.problems()) {
      problems.add(new ReplayProblem(input.name(), names.line(), p.field() + 1, "header", p.rule() + ": " + p.reason()));
    }
    for (int i = 0; i < names.fields().size(); i++) {
      String written = names.fields().get(i);
      String column = key(written);
      header.add(column);
      if (!known.contains(column)) {
        problems.add(new ReplayProblem(input.name(), names.line(), i + 1, written,
            "unknown column '" + written + "': the columns of " + what + " are " + String.join(", ", known)));
      } else if (columnAt.putIfAbsent(column, i) != null) {
        problems.add(new ReplayProblem(input.name(), names.line(), i + 1, written,
            "the column " + column + " is named twice: columns " + (columnAt.get(column) + 1) + " and " + (i + 1)));
      }
    }
    for (String column : required) {
      if (!columnAt.containsKey(column)) {
        problems.add(ReplayProblem.ofRow(input.name(), names.line(),
            "the file has no column " + column + "; " + what + " needs " + String.join(", ", required)));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Optional<CsvRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
      CsvRecord record = next.get();
      if (rows.size() == limits.maxRows()) {
        problems.add(ReplayProblem.ofRow(input.name(), record.line(),
            "more than " + limits.maxRows() + " rows: split the file"));
        break;
      }
      for (CsvRecord.Problem p : record.problems()) {
        problems.add(new ReplayProblem(input.name(), record.line(), p.field() + 1,
            p.field() < header.size() ? header.get(p.field()) : "", p.rule() + ": " + p.reason()));
      }
      if (record.fields().size() != header.size()) {
        problems.add(ReplayProblem.ofRow(input.name(), record.line(), "the row has " + record.fields().size()
            + (record.fields().size() == 1 ? " field" : " fields") + " but the header names " + header.size()
            + " columns"));
      }
      rows.add(new Row(record.line(), record.fields()));
    }
    return new CsvTable(input, List.copyOf(header), Map.copyOf(columnAt), List.copyOf(rows), problems);
  }

  /** A column name as compared: stripped, lower case, runs of spaces and hyphens as {@code _}. */
  static String key(String written) {
    return written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }

  /** The rows after the header, in file order. */
  List<Row> rows() {
    return rows;
  }

  /** The problems found in the header and rows, in file order; more are added by {@link #cell}. */
  List<ReplayProblem> problems() {
    return problems;
  }

  /** Whether the file has the column. */
  boolean has(String column) {
    return columnAt.containsKey(column);
  }

  /** The file's name. */
  String name() {
    return input.name();
  }

  /**
   * A cell read by a function, when the file has the column and the cell is not blank. A refusal of
   * the function is recorded as a problem of the cell, and the cell is then empty.
   */
  <T> Optional<T> cell(Row row, String column, Function<String, T> read) {
    Integer at = columnAt.get(column);
    if (at == null || at >= row.fields().size() || row.fields().get(at).isBlank()) {
      return Optional.empty();
    }
    String text = row.fields().get(at);
    try {
      return Optional.of(read.apply(text.strip()));
    } catch (CrmValidationException e) {
      problems.add(new ReplayProblem(input.name(), row.line(), at + 1, header.get(at), withoutField(e, column)));
      return Optional.empty();
    }
  }

  /** A cell that must be there: a blank or missing one is a problem, rule {@code required}. */
  <T> Optional<T> requiredCell(Row row, String column, Function<String, T> read) {
    Optional<T> value = cell(row, column, read);
    Integer at = columnAt.get(column);
    if (value.isEmpty() && at != null && (at >= row.fields().size() || row.fields().get(at).isBlank())) {
      problems.add(new ReplayProblem(input.name(), row.line(), at + 1, header.get(at), "required: the cell is empty"));
    }
    return value;
  }

  /** Records a problem of a whole row. */
  void problem(Row row, String message) {
    problems.add(ReplayProblem.ofRow(input.name(), row.line(), message));
  }

  /** The message of a refusal, without its field when that is the column the problem already names. */
  static String withoutField(CrmValidationException e, String column) {
    String message = String.valueOf(e.getMessage());
    String prefix = e.field() + ": ";
    return e.field().equals(column) && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  /**
   * A data row as read.
   *
   * @param line the line it starts on
   * @param fields its fields in the header's order
   */
  record Row(int line, List<String> fields) {}
}
