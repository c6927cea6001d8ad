package io.crmkit.scoring.dataset;

import io.crmkit.core.CrmValidationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How to read a CSV file of closed leads into a {@link Dataset}: which column holds the 0/1 outcome,
 * which columns to leave out, which to read as categories even when they hold numbers, which texts
 * mean "no value", and the delimiter.
 *
 * <pre>{@code
 * CsvDatasetOptions options = CsvDatasetOptions.target("Converted")
 *     .excluding("Prospect ID", "Lead Number")
 *     .categorical("Zip code");
 * }</pre>
 *
 * @param targetColumn the column of the outcome: {@code 1} for a won lead, {@code 0} for a lost one
 * @param excludedColumns columns left out of the dataset (identifiers, free text, leaks of the outcome)
 * @param categoricalColumns columns read as categories even when every value is a number
 * @param missingValues texts that mean "no value" (compared without case and surrounding white
 *     space); a blank cell is always missing
 * @param delimiter the character between fields
 */
public record CsvDatasetOptions(
    String targetColumn,
    Set<String> excludedColumns,
    Set<String> categoricalColumns,
    Set<String> missingValues,
    char delimiter) {

  /**
   * The placeholders read as missing unless told otherwise: {@code Select} (the untouched default of
   * many web forms), {@code NA}, {@code N/A} and {@code null}.
   */
  public static final Set<String> COMMON_PLACEHOLDERS = Set.of("select", "na", "n/a", "null");

  /**
   * Checks and normalises the options: names stripped, placeholders stripped and lower-cased.
   *
   * @throws CrmValidationException when the target is blank ({@code csv.targetColumn}, rule {@code
   *     required}), the target is excluded ({@code csv.excludedColumns}, rule {@code target}) or the
   *     delimiter is a quote or a line break ({@code csv.delimiter}, rule {@code invalid})
   */
  public CsvDatasetOptions {
    targetColumn = CrmValidationException.requiredText("csv.targetColumn", targetColumn).strip();
    excludedColumns = names("csv.excludedColumns", excludedColumns);
    categoricalColumns = names("csv.categoricalColumns", categoricalColumns);
    CrmValidationException.required("csv.missingValues", missingValues);
    Set<String> placeholders = new LinkedHashSet<>();
    for (String placeholder : missingValues) {
      placeholders.add(CrmValidationException.required("csv.missingValues", placeholder).strip().toLowerCase(Locale.ROOT));
    }
    missingValues = Set.copyOf(placeholders);
    if (excludedColumns.contains(targetColumn)) {
      throw CrmValidationException.of(
          "csv.excludedColumns", "target", targetColumn, "the target column cannot be excluded");
    }
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw CrmValidationException.of("csv.delimiter", "invalid", delimiter, "a quote or line break cannot separate fields");
    }
  }

  /** Options for a target column, with no column excluded, the common placeholders and commas. */
  public static CsvDatasetOptions target(String targetColumn) {
    return new CsvDatasetOptions(targetColumn, Set.of(), Set.of(), COMMON_PLACEHOLDERS, ',');
  }

  /** These options with more columns left out. */
  public CsvDatasetOptions excluding(String... columns) {
    return new CsvDatasetOptions(targetColumn, union(excludedColumns, columns), categoricalColumns, missingValues, delimiter);
  }

  /** These options with more columns read as categories. */
  public CsvDatasetOptions categorical(String... columns) {
    return new CsvDatasetOptions(targetColumn, excludedColumns, union(categoricalColumns, columns), missingValues, delimiter);
  }

  /** These options with other placeholders for "no value" (a blank cell stays missing). */
  public CsvDatasetOptions withMissingValues(String... placeholders) {
    return new CsvDatasetOptions(targetColumn, excludedColumns, categoricalColumns, Set.of(placeholders), delimiter);
  }

  /** These options with another delimiter, such as {@code ';'} or a tab. */
  public CsvDatasetOptions withDelimiter(char separator) {
    return new CsvDatasetOptions(targetColumn, excludedColumns, categoricalColumns, missingValues, separator);
  }

  /** Whether a cell's text means "no value": blank, or one of the placeholders. */
  public boolean isMissing(String cell) {
    String s = cell.strip();
    return s.isEmpty() || missingValues.contains(s.toLowerCase(Locale.ROOT));
  }

  private static Set<String> names(String field, Set<String> names) {
    CrmValidationException.required(field, names);
    Set<String> stripped = new LinkedHashSet<>();
    for (String name : names) {
      stripped.add(CrmValidationException.requiredText(field, name).strip());
    }
    return Set.copyOf(stripped);
  }

  private static Set<String> union(Set<String> names, String... more) {
    Set<String> all = new LinkedHashSet<>(names);
    all.addAll(List.of(more));
    return all;
  }
}
