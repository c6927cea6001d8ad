package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFieldSchema;
import io.crmkit.core.json.CrmJson;
import io.crmkit.examples.csv.ColumnMapping;
import io.crmkit.examples.csv.CsvImporter;
import io.crmkit.examples.csv.CsvLimits;
import io.crmkit.examples.csv.DuplicatePolicy;
import io.crmkit.examples.csv.ExportFormat;
import io.crmkit.examples.csv.ImportOptions;
import io.crmkit.examples.csv.ImportProblem;
import io.crmkit.examples.csv.ImportReport;
import io.crmkit.examples.csv.RecordType;
import io.crmkit.examples.csv.SkippedRow;
import io.crmkit.examples.jdbc.TimeOrderedIdGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
 * The subcommand {@code crm import <type> --file F}: imports a CSV or JSON Lines file into the store
 * with {@link CsvImporter} and prints the report: the counts, then every rejected row and every
 * skipped duplicate. New records get time-ordered ids ({@link TimeOrderedIdGenerator}).
 *
 * <p>Exit code 0 when every row was imported (or, in a dry run, would be), 2 when the file was
 * refused or a row rejected, whether or not the good rows were saved ({@code --partial}).
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports contacts, accounts, leads, opportunities, orders or activities from a CSV or JSON Lines file.",
      "All or nothing: if any row is rejected nothing is saved, unless --partial. Every rejected row is listed"
          + " with its line, field and reason."
    })
public final class ImportCommand implements Callable<Integer> {

  /** The command as picocli runs it, for its output streams. */
  @Spec CommandSpec spec;

  /** The record type, by its name: {@code contacts}. */
  @Parameters(index = "0", paramLabel = "<type>",
      description = "What the file holds: contacts, accounts, leads, opportunities, orders or activities.")
  String type = "";

  /** The file to import. */
  @Option(names = "--file", required = true, paramLabel = "<file>", description = "The file to import (UTF-8).")
  Path file = Path.of("");

  /** The file's format; by its name when absent. */
  @Option(names = "--format", paramLabel = "csv|json",
      description = "csv or json (JSON Lines); default: json for .json, .jsonl and .ndjson files, csv otherwise.")
  @Nullable ExportFormat format;

  /** Mapping pairs, {@code source=column}. */
  @Option(names = "--map", paramLabel = "<source=column>",
      description = "Reads a column of the file as a canonical column, such as --map 'E-Mail=email';"
          + " --map 'Notes=-' ignores a column. Repeatable.")
  List<String> mappings = new ArrayList<>();

  /** A file of mapping pairs. */
  @Option(names = "--mapping-file", paramLabel = "<file>",
      description = "A file of source=column lines (# comments); --map pairs win over it.")
  @Nullable Path mappingFile;

  /** Whether to check and save nothing. */
  @Option(names = "--dry-run", description = "Checks everything and saves nothing; the report says what would happen.")
  boolean dryRun;

  /** Whether to save the good rows when others are rejected. */
  @Option(names = "--partial", description = "Saves the good rows even when others are rejected.")
  boolean partial;

  /** What to do with duplicates. */
  @Option(names = "--on-duplicate", paramLabel = "skip|update|fail", defaultValue = "skip",
      description = "What to do with a row that duplicates a stored record or an earlier row:"
          + " skip it (default), update the stored record with the file's columns, or fail (reject it).")
  DuplicatePolicy onDuplicate = DuplicatePolicy.SKIP;

  /** Whether unknown columns are ignored instead of refusing the file. */
  @Option(names = "--ignore-unknown-columns",
      description = "Ignores (and lists) columns that are neither canonical nor mapped, instead of refusing the file.")
  boolean ignoreUnknownColumns;

  /** The custom field schema of the record type, as JSON. */
  @Option(names = "--custom-fields", paramLabel = "<schema.json>",
      description = "The custom fields of the record type, as crm-core's JSON of a CustomFieldSchema;"
          + " without it cf.<name> columns are read as text.")
  @Nullable Path customFields;

  /** The longest field, in characters. */
  @Option(names = "--max-field-size", paramLabel = "<characters>", defaultValue = "65536",
      description = "The longest field; a longer one rejects its row (default: ${DEFAULT-VALUE}).")
  int maxFieldSize = CsvLimits.DEFAULT.maxFieldLength();

  /** The most rows a file may have. */
  @Option(names = "--max-rows", paramLabel = "<rows>", defaultValue = "100000",
      description = "The most rows a file may have; a longer file is refused (default: ${DEFAULT-VALUE}).")
  int maxRows = CsvLimits.DEFAULT.maxRows();

  /** Which database to import into. */
  @Mixin StoreOptions store = new StoreOptions();

  /** Makes the command; picocli fills in its options. */
  public ImportCommand() {}

  /**
   * Imports the file and prints the report.
   *
   * @return 0 when nothing was refused or rejected, 2 otherwise
   * @throws CrmValidationException when an option is wrong or a file cannot be read (exit code 2)
   */
  @Override
  public Integer call() {
    RecordType<?> recordType = RecordType.named(type);
    ImportOptions options = options(recordType);
    ExportFormat fileFormat = format != null ? format : formatOf(file);
    ImportReport report;
    try (InputStream in = Files.newInputStream(file); CrmStore crm = CrmStore.open(store)) {
      // time-ordered ids: new records go to the end of the database's indexes, not to random pages
      Clock clock = Clock.systemUTC();
      CsvImporter importer = new CsvImporter(crm.ports(), new TimeOrderedIdGenerator(clock), clock);
      report = importer.importFrom(recordType, fileFormat, in, options);
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of("file", "missing", file, "no such file");
    } catch (IOException e) {
      throw CrmValidationException.of("file", "unreadable", file, "cannot read the file: " + e.getMessage());
    }
    print(spec.commandLine().getOut(), report);
    return report.clean() ? ExitCode.OK : ExitCode.USAGE;
  }

  private ImportOptions options(RecordType<?> recordType) {
    ColumnMapping mapping = mappingFile == null ? ColumnMapping.none() : ColumnMapping.read(mappingFile);
    mapping = mapping.and(ColumnMapping.parse(mappings));
    ImportOptions options = ImportOptions.defaults()
        .withMapping(mapping)
        .onDuplicate(onDuplicate)
        .withLimits(CsvLimits.DEFAULT.withMaxFieldLength(maxFieldSize).withMaxRows(maxRows));
    if (ignoreUnknownColumns) {
      options = options.ignoringUnknownColumns();
    }
    if (dryRun) {
      options = options.asDryRun();
    }
    if (partial) {
      options = options.asPartial();
    }
    if (customFields != null) {
      options = options.withCustomFields(schema(customFields, recordType));
    }
    return options;
  }

  private static CustomFieldSchema schema(Path path, RecordType<?> recordType) {
    try {
      return CrmJson.mapper().readValue(Files.readAllBytes(path), CustomFieldSchema.class);
    } catch (IOException e) {
      throw CrmValidationException.of("customFields", "unreadable", path,
          "not the JSON of a custom field schema for " + recordType.schemaRecordType() + ": "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
  }

  /** The format of a file by its name: JSON Lines for {@code .json}, {@code .jsonl}, {@code .ndjson}. */
  static ExportFormat formatOf(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")
        ? ExportFormat.JSON : ExportFormat.CSV;
  }

  private void print(PrintWriter out, ImportReport report) {
    out.println("Import of " + report.recordType() + " from " + file + ": " + headline(report));
    out.printf("  read       %6d rows%n", report.read());
    String would = report.applied() ? "" : " (would be)";
    out.printf("  created    %6d%s%n", report.created(), report.created() > 0 ? would : "");
    out.printf("  updated    %6d%s%n", report.updated(), report.updated() > 0 ? would : "");
    out.printf("  unchanged  %6d%n", report.unchanged());
    out.printf("  skipped    %6d duplicates%n", report.skipped());
    out.printf("  rejected   %6d%n", report.rejected());
    section(out, "File refused", report.fileProblems().stream().map(ImportProblem::toString).toList());
    section(out, "Rejected rows", report.rejections().stream().map(ImportProblem::toString).toList());
    section(out, "Skipped duplicates", report.skippedRows().stream().map(SkippedRow::toString).toList());
    section(out, "Notes", report.notes());
    out.flush();
  }

  private static String headline(ImportReport report) {
    return switch (report.status()) {
      case IMPORTED -> report.rejected() == 0 ? "imported"
          : "imported the good rows; " + rows(report.rejected()) + " rejected (--partial)";
      case DRY_RUN -> "dry run, nothing saved" + (report.clean() ? "" : "; " + rows(report.rejected()) + " rejected");
      case NOTHING_IMPORTED -> report.rejected() > 0
          ? "nothing imported: " + rows(report.rejected()) + " rejected, and an import is all or nothing"
              + " (fix the rows, or save the good ones with --partial)"
          : "nothing imported: the store refused a save";
      case REFUSED -> "file refused, nothing imported";
    };
  }

  private static String rows(int count) {
    return count == 1 ? "1 row" : count + " rows";
  }

  private static void section(PrintWriter out, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println(title);
    lines.forEach(line -> out.println("  " + line));
  }
}
