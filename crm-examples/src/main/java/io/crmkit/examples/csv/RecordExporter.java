package io.crmkit.examples.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes records to CSV or JSON Lines with exactly the canonical columns an import reads, so that
 * an export imported into an empty store gives the same records.
 *
 * <p>The columns are the record type's canonical columns, then one {@code cf.<name>} column for each
 * custom field any of the records has, sorted by name. Import-only columns are written blank. Cells
 * are written as the package documentation describes (ISO-8601 times, decimals in plain notation,
 * lists joined by {@code ;}, structured values as crm-core's JSON). Values are written as they are:
 * a text starting with {@code =} is not escaped for spreadsheets, since that would change it.
 */
public final class RecordExporter {
  private RecordExporter() {}

  /**
   * Writes the records in a format; the stream is flushed, not closed.
   *
   * @throws IOException when the stream fails
   */
  public static <A extends Aggregate<?>> void write(RecordType<A> type, List<? extends A> records, ExportFormat format,
      OutputStream out) throws IOException {
    CrmValidationException.required("type", type);
    CrmValidationException.required("records", records);
    CrmValidationException.required("format", format);
    CrmValidationException.required("out", out);
    List<Map<String, String>> rows = new ArrayList<>();
    TreeSet<String> customFields = new TreeSet<>();
    for (A record : records) {
      Map<String, String> cells = type.format().cellsOf(CrmValidationException.required("record", record));
      cells.keySet().stream().filter(c -> c.startsWith(RecordFormat.CUSTOM_FIELD_PREFIX)).forEach(customFields::add);
      rows.add(cells);
    }
    List<String> columns = new ArrayList<>(type.columns());
    columns.addAll(customFields);
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    if (format == ExportFormat.CSV) {
      writeCsv(writer, columns, rows);
    } else {
      writeJsonLines(writer, columns, rows, type.format());
    }
    writer.flush();
  }

  private static void writeCsv(Writer writer, List<String> columns, List<Map<String, String>> rows)
      throws IOException {
    writeCsvRow(writer, columns);
    for (Map<String, String> row : rows) {
      List<String> fields = new ArrayList<>(columns.size());
      for (String column : columns) {
        fields.add(row.getOrDefault(column, ""));
      }
      writeCsvRow(writer, fields);
    }
  }

  /** One CSV record, quoting the fields that need it, ended by CRLF. */
  static void writeCsvRow(Writer writer, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      String field = fields.get(i);
      if (needsQuotes(field)) {
        writer.write('"');
        writer.write(field.replace("\"", "\"\""));
        writer.write('"');
      } else {
        writer.write(field);
      }
    }
    writer.write("\r\n");
  }

  private static boolean needsQuotes(String field) {
    if (field.isEmpty()) {
      return false;
    }
    // A leading U+FEFF unquoted at the start of a file would be read as a byte order mark.
    if (ColumnMapping.isSpace(field.charAt(0)) || ColumnMapping.isSpace(field.charAt(field.length() - 1))
        || field.charAt(0) == '\uFEFF') {
      return true;
    }
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  private static void writeJsonLines(Writer writer, List<String> columns, List<Map<String, String>> rows,
      RecordFormat<?> format) throws IOException {
    for (Map<String, String> row : rows) {
      try (JsonGenerator json = Cells.JSON.getFactory().createGenerator(new NotClosing(writer))) {
        json.writeStartObject();
        for (String column : columns) {
          String cell = row.getOrDefault(column, "");
          json.writeFieldName(column);
          if (cell.isEmpty()) {
            json.writeNull();
          } else if (format.jsonColumns().contains(column)) {
            json.writeRawValue(cell);
          } else {
            json.writeString(cell);
          }
        }
        json.writeEndObject();
      }
      writer.write('\n');
    }
  }

  /** A writer that the JSON generator may close without closing the export's stream. */
  private static final class NotClosing extends Writer {
    private final Writer target;

    NotClosing(Writer target) {
      this.target = target;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      target.write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
      target.flush();
    }

    @Override
    public void close() throws IOException {
      target.flush();
    }
  }
}
