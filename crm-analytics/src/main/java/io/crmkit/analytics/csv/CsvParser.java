package io.crmkit.analytics.csv;

import io.crmkit.core.CrmValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records: fields separated by commas, records ended by CRLF or LF, a
 * field in double quotes may hold commas, line breaks and doubled quotes. A byte order mark at the
 * start is skipped and empty lines are ignored. A quote inside an unquoted field, text after a
 * closing quote and an unterminated quoted field are refused with the line they are on.
 */
final class CsvParser {
  private static final int BOM = '\uFEFF';
  private static final int NONE = -2;

  /** Receives records one at a time. */
  @FunctionalInterface
  interface Records {
    /** Takes a record's fields (a fresh list) and the line it starts on, from 1. */
    void record(List<String> fields, int line);
  }

  private final Reader in;
  private int line = 1;
  private int pending = NONE;

  private CsvParser(Reader in) {
    this.in = in;
  }

  /**
   * Reads every record.
   *
   * @throws CrmValidationException when the text is not strict CSV (field {@code csv}, rules
   *     {@code quote} and {@code unterminated-quote}, the value naming the line)
   * @throws UncheckedIOException when the reader fails
   */
  static void read(Reader in, Records records) {
    new CsvParser(in).readAll(records);
  }

  private void readAll(Records records) {
    if (peek() == BOM) {
      next();
    }
    while (peek() != -1) {
      if (peek() == '\r' || peek() == '\n') {
        endLine(next());
        continue;
      }
      int start = line;
      records.record(readRecord(), start);
    }
  }

  private List<String> readRecord() {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      int c = peek();
      if (c == '"' && field.length() == 0) {
        next();
        readQuoted(field);
        c = peek();
        if (c != ',' && c != '\r' && c != '\n' && c != -1) {
          throw CrmValidationException.of("csv", "quote", "line " + line, "text after a closing quote on line " + line);
        }
      } else {
        while (c != ',' && c != '\r' && c != '\n' && c != -1) {
          if (c == '"') {
            throw CrmValidationException.of("csv", "quote", "line " + line,
                "a quote inside an unquoted field on line " + line);
          }
          field.append((char) next());
          c = peek();
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      c = peek();
      if (c == ',') {
        next();
        continue;
      }
      if (c != -1) {
        endLine(next());
      }
      return fields;
    }
  }

  private void readQuoted(StringBuilder field) {
    int start = line;
    while (true) {
      int c = next();
      if (c == -1) {
        throw CrmValidationException.of("csv", "unterminated-quote", "line " + start,
            "the quoted field opened on line " + start + " is never closed");
      }
      if (c == '"') {
        if (peek() == '"') {
          field.append((char) next());
          continue;
        }
        return;
      }
      if (c == '\r' || c == '\n') {
        field.append((char) c);
        if (c == '\r' && peek() == '\n') {
          field.append((char) next());
        }
        line++;
        continue;
      }
      field.append((char) c);
    }
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
