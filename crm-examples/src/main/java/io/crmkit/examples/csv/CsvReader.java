package io.crmkit.examples.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV as RFC 4180 defines it, strictly, from UTF-8 bytes: records of comma-separated
 * fields (or another delimiter's) ending in CRLF or LF (a lone CR is taken as a line end too); a
 * field holding a comma, a quote or a line break is enclosed in double quotes, and a quote inside
 * it is doubled.
 *
 * <p>Nothing is guessed and nothing is thrown for bad content: every problem is recorded on the
 * record it is found in ({@link CsvRecord#problems()}), with the line, and reading goes on with the
 * next record. The problems:
 *
 * <ul>
 *   <li>{@code utf8}: a byte sequence that is not UTF-8 (a file saved as Latin-1 or UTF-16);
 *   <li>{@code quote}: a quote inside a field that does not start with one, text after a closing
 *       quote, or a quoted field never closed (the record then runs to the end of the file);
 *   <li>{@code length}: a field longer than the limit; the rest of it is skipped, not kept.
 * </ul>
 *
 * <p>A UTF-8 byte order mark at the very start is skipped. Empty lines between records are skipped.
 * Fields beyond the column limit are counted but not kept. Not thread-safe.
 *
 * <p>Public so that other parts of the host application (the lifecycle replay) read CSV the same way
 * as an import does.
 */
public final class CsvReader implements RecordSource {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int NONE = -3;

  private final StrictUtf8Reader in;
  private final int maxFieldLength;
  private final int maxFields;
  private final char delimiter;
  private int line = 1;
  private int pushedBack = NONE;
  private boolean started;

  /**
   * A reader of the stream.
   *
   * @param maxFieldLength the longest field kept, in characters
   * @param maxFields the most fields kept per record; more are counted as one extra empty field
   */
  public CsvReader(InputStream in, int maxFieldLength, int maxFields) {
    this(in, maxFieldLength, maxFields, ',');
  }

  /**
   * A reader of the stream whose fields are separated by another character, such as {@code ;} or a
   * tab.
   *
   * @param maxFieldLength the longest field kept, in characters
   * @param maxFields the most fields kept per record; more are counted as one extra empty field
   * @param delimiter the character between fields
   * @throws IllegalArgumentException when the delimiter is a quote or a line break
   */
  public CsvReader(InputStream in, int maxFieldLength, int maxFields, char delimiter) {
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("a quote or a line break cannot separate fields");
    }
    this.in = new StrictUtf8Reader(in);
    this.maxFieldLength = maxFieldLength;
    this.maxFields = maxFields;
    this.delimiter = delimiter;
  }

  /**
   * The next record, or empty at the end of the input.
   *
   * @throws IOException when the stream fails
   */
  @Override
  public Optional<CsvRecord> next() throws IOException {
    int c = read();
    if (!started) {
      started = true;
      if (c == BYTE_ORDER_MARK) {
        c = read();
      }
    }
    while (c == '\n' || c == '\r') {
      c = endLine(c);
    }
    if (c == StrictUtf8Reader.END) {
      return Optional.empty();
    }
    int recordLine = line;
    List<String> fields = new ArrayList<>();
    List<CsvRecord.Problem> problems = new ArrayList<>();
    while (true) {
      Field field = new Field(fields.size(), problems);
      c = c == '"' ? quoted(field) : unquoted(c, field);
      if (fields.size() < maxFields) {
        fields.add(field.text());
      } else if (fields.size() == maxFields) {
        fields.add("");
      }
      if (c == delimiter) {
        c = read();
        continue;
      }
      if (c == '\n' || c == '\r') {
        pushedBack = endLine(c);
      }
      return Optional.of(new CsvRecord(recordLine, fields, problems));
    }
  }

  /** Reads an unquoted field from its first character; returns the character that ended it. */
  private int unquoted(int first, Field field) throws IOException {
    int c = first;
    while (c != delimiter && c != '\n' && c != '\r' && c != StrictUtf8Reader.END) {
      if (c == '"') {
        field.problem("quote", "a quote inside a field that does not start with one:"
            + " enclose the whole field in quotes and double each quote inside it");
      }
      field.add(c);
      c = read();
    }
    return c;
  }

  /** Reads a quoted field after its opening quote; returns the character after it. */
  private int quoted(Field field) throws IOException {
    int openedOn = line;
    while (true) {
      int c = read();
      switch (c) {
        case StrictUtf8Reader.END -> {
          field.problem("quote", "the quoted field that starts on line " + openedOn
              + " is never closed, so it runs to the end of the file: a closing quote is missing");
          return c;
        }
        case '"' -> {
          int after = read();
          if (after == '"') {
            field.add('"');
            continue;
          }
          if (after == delimiter || after == '\n' || after == '\r' || after == StrictUtf8Reader.END) {
            return after;
          }
          field.problem("quote", "text after the closing quote of a quoted field:"
              + " double each quote inside a quoted field");
          return unquoted(after, field);
        }
        case '\n' -> {
          line++;
          field.add(c);
        }
        case '\r' -> {
          int after = read();
          if (after != '\n') {
            pushedBack = after;
          }
          line++;
          field.add('\r');
          if (after == '\n') {
            field.add('\n');
          }
        }
        default -> field.add(c);
      }
    }
  }

  /** Consumes a line end starting with {@code c}; returns the character after it. */
  private int endLine(int c) throws IOException {
    line++;
    int next = read();
    if (c == '\r' && next == '\n') {
      return read();
    }
    return next;
  }

  private int read() throws IOException {
    if (pushedBack != NONE) {
      int c = pushedBack;
      pushedBack = NONE;
      return c;
    }
    return in.read();
  }

  /** A field being read: its text up to the limit and the problems found in it. */
  private final class Field {
    private final int index;
    private final List<CsvRecord.Problem> problems;
    private final StringBuilder text = new StringBuilder();
    private boolean tooLong;
    private boolean malformed;
    private boolean badQuote;

    Field(int index, List<CsvRecord.Problem> problems) {
      this.index = index;
      this.problems = problems;
    }

    void add(int c) {
      if (c == StrictUtf8Reader.MALFORMED) {
        if (!malformed) {
          malformed = true;
          problems.add(new CsvRecord.Problem(index, "utf8", "not UTF-8: the bytes " + in.malformedBytes()
              + " on line " + line + " are no UTF-8 character; save the file as UTF-8"));
        }
        return;
      }
      if (text.length() < maxFieldLength) {
        text.append((char) c);
      } else if (!tooLong) {
        tooLong = true;
        problems.add(new CsvRecord.Problem(index, "length",
            "longer than " + maxFieldLength + " characters; the rest of the field was not read"));
      }
    }

    void problem(String rule, String reason) {
      if (!badQuote) {
        badQuote = true;
        problems.add(new CsvRecord.Problem(index, rule, reason));
      }
    }

    String text() {
      return text.toString();
    }
  }
}
