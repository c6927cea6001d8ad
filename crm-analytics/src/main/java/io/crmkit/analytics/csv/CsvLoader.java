package io.crmkit.analytics.csv;

import io.crmkit.core.CrmValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV rows into input rows with a function per row, keeping every row that reads and
 * reporting every row that does not, with its line.
 *
 * <p>The first record is the header. A header missing a required column, or naming a column twice
 * or with a blank name, refuses the whole file; so does text that is not CSV (a stray or
 * unterminated quote). A row with another number of cells than the header, or whose values are
 * refused, becomes a {@link RejectedRow}.
 */
public final class CsvLoader {
  private CsvLoader() {}

  /**
   * Reads CSV text.
   *
   * @param csv the text, header first
   * @param required the columns the header must name (case ignored)
   * @param reader makes one input row from a CSV row, refusing bad cells with a
   *     {@link CrmValidationException}
   */
  public static <T> CsvLoad<T> load(String csv, Collection<String> required, Function<CsvRow, T> reader) {
    CrmValidationException.required("csv", csv);
    return load(new StringReader(csv), required, reader);
  }

  /**
   * Reads a UTF-8 file.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static <T> CsvLoad<T> load(Path file, Collection<String> required, Function<CsvRow, T> reader) {
    CrmValidationException.required("file", file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(in, required, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads CSV from a reader, which the caller closes.
   *
   * @throws CrmValidationException when the text is not CSV ({@code csv}: {@code quote},
   *     {@code line-end},
   *     {@code unterminated-quote}), there is no header ({@code csv}: {@code empty}), or the header
   *     has a blank or repeated name or lacks a required column ({@code csv.header}:
   *     {@code required}, {@code duplicate}, {@code missing-column})
   */
  public static <T> CsvLoad<T> load(Reader in, Collection<String> required, Function<CsvRow, T> reader) {
    CrmValidationException.required("in", in);
    CrmValidationException.required("required", required);
    CrmValidationException.required("reader", reader);
    Rows<T> rows = new Rows<>(required, reader);
    CsvParser.readStrictly(in, rows::record);
    if (rows.columns == null) {
      throw CrmValidationException.of("csv", "empty", "", "the file has no header");
    }
    return new CsvLoad<>(rows.read, rows.rejected);
  }

  private static final class Rows<T> {
    private final Collection<String> required;
    private final Function<CsvRow, T> reader;
    private final List<T> read = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private @Nullable Map<String, Integer> columns;

    Rows(Collection<String> required, Function<CsvRow, T> reader) {
      this.required = required;
      this.reader = reader;
    }

    void record(List<String> cells, int line) {
      if (columns == null) {
        columns = header(cells);
        return;
      }
      Map<String, Integer> header = columns;
      if (cells.size() != header.size()) {
        rejected.add(new RejectedRow(line, "csv", "field-count", cells.size() + " cells",
            "line " + line + " has " + cells.size() + " cells, the header " + header.size()));
        return;
      }
      try {
        read.add(CrmValidationException.required("row", reader.apply(new CsvRow(header, cells, line))));
      } catch (CrmValidationException e) {
        rejected.add(RejectedRow.of(line, e));
      }
    }

    private Map<String, Integer> header(List<String> cells) {
      Map<String, Integer> names = new HashMap<>();
      for (int c = 0; c < cells.size(); c++) {
        String name = CsvRow.key(cells.get(c));
        if (name.isEmpty()) {
          throw CrmValidationException.of("csv.header", "required", "column " + (c + 1), "every column has a name");
        }
        if (names.put(name, c) != null) {
          throw CrmValidationException.of("csv.header", "duplicate", name, "each column is named once");
        }
      }
      for (String column : required) {
        if (!names.containsKey(CsvRow.key(column))) {
          throw CrmValidationException.of("csv.header", "missing-column", column,
              "the header has no column " + column + "; it has " + cells);
        }
      }
      return Map.copyOf(names);
    }
  }
}
