package io.crmkit.examples.cli;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.examples.csv.ExportFormat;
import io.crmkit.examples.csv.RecordExporter;
import io.crmkit.examples.csv.RecordType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm export <type> --file F}: writes every stored record of a type to a CSV
 * or JSON Lines file with the canonical columns, so that {@code crm import} reads it back unchanged.
 * The file is written whole or not at all: into a temporary file beside it, then moved in place.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Exports every contact, account, lead, opportunity, order or activity to a CSV or JSON Lines"
        + " file with the columns crm import reads.")
public final class ExportCommand implements Callable<Integer> {

  /** The command as picocli runs it, for its output streams. */
  @Spec CommandSpec spec;

  /** The record type, by its name: {@code contacts}. */
  @Parameters(index = "0", paramLabel = "<type>",
      description = "What to export: contacts, accounts, leads, opportunities, orders or activities.")
  String type = "";

  /** The file to write, or {@code -} for the standard output. */
  @Option(names = "--file", required = true, paramLabel = "<file>",
      description = "The file to write (replaced if it exists); - writes to the standard output.")
  Path file = Path.of("");

  /** The file's format; by its name when absent. */
  @Option(names = "--format", paramLabel = "csv|json",
      description = "csv or json (JSON Lines); default: json for .json, .jsonl and .ndjson files, csv otherwise.")
  @Nullable ExportFormat format;

  /** Which database to export from. */
  @Mixin StoreOptions store = new StoreOptions();

  /** Makes the command; picocli fills in its options. */
  public ExportCommand() {}

  /**
   * Writes the export and says how many records it holds (on the standard error when the export
   * itself goes to the standard output).
   *
   * @throws CrmValidationException when the type is unknown or the file cannot be written (exit 2)
   */
  @Override
  public Integer call() {
    RecordType<?> recordType = RecordType.named(type);
    ExportFormat fileFormat = format != null ? format : ImportCommand.formatOf(file);
    boolean toStandardOutput = file.toString().equals("-");
    int count;
    try (CrmStore crm = CrmStore.open(store)) {
      count = toStandardOutput ? writeToOut(crm, recordType, fileFormat) : writeToFile(crm, recordType, fileFormat);
    }
    PrintWriter report = toStandardOutput ? spec.commandLine().getErr() : spec.commandLine().getOut();
    report.println("Exported " + count + " " + recordType.name() + " to " + (toStandardOutput ? "the standard output"
        : file.toString()) + " (" + fileFormat.name().toLowerCase(Locale.ROOT) + ")");
    report.flush();
    return ExitCode.OK;
  }

  private int writeToOut(CrmStore crm, RecordType<?> recordType, ExportFormat fileFormat) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int count = write(crm, recordType, fileFormat, bytes);
    PrintWriter out = spec.commandLine().getOut();
    out.print(bytes.toString(StandardCharsets.UTF_8));
    out.flush();
    return count;
  }

  private int writeToFile(CrmStore crm, RecordType<?> recordType, ExportFormat fileFormat) {
    Path target = file.toAbsolutePath();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
      int count;
      try (OutputStream out = Files.newOutputStream(temporary)) {
        count = write(crm, recordType, fileFormat, out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      return count;
    } catch (IOException e) {
      throw CrmValidationException.of("file", "unwritable", file, "cannot write the file: " + e.getMessage());
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // The export is in place or failed already; a left-over temporary file is only untidy.
        }
      }
    }
  }

  private static <A extends Aggregate<?>> int write(CrmStore crm, RecordType<A> recordType, ExportFormat fileFormat,
      OutputStream out) {
    List<A> records = crm.all(recordType);
    try {
      RecordExporter.write(recordType, records, fileFormat, out);
    } catch (IOException e) {
      throw CrmValidationException.of("file", "unwritable", "-", "cannot write the export: " + e.getMessage());
    }
    return records.size();
  }
}
