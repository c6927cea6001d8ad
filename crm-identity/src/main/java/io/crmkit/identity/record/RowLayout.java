package io.crmkit.identity.record;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the rows of a table (a CSV file, a query result) become identity records: which column holds
 * the id and which columns are the fields, named as in the header.
 *
 * @param header the column names, stripped, in table order
 * @param idColumn the column of the record id
 * @param columns the columns read as fields, in the order given; every column but the id when made
 *     with none
 */
public record RowLayout(List<String> header, String idColumn, List<String> columns) {

  /**
   * Checks that the id column and every field column are in the header, once.
   *
   * @throws CrmValidationException naming {@code table.header} (rule {@code unique}),
   *     {@code table.idColumn} or {@code table.columns} (rule {@code unknown-column})
   */
  public RowLayout {
    CrmValidationException.required("table.header", header);
    List<String> names = new ArrayList<>();
    for (String name : header) {
      String stripped = name == null ? "" : name.strip();
      if (names.contains(stripped)) {
        throw CrmValidationException.of("table.header", "unique", stripped, "a column is named once");
      }
      names.add(stripped);
    }
    header = List.copyOf(names);
    idColumn = CrmValidationException.requiredText("table.idColumn", idColumn);
    if (!header.contains(idColumn)) {
      throw CrmValidationException.of("table.idColumn", "unknown-column", idColumn, "the header has no such column");
    }
    CrmValidationException.required("table.columns", columns);
    List<String> fields = new ArrayList<>();
    for (String column : columns) {
      String name = CrmValidationException.requiredText("table.columns", column);
      if (!header.contains(name)) {
        throw CrmValidationException.of("table.columns", "unknown-column", name, "the header has no such column");
      }
      if (!fields.contains(name) && !name.equals(idColumn)) {
        fields.add(name);
      }
    }
    if (fields.isEmpty()) {
      for (String name : header) {
        if (!name.equals(idColumn)) {
          fields.add(name);
        }
      }
    }
    columns = List.copyOf(fields);
  }

  /** A layout that reads every column but the id as a field. */
  public static RowLayout of(List<String> header, String idColumn) {
    return new RowLayout(header, idColumn, List.of());
  }

  /** A layout that reads the given columns as fields. */
  public static RowLayout of(List<String> header, String idColumn, List<String> columns) {
    return new RowLayout(header, idColumn, columns);
  }

  /**
   * The record of one row: its id column's value and the field columns' values; blank cells are
   * missing values.
   *
   * @throws CrmValidationException naming {@code table.row} (rule {@code width}) when the row has
   *     another number of cells than the header, or {@code record.id} when its id is blank
   */
  public IdentityRecord record(List<String> row) {
    CrmValidationException.required("table.row", row);
    if (row.size() != header.size()) {
      throw CrmValidationException.of("table.row", "width", row.size(),
          "a row has one cell per column: " + header.size());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String column : columns) {
      values.put(column, row.get(header.indexOf(column)));
    }
    return new IdentityRecord(row.get(header.indexOf(idColumn)), values);
  }
}
