package io.crmkit.scoring.dataset;

import io.crmkit.core.CrmValidationException;
import io.crmkit.scoring.dataset.internal.CsvParser;
import io.crmkit.scoring.dataset.internal.NumberText;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file of closed leads into a {@link Dataset}: a header, then one lead per row, a 0/1
 * target column, and any mix of numeric and categorical columns.
 *
 * <p>A column is numeric when every value that is not missing is a decimal number ({@code 12},
 * {@code -0.5}, {@code 1e3}), unless the options make it categorical; otherwise it is categorical.
 * Blank cells and the options' placeholders ({@code Select}, {@code NA}...) are missing values. The
 * CSV is read strictly (see {@link CsvDatasetOptions} and the refusals below); nothing is guessed.
 */
public final class CsvDatasetReader {
  private CsvDatasetReader() {}

  /**
   * Reads a UTF-8 CSV file.
   *
   * @throws CrmValidationException as {@link #read(Reader, CsvDatasetOptions)} does
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Dataset read(Path file, CsvDatasetOptions options) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads CSV text. */
  public static Dataset read(String csv, CsvDatasetOptions options) {
    return read(new StringReader(csv), options);
  }

  /**
   * Reads CSV from a reader (which the caller closes).
   *
   * @throws CrmValidationException when the CSV is malformed ({@code csv}: rules {@code quote},
   *     {@code unterminated-quote}, {@code field-count}, {@code empty}); a header name is blank or
   *     repeated ({@code csv.header}: {@code required}, {@code duplicate}); the target column is not
   *     in the header ({@code csv.targetColumn}: {@code missing-column}); an excluded or categorical
   *     column is not in the header ({@code csv.excludedColumns} or {@code csv.categoricalColumns}:
   *     {@code unknown-column}); a target value is blank or a placeholder ({@code csv.<target>}:
   *     {@code required}) or is not 0 or 1 ({@code csv.<target>}: {@code not-0-or-1}); or there is
   *     no row ({@code csv}: {@code no-rows})
   */
  public static Dataset read(Reader in, CsvDatasetOptions options) {
    CrmValidationException.required("csv.options", options);
    Table table = new Table(options);
    CsvParser.read(in, options.delimiter(), table::record);
    return table.dataset();
  }

  /** The columns read so far, as texts. */
  private static final class Table {
    private final CsvDatasetOptions options;
    private List<String> header = List.of();
    private int target = -1;
    private int[] featureColumns = new int[0];
    private @Nullable String[][] cells = new String[0][];
    private boolean[] won = new boolean[1024];
    private int rows;

    Table(CsvDatasetOptions options) {
      this.options = options;
    }

    void record(List<String> fields, int line) {
      if (target < 0) {
        readHeader(fields);
        return;
      }
      if (rows == won.length) {
        won = Arrays.copyOf(won, rows * 2);
        for (int f = 0; f < cells.length; f++) {
          cells[f] = Arrays.copyOf(cells[f], rows * 2);
        }
      }
      won[rows] = outcome(fields.get(target), line);
      for (int f = 0; f < featureColumns.length; f++) {
        String cell = fields.get(featureColumns[f]);
        cells[f][rows] = options.isMissing(cell) ? null : cell.strip();
      }
      rows++;
    }

    private void readHeader(List<String> fields) {
      List<String> names = new ArrayList<>(fields.size());
      for (int c = 0; c < fields.size(); c++) {
        String name = fields.get(c).strip();
        if (name.isEmpty()) {
          throw CrmValidationException.of("csv.header", "required", "column " + (c + 1), "every column has a name");
        }
        if (names.contains(name)) {
          throw CrmValidationException.of("csv.header", "duplicate", name, "each column is named once");
        }
        names.add(name);
      }
      header = List.copyOf(names);
      target = header.indexOf(options.targetColumn());
      if (target < 0) {
        throw CrmValidationException.of(
            "csv.targetColumn", "missing-column", options.targetColumn(), "the header has no such column: " + header);
      }
      requireKnown("csv.excludedColumns", options.excludedColumns());
      requireKnown("csv.categoricalColumns", options.categoricalColumns());
      List<Integer> kept = new ArrayList<>();
      for (int c = 0; c < header.size(); c++) {
        if (c != target && !options.excludedColumns().contains(header.get(c))) {
          kept.add(c);
        }
      }
      featureColumns = kept.stream().mapToInt(Integer::intValue).toArray();
      cells = new String[featureColumns.length][won.length];
    }

    private void requireKnown(String field, Set<String> columns) {
      for (String column : columns) {
        if (!header.contains(column)) {
          throw CrmValidationException.of(field, "unknown-column", column, "the header has no such column: " + header);
        }
      }
    }

    private boolean outcome(String cell, int line) {
      String value = cell.strip();
      String field = "csv." + options.targetColumn();
      if (options.isMissing(value)) {
        throw CrmValidationException.of(field, "required", cell, "line " + line + " has no outcome; the target is 0 or 1");
      }
      if (value.equals("1")) {
        return true;
      }
      if (value.equals("0")) {
        return false;
      }
      throw CrmValidationException.of(field, "not-0-or-1", cell, "line " + line + ": the target is 0 (lost) or 1 (won)");
    }

    Dataset dataset() {
      if (rows == 0) {
        throw CrmValidationException.of("csv", "no-rows", "", "the file has a header and no leads");
      }
      List<Feature> features = new ArrayList<>();
      List<double[]> numbers = new ArrayList<>();
      List<int[]> levels = new ArrayList<>();
      for (int f = 0; f < featureColumns.length; f++) {
        String name = header.get(featureColumns[f]);
        @Nullable String[] column = cells[f];
        if (!options.categoricalColumns().contains(name) && allNumbers(column)) {
          double[] values = new double[rows];
          for (int r = 0; r < rows; r++) {
            String cell = column[r];
            values[r] = cell == null ? Double.NaN : NumberText.parse(cell);
          }
          features.add(new NumericFeature(name));
          numbers.add(values);
          levels.add(new int[0]);
        } else {
          Map<String, Integer> index = new LinkedHashMap<>();
          int[] codes = new int[rows];
          for (int r = 0; r < rows; r++) {
            String cell = column[r];
            codes[r] = cell == null ? -1 : index.computeIfAbsent(cell, k -> index.size());
          }
          features.add(new CategoricalFeature(name, List.copyOf(index.keySet())));
          numbers.add(new double[0]);
          levels.add(codes);
        }
        cells[f] = new String[0];
      }
      return Dataset.ofColumns(features, numbers, levels, Arrays.copyOf(won, rows));
    }

    private boolean allNumbers(@Nullable String[] column) {
      Map<String, Boolean> seen = new HashMap<>();
      for (int r = 0; r < rows; r++) {
        String cell = column[r];
        if (cell != null && !seen.computeIfAbsent(cell, NumberText::isNumber)) {
          return false;
        }
      }
      return true;
    }
  }
}
