package io.crmkit.examples.csv;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads JSON Lines as an export writes them: one JSON object per line, whose property names are the
 * columns. The first object's names make the header, in their order; every object must have the
 * same names (in any order). A {@code null} is a blank cell, a string its text, a number or boolean
 * its JSON text, an object or array its compact JSON (for the columns that hold JSON).
 *
 * <p>As {@link CsvReader} does, it records problems on the record instead of throwing: malformed
 * UTF-8 ({@code utf8}), a line that is not one JSON object or repeats a property ({@code json}),
 * names that differ from the first line's ({@code fields}), values or lines that are too long
 * ({@code length}). Empty lines are skipped. Not thread-safe.
 */
final class JsonLinesReader implements RecordSource {
  /** The longest line read, as a multiple of the longest field. */
  static final int LINE_LENGTH_IN_FIELDS = 16;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final StrictUtf8Reader in;
  private final int maxFieldLength;
  private final int maxLineLength;
  private int line;
  private boolean started;
  private boolean ended;
  private List<String> header = List.of();
  private Optional<CsvRecord> pending = Optional.empty();

  JsonLinesReader(InputStream in, int maxFieldLength) {
    this.in = new StrictUtf8Reader(in);
    this.maxFieldLength = maxFieldLength;
    this.maxLineLength = (int) Math.min(Integer.MAX_VALUE - 8L, (long) maxFieldLength * LINE_LENGTH_IN_FIELDS);
  }

  @Override
  public Optional<CsvRecord> next() throws IOException {
    if (pending.isPresent()) {
      Optional<CsvRecord> record = pending;
      pending = Optional.empty();
      return record;
    }
    Optional<Line> next = readLine();
    while (next.isPresent() && next.get().problems().isEmpty() && Cells.isBlank(next.get().text())) {
      next = readLine();
    }
    if (next.isEmpty()) {
      return Optional.empty();
    }
    Line text = next.get();
    List<CsvRecord.Problem> problems = new ArrayList<>(text.problems());
    Map<String, String> values = problems.isEmpty() ? parse(text.text(), problems) : Map.of();
    if (!problems.isEmpty()) {
      return Optional.of(new CsvRecord(text.number(), List.of(), problems));
    }
    boolean first = !started;
    started = true;
    if (first) {
      header = List.copyOf(values.keySet());
      pending = Optional.of(row(text.number(), values, problems));
      return Optional.of(new CsvRecord(text.number(), header, List.of()));
    }
    return Optional.of(row(text.number(), values, problems));
  }

  /** The object's values in the header's order, or a problem when its names differ. */
  private CsvRecord row(int number, Map<String, String> values, List<CsvRecord.Problem> problems) {
    if (!values.keySet().equals(Set.copyOf(header))) {
      Set<String> missing = new TreeSet<>(header);
      missing.removeAll(values.keySet());
      Set<String> extra = new TreeSet<>(values.keySet());
      header.forEach(extra::remove);
      problems.add(new CsvRecord.Problem(-1, "fields", "the object's properties differ from the first line's"
          + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
          + (extra.isEmpty() ? "" : "; not on the first line: " + String.join(", ", extra))));
      return new CsvRecord(number, List.of(), problems);
    }
    List<String> fields = new ArrayList<>(header.size());
    for (int i = 0; i < header.size(); i++) {
      String value = values.get(header.get(i));
      if (value.length() > maxFieldLength) {
        problems.add(new CsvRecord.Problem(i, "length", "longer than " + maxFieldLength + " characters"));
        value = "";
      }
      fields.add(value);
    }
    return new CsvRecord(number, fields, problems);
  }

  private Map<String, String> parse(String text, List<CsvRecord.Problem> problems) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JacksonException e) {
      problems.add(new CsvRecord.Problem(-1, "json", "not JSON: " + firstLine(e.getOriginalMessage())));
      return Map.of();
    }
    if (node == null || !node.isObject()) {
      problems.add(new CsvRecord.Problem(-1, "json", "each line holds one JSON object, {\"column\":\"value\",...}"));
      return Map.of();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      JsonNode value = property.getValue();
      String cell;
      if (value.isNull()) {
        cell = "";
      } else if (value.isContainerNode()) {
        cell = value.toString();
      } else {
        cell = value.asText();
      }
      values.put(property.getKey(), cell);
    }
    return values;
  }

  /** The next line without its line end, with the problems of its bytes, or empty at the end. */
  private Optional<Line> readLine() throws IOException {
    if (ended) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    List<CsvRecord.Problem> problems = new ArrayList<>();
    int number = ++line;
    boolean malformed = false;
    boolean tooLong = false;
    while (true) {
      int c = in.read();
      if (!started && text.length() == 0 && number == 1 && c == '\uFEFF') {
        continue;
      }
      if (c == StrictUtf8Reader.END) {
        ended = true;
        if (text.length() == 0 && problems.isEmpty()) {
          return Optional.empty();
        }
        break;
      }
      if (c == '\n') {
        break;
      }
      if (c == StrictUtf8Reader.MALFORMED) {
        if (!malformed) {
          malformed = true;
          problems.add(new CsvRecord.Problem(-1, "utf8", "not UTF-8: the bytes " + in.malformedBytes()
              + " are no UTF-8 character; save the file as UTF-8"));
        }
        continue;
      }
      if (text.length() < maxLineLength) {
        text.append((char) c);
      } else if (!tooLong) {
        tooLong = true;
        problems.add(new CsvRecord.Problem(-1, "length", "the line is longer than " + maxLineLength
            + " characters; the rest of it was not read"));
      }
    }
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == '\r') {
      text.setLength(end - 1);
    }
    return Optional.of(new Line(number, text.toString(), problems));
  }

  private static String firstLine(String text) {
    String first = String.valueOf(text).lines().findFirst().orElse("");
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }

  /** One line of the file. */
  private record Line(int number, String text, List<CsvRecord.Problem> problems) {}
}
