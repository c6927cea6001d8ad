package io.crmkit.examples.report;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text for a terminal: a header, rows and an optional total row under a rule, columns
 * padded to their widest cell and two spaces apart, numbers aligned right.
 *
 * <pre>{@code
 * TextTable table = TextTable.of(TextTable.left("STAGE"), TextTable.right("DEALS"));
 * table.row("Discovery", "12");
 * table.total("All", "12");
 * table.render()   // "  STAGE      DEALS\n  ---------  -----\n  Discovery     12\n ..."
 * }</pre>
 */
public final class TextTable {
  private static final String INDENT = "  ";
  private static final String GAP = "  ";

  /** A column: its heading and whether its cells align right. */
  public record Column(String heading, boolean alignRight) {
    /** Checks the heading. */
    public Column {
      CrmValidationException.required("column.heading", heading);
    }
  }

  private final List<Column> columns;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<List<String>> totals = new ArrayList<>();

  private TextTable(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  /** A table with these columns. */
  public static TextTable of(Column... columns) {
    if (columns.length == 0) {
      throw CrmValidationException.of("table.columns", "required", 0, "a table has at least one column");
    }
    return new TextTable(List.of(columns));
  }

  /** A column of text, aligned left. */
  public static Column left(String heading) {
    return new Column(heading, false);
  }

  /** A column of numbers or amounts, aligned right. */
  public static Column right(String heading) {
    return new Column(heading, true);
  }

  /**
   * Adds a row.
   *
   * @throws CrmValidationException when it does not have one cell per column
   */
  public TextTable row(String... cells) {
    rows.add(checked(cells));
    return this;
  }

  /**
   * Adds a total row, printed under a rule after the rows.
   *
   * @throws CrmValidationException when it does not have one cell per column
   */
  public TextTable total(String... cells) {
    totals.add(checked(cells));
    return this;
  }

  /** The table as lines of text, each ending in a line break; trailing spaces trimmed. */
  public String render() {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).heading().length();
    }
    for (List<String> row : all()) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, columns.stream().map(Column::heading).toList(), widths);
    line(out, rule(widths), widths);
    rows.forEach(row -> line(out, row, widths));
    if (!totals.isEmpty()) {
      line(out, rule(widths), widths);
      totals.forEach(row -> line(out, row, widths));
    }
    return out.toString();
  }

  private List<List<String>> all() {
    List<List<String>> all = new ArrayList<>(rows);
    all.addAll(totals);
    return all;
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(INDENT);
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String padding = " ".repeat(widths[c] - cell.length());
      line.append(c == 0 ? "" : GAP).append(columns.get(c).alignRight() ? padding + cell : cell + padding);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static List<String> rule(int[] widths) {
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    return rule;
  }

  private List<String> checked(String[] cells) {
    if (cells.length != columns.size()) {
      throw CrmValidationException.of("table.row", "size", cells.length,
          "a row has one cell per column: " + columns.size());
    }
    List<String> row = new ArrayList<>();
    for (String cell : cells) {
      row.add(CrmValidationException.required("table.cell", cell));
    }
    return row;
  }
}
