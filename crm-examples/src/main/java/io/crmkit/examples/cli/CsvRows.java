package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.examples.csv.CsvLimits;
import io.crmkit.examples.csv.CsvReader;
import io.crmkit.examples.csv.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CSV file read as a header and rows of fields, with every problem found: a blank or repeated
 * column name, a malformed field, a row with another number of fields than the header. The
 * {@code crm score apply}, {@code crm dedupe} and {@code crm link} files are read this way; a file
 * with a problem is scored or matched not at all.
 *
 * @param name the file's name as the user gave it, for messages
 * @param header the column names, stripped, in file order
 * @param rows the rows after the header, in file order
 * @param problems what is wrong, each as {@code leads.csv line 3: ...}, in file order
 */
record CsvRows(String name, List<String> header, List<CsvRows.Row> rows, List<String> problems) {

  /**
   * One row.
   *
   * @param line the line it starts on, from 1 (the header is line 1)
   * @param fields its fields, one per column when the file has no problem
   */
  record Row(int line, List<String> fields) {
    /** Copies the fields. */
    Row {
      fields = List.copyOf(fields);
    }
  }

  /** Copies the lists. */
  CsvRows {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  /**
   * Reads a file named by an option, as {@link #read(String, InputStream, char)} reads a stream.
   *
   * @param option the option that names the file, for messages: {@code input}
   * @throws CrmValidationException when the file is missing or unreadable (exit code 2)
   */
  static CsvRows readFile(String option, Path file, char delimiter) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, delimiter);
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of(option, "missing", file, "no such file");
    } catch (IOException e) {
      throw CrmValidationException.of(option, "unreadable", file, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * Reads a file: a header, then the rows, within {@link CsvLimits#DEFAULT}.
   *
   * @throws IOException when the stream fails
   */
  static CsvRows read(String name, InputStream in, char delimiter) throws IOException {
    CsvLimits limits = CsvLimits.DEFAULT;
    CsvReader reader = new CsvReader(in, limits.maxFieldLength(), limits.maxColumns(), delimiter);
    List<String> problems = new ArrayList<>();
    Optional<CsvRecord> first = reader.next();
    if (first.isEmpty()) {
      return new CsvRows(name, List.of(), List.of(), List.of(problem(name, 1, "the file is empty: its first line"
          + " must name the columns")));
    }
    CsvRecord names = first.get();
    recordProblems(name, names, problems);
    List<String> header = new ArrayList<>();
    for (int i = 0; i < names.fields().size(); i++) {
      String column = names.fields().get(i).strip();
      if (column.isEmpty()) {
        problems.add(problem(name, names.line(), "column " + (i + 1) + " has no name"));
      } else if (header.contains(column)) {
        problems.add(problem(name, names.line(), "the column " + column + " is named twice: columns "
            + (header.indexOf(column) + 1) + " and " + (i + 1)));
      }
      header.add(column);
    }
    List<Row> rows = new ArrayList<>();
    for (Optional<CsvRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
      CsvRecord record = next.get();
      if (rows.size() == limits.maxRows()) {
        problems.add(problem(name, record.line(), "more than " + limits.maxRows() + " rows: split the file"));
        break;
      }
      recordProblems(name, record, problems);
      if (record.fields().size() != header.size()) {
        problems.add(problem(name, record.line(), "the row has " + record.fields().size()
            + (record.fields().size() == 1 ? " field" : " fields") + " but the header names " + header.size()
            + " columns"));
      }
      rows.add(new Row(record.line(), record.fields()));
    }
    return new CsvRows(name, header, rows, problems);
  }

  /** A problem on a line of a file: {@code leads.csv line 3: ...}. */
  static String problem(String file, int line, String message) {
    return file + " line " + line + ": " + message;
  }

  private static void recordProblems(String name, CsvRecord record, List<String> problems) {
    for (CsvRecord.Problem p : record.problems()) {
      problems.add(problem(name, record.line(), "column " + (p.field() + 1) + ": " + p.rule() + ": " + p.reason()));
    }
  }
}
