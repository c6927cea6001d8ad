package io.crmkit.analytics.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The records of a CSV text read by RFC 4180, strictly: a field is either plain (no quote in it) or
 * quoted from its first character to a closing quote that is followed by the delimiter or the end of
 * the line, with {@code ""} for a quote inside; a quoted field may span lines. Lines end with CRLF or
 * LF (a CR alone is refused). Empty lines are skipped. A byte-order mark at the start is dropped.
 *
 * <p>A malformed record is returned with its problem, and reading goes on at the next line (after
 * an unclosed quote there is none: it ran to the end of the text).
 */
final class Rfc4180Records {
  private static final int END = -1;

  private final Reader in;
  private final char delimiter;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private int line = 1;
  private boolean started;

  /**
   * One record.
   *
   * @param line the line it starts on, from 1
   * @param fields its fields, as far as read
   * @param problem what is malformed, if anything
   */
  record Record(int line, List<String> fields, Optional<String> problem) {}

  Rfc4180Records(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The next record, or null at the end of the text. */
  @Nullable Record next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        read();
      }
    }
    int c = read();
    while (c == '\n' || (c == '\r' && peek() == '\n')) {
      if (c == '\r') {
        read();
      }
      line++;
      c = read();
    }
    if (c == END) {
      return null;
    }
    int startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      if (c == '"') {
        int openedOn = line;
        while (true) {
          c = read();
          if (c == END) {
            fields.add(field.toString());
            return new Record(startLine, fields, Optional.of("column " + fields.size()
                + ": the quote opened on line " + openedOn + " is never closed"));
          }
          if (c == '"') {
            if (peek() == '"') {
              read();
              field.append('"');
              continue;
            }
            break;
          }
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
        c = read();
        if (c != delimiter && c != '\n' && c != '\r' && c != END) {
          fields.add(field.toString());
          return malformed(startLine, fields, c, "column " + fields.size()
              + ": text after the closing quote: a quoted field ends at the delimiter or the line's end");
        }
      } else {
        while (c != delimiter && c != '\n' && c != '\r' && c != END) {
          if (c == '"') {
            fields.add(field.toString());
            return malformed(startLine, fields, c, "column " + fields.size()
                + ": a quote inside a field that does not start with one: quote the whole field and double the"
                + " quote");
          }
          field.append((char) c);
          c = read();
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (c == delimiter) {
        c = read();
        continue;
      }
      if (c == '\r') {
        if (peek() != '\n') {
          return malformed(startLine, fields, c, "a carriage return without a line feed: lines end with CRLF or LF");
        }
        read();
        c = '\n';
      }
      if (c == '\n') {
        line++;
      }
      return new Record(startLine, fields, Optional.empty());
    }
  }

  /** A bad record: the rest of its line is skipped. */
  private Record malformed(int startLine, List<String> fields, int at, String problem) throws IOException {
    int c = at;
    while (c != '\n' && c != END) {
      c = read();
    }
    if (c == '\n') {
      line++;
    }
    return new Record(startLine, fields, Optional.of(problem));
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return END;
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return END;
    }
    return buffer[position];
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
