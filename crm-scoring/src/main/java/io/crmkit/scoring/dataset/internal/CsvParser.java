package io.crmkit.scoring.dataset.internal;

import io.crmkit.core.CrmValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small strict CSV parser (RFC 4180): fields separated by one delimiter character, records ended
 * by CRLF or LF, a field in double quotes may hold delimiters, line breaks and doubled quotes.
 *
 * <p>Strict: a quote inside an unquoted field, text after a closing quote, an unterminated quoted
 * field, a record with another number of fields than the header and a record with no fields at all
 * in the middle of the file are refused with a {@link CrmValidationException} naming the line. A
 * byte order mark at the start is skipped; empty lines at the end are ignored.
 */
public final class CsvParser {
  private static final int BOM = '\uFEFF';

  /** Receives the records of a file one at a time. */
  @FunctionalInterface
  public interface RecordHandler {
    /**
     * Takes one record.
     *
     * @param fields the record's fields (the list is reused: copy what you keep)
     * @param line the line on which the record starts, from 1
     */
    void record(List<String> fields, int line);
  }

  private final Reader in;
  private final char delimiter;
  private int line = 1;
  private int pending = -2;

  private CsvParser(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /**
   * Reads all records: first the header, then the rows, each handed over with the line it starts on.
   * Every record must have as many fields as the header.
   *
   * @throws CrmValidationException when the text is not strict CSV (field {@code csv}, rules {@code
   *     quote}, {@code unterminated-quote}, {@code field-count}, {@code empty})
   * @throws UncheckedIOException when the reader fails
   */
  public static void read(Reader in, char delimiter, RecordHandler handler) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw CrmValidationException.of("csv.delimiter", "invalid", delimiter, "a quote or line break cannot separate fields");
    }
    new CsvParser(in, delimiter).readAll(handler);
  }

  private void readAll(RecordHandler handler) {
    List<String> fields = new ArrayList<>();
    int headerSize = -1;
    int blankLines = 0;
    int blankLineAt = 0;
    if (peek() == BOM) {
      next();
    }
    while (peek() != -1) {
      int start = line;
      boolean blank = readRecord(fields);
      if (blank) {
        if (blankLines++ == 0) {
          blankLineAt = start;
        }
        continue;
      }
      if (headerSize < 0) {
        if (blankLines > 0) {
          throw CrmValidationException.of("csv", "empty", "line " + blankLineAt, "the header is on the first line");
        }
        headerSize = fields.size();
      } else {
        if (blankLines > 0) {
          throw CrmValidationException.of(
              "csv", "empty", "line " + blankLineAt, "an empty line in the middle of the file at line " + blankLineAt);
        }
        if (fields.size() != headerSize) {
          throw CrmValidationException.of(
              "csv",
              "field-count",
              "line " + start,
              "line " + start + " has " + fields.size() + " fields, the header " + headerSize);
        }
      }
      handler.record(fields, start);
    }
    if (headerSize < 0) {
      throw CrmValidationException.of("csv", "empty", "", "the file has no header");
    }
  }

  /** Reads one record into {@code fields}; true when the line was empty (and nothing was read). */
  private boolean readRecord(List<String> fields) {
    fields.clear();
    if (peek() == '\r' || peek() == '\n') {
      endLine(next());
      return true;
    }
    StringBuilder field = new StringBuilder();
    while (true) {
      int c = peek();
      if (c == '"') {
        next();
        readQuoted(field);
        c = peek();
        if (c != delimiter && c != '\r' && c != '\n' && c != -1) {
          throw CrmValidationException.of(
              "csv", "quote", "line " + line, "text after a closing quote on line " + line);
        }
      } else {
        while (c != delimiter && c != '\r' && c != '\n' && c != -1) {
          if (c == '"') {
            throw CrmValidationException.of(
                "csv", "quote", "line " + line, "a quote inside an unquoted field on line " + line);
          }
          field.append((char) next());
          c = peek();
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      c = next();
      if (c == delimiter) {
        continue;
      }
      endLine(c);
      return false;
    }
  }

  /** Counts the line that {@code c} ended (a CRLF is one line end); nothing when the text ended. */
  private void endLine(int c) {
    if (c == '\r' && peek() == '\n') {
      next();
    }
    if (c == '\r' || c == '\n') {
      line++;
    }
  }

  private void readQuoted(StringBuilder field) {
    int startLine = line;
    while (true) {
      int c = next();
      if (c == -1) {
        throw CrmValidationException.of(
            "csv", "unterminated-quote", "line " + startLine, "the quoted field from line " + startLine + " never ends");
      }
      if (c == '"') {
        if (peek() == '"') {
          next();
          field.append('"');
          continue;
        }
        return;
      }
      if (c == '\n' || (c == '\r' && peek() != '\n')) {
        line++;
      }
      field.append((char) c);
    }
  }

  private int peek() {
    if (pending == -2) {
      pending = readChar();
    }
    return pending;
  }

  private int next() {
    int c = peek();
    pending = -2;
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
