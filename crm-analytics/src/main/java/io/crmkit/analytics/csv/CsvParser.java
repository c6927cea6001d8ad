package io.crmkit.analytics.csv;

import io.crmkit.core.CrmValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits RFC 4180 text into records, strictly: fields separated by a delimiter (a comma unless told
 * otherwise), records ended by CRLF or LF, a field in double quotes may hold the delimiter, line
 * breaks and doubled quotes. A byte order mark at the start is skipped and empty lines are ignored.
 *
 * <p>A quote inside an unquoted field (rule {@code quote}), text after a closing quote
 * ({@code quote}), a carriage return without a line feed ({@code line-end}) and an unterminated
 * quoted field ({@code unterminated-quote}) make a malformed record: it is handed over with its
 * {@link Malformed problem}, the rest of its line is skipped and reading goes on at the next line.
 */
final class CsvParser {
  private static final int BOM = '\uFEFF';
  private static final int NONE = -2;
  private static final String BARE_CR = "a carriage return without a line feed: lines end with CRLF or LF";

  /**
   * What is wrong with a malformed record.
   *
   * @param rule {@code quote}, {@code line-end} or {@code unterminated-quote}
   * @param line the line the fault is on (for an unterminated quote, the line it opened on), from 1
   * @param column the field at fault, from 1
   * @param detail the fault in words, naming neither line nor column
   */
  record Malformed(String rule, int line, int column, String detail) {}

  /** Receives records one at a time. */
  @FunctionalInterface
  interface Records {
    /**
     * Takes a record's fields (a fresh list, as far as read when the record is malformed), the line
     * it starts on, from 1, and its problem, if any.
     */
    void record(List<String> fields, int line, Optional<Malformed> problem);
  }

  /** Receives well-formed records one at a time. */
  @FunctionalInterface
  interface WellFormedRecords {
    /** Takes a record's fields (a fresh list) and the line it starts on, from 1. */
    void record(List<String> fields, int line);
  }

  private final Reader in;
  private final char delimiter;
  private int line = 1;
  private int pending = NONE;

  private CsvParser(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /**
   * Reads every record of comma-separated text, refusing the text at its first malformed record.
   *
   * @throws CrmValidationException when the text is not strict CSV (field {@code csv}, rules
   *     {@code quote}, {@code line-end} and {@code unterminated-quote}, the value naming the line)
   * @throws UncheckedIOException when the reader fails
   */
  static void readStrictly(Reader in, WellFormedRecords records) {
    read(in, ',', (fields, line, problem) -> {
      if (problem.isPresent()) {
        Malformed fault = problem.get();
        throw CrmValidationException.of("csv", fault.rule(), "line " + fault.line(),
            "line " + fault.line() + ", column " + fault.column() + ": " + fault.detail());
      }
      records.record(fields, line);
    });
  }

  /**
   * Reads every record, malformed ones included.
   *
   * @throws UncheckedIOException when the reader fails
   */
  static void read(Reader in, char delimiter, Records records) {
    new CsvParser(in, delimiter).readAll(records);
  }

  private void readAll(Records records) {
    if (peek() == BOM) {
      next();
    }
    while (peek() != -1) {
      int start = line;
      List<String> fields = new ArrayList<>();
      if (peek() == '\n' || peek() == '\r') {
        int c = next();
        if (c == '\n' || peek() == '\n') {
          endLine(c);
          continue;
        }
        fields.add("");
        records.record(fields, start, malformed("line-end", 1, BARE_CR));
        continue;
      }
      Optional<Malformed> problem = readRecord(fields);
      records.record(fields, start, problem);
    }
  }

  private Optional<Malformed> readRecord(List<String> fields) {
    StringBuilder field = new StringBuilder();
    while (true) {
      int c = peek();
      if (c == '"' && field.length() == 0) {
        next();
        int opened = line;
        if (!readQuoted(field)) {
          fields.add(field.toString());
          return Optional.of(new Malformed("unterminated-quote", opened, fields.size(),
              "the quote opened on line " + opened + " is never closed"));
        }
        c = peek();
        if (c != delimiter && c != '\r' && c != '\n' && c != -1) {
          fields.add(field.toString());
          return malformed("quote", fields.size(),
              "text after the closing quote: a quoted field ends at the delimiter or the line's end");
        }
      } else {
        while (c != delimiter && c != '\r' && c != '\n' && c != -1) {
          if (c == '"') {
            fields.add(field.toString());
            return malformed("quote", fields.size(),
                "a quote inside a field that does not start with one: quote the whole field and double the quote");
          }
          field.append((char) next());
          c = peek();
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      c = peek();
      if (c == delimiter) {
        next();
        continue;
      }
      if (c == '\r') {
        next();
        if (peek() != '\n') {
          return malformed("line-end", fields.size(), BARE_CR);
        }
      }
      if (c != -1) {
        endLine(next());
      }
      return Optional.empty();
    }
  }

  /** Reads a quoted field after its opening quote; false when the text ends first. */
  private boolean readQuoted(StringBuilder field) {
    while (true) {
      int c = next();
      if (c == -1) {
        return false;
      }
      if (c == '"') {
        if (peek() == '"') {
          field.append((char) next());
          continue;
        }
        return true;
      }
      field.append((char) c);
      if (c == '\n') {
        line++;
      }
    }
  }

  /** A malformed record at the current line: the rest of the line is skipped. */
  private Optional<Malformed> malformed(String rule, int column, String detail) {
    Malformed problem = new Malformed(rule, line, column, detail);
    int c = peek();
    while (c != '\n' && c != -1) {
      next();
      c = peek();
    }
    if (c == '\n') {
      endLine(next());
    }
    return Optional.of(problem);
  }

  private void endLine(int c) {
    if (c == '\r' && peek() == '\n') {
      next();
    }
    line++;
  }

  private int peek() {
    if (pending == NONE) {
      pending = readChar();
    }
    return pending;
  }

  private int next() {
    int c = peek();
    pending = NONE;
    return c;
  }

  private int readChar() {
    try {
      return in.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
