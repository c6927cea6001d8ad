package io.crmkit.examples.csv;

import io.crmkit.core.Aggregate;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFieldSchema;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.port.IdGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Imports records from CSV into a store through its ports: every row is built through the
 * aggregate's builder, so every rule of the model applies; a bad row is reported with its line, the
 * field and the rule it broke, never thrown.
 *
 * <p>The steps: the header is resolved against the record type's columns (the file is refused
 * before any row is read when a required column is missing, a column is unknown or repeated); each
 * row is read and built; rows duplicating a stored record or an earlier row are skipped, updated or
 * rejected as {@link ImportOptions#onDuplicate()} says. Then, unless it is a dry run, the good rows
 * are saved with a {@code *Created} or {@code *Changed} event each — all of them, or none when a row
 * was rejected and the import is not partial. The store's refusal of a save (a concurrent change)
 * rolls everything back and is reported the same way.
 *
 * <p>The whole import is one unit of work of the store: the look-ups for duplicates and related
 * records read through it as the saves do, so a JDBC store answers them on the transaction's
 * connection instead of opening one per row. Rows are looked up and saved {@value #CHUNK} at a
 * time: the stored duplicates of a chunk are found in one look-up where the repository can
 * ({@code ContactRepository.findByEmails}), and its records saved with one {@code saveAll} and its
 * events with one {@code publishAll}, so a JDBC store writes each table once per chunk.
 *
 * <pre>{@code
 * CsvImporter importer = new CsvImporter(ImportPorts.of(crm), new RandomIdGenerator(), Clock.systemUTC());
 * ImportReport report = importer.importCsv(RecordType.CONTACTS, in,
 *     ImportOptions.defaults().withMapping(ColumnMapping.parse(List.of("E-Mail=email"))));
 * }</pre>
 *
 * <p>Thread-safe if the ports are; an import holds its rows' records in memory until it saves them
 * (at most {@link CsvLimits#maxRows()}).
 */
public final class CsvImporter {
  /** Rows looked up together and records saved together. */
  static final int CHUNK = 1_000;

  private final ImportPorts ports;
  private final IdGenerator ids;
  private final Clock clock;

  /**
   * An importer into one store.
   *
   * @param ports the store's ports
   * @param ids makes the ids of rows without one, and of events
   * @param clock the time of records without timestamps and of events
   */
  public CsvImporter(ImportPorts ports, IdGenerator ids, Clock clock) {
    this.ports = CrmValidationException.required("ports", ports);
    this.ids = CrmValidationException.required("ids", ids);
    this.clock = CrmValidationException.required("clock", clock);
  }

  /**
   * Imports a CSV file of one record type. Never throws for the file's content: every problem is in
   * the report.
   *
   * @param type the record type of every row
   * @param csv the file, UTF-8 (with or without a byte order mark); not closed here
   * @param options the mapping, mode and duplicate policy
   * @throws CrmValidationException naming {@code options.customFields} with rule {@code recordType}
   *     when the custom field schema is for another record type
   */
  public <A extends Aggregate<?>> ImportReport importCsv(RecordType<A> type, InputStream csv, ImportOptions options) {
    CrmValidationException.required("csv", csv);
    return importFrom(type, ExportFormat.CSV, csv, options);
  }

  /**
   * Imports a JSON Lines file of one record type, as {@link RecordExporter} writes it: one object
   * per line whose properties are the columns; the first line's properties make the header, and
   * every line has the same ones. An empty file holds no records (an export of none), unlike an
   * empty CSV file, which lacks its header. Otherwise as {@link #importCsv}; a line longer than
   * {@value JsonLinesReader#LINE_LENGTH_IN_FIELDS} times the longest field is rejected.
   *
   * @throws CrmValidationException as {@link #importCsv} does
   */
  public <A extends Aggregate<?>> ImportReport importJson(RecordType<A> type, InputStream json, ImportOptions options) {
    CrmValidationException.required("json", json);
    return importFrom(type, ExportFormat.JSON, json, options);
  }

  /**
   * Imports a file in either format, as {@link #importCsv} and {@link #importJson} describe.
   *
   * @throws CrmValidationException as {@link #importCsv} does
   */
  public <A extends Aggregate<?>> ImportReport importFrom(RecordType<A> type, ExportFormat format, InputStream in,
      ImportOptions options) {
    CrmValidationException.required("type", type);
    CrmValidationException.required("format", format);
    CrmValidationException.required("in", in);
    CrmValidationException.required("options", options);
    Optional<CustomFieldSchema> schema = options.customFields();
    if (schema.isPresent() && !schema.get().recordType().equals(type.schemaRecordType())) {
      throw CrmValidationException.of("options.customFields", "recordType", schema.get().recordType(),
          "the custom fields are for " + schema.get().recordType() + ", the import for " + type.schemaRecordType());
    }
    CsvLimits limits = options.limits();
    RecordSource source = format == ExportFormat.CSV
        ? new CsvReader(in, limits.maxFieldLength(), limits.maxColumns())
        : new JsonLinesReader(in, limits.maxFieldLength());
    Run<A> run = new Run<>(type, options);
    try {
      return ports.unitOfWork().inTransaction(() -> run.importFrom(source, format == ExportFormat.JSON));
    } catch (Unreadable e) {
      run.fileProblems.add(new ImportProblem(run.line, "file", "unreadable",
          "cannot read the file: " + e.getCause().getMessage()));
      return run.report(ImportReport.Status.REFUSED);
    } catch (ConcurrentUpdateException e) {
      if (!run.saving) {
        throw e;
      }
      run.fileProblems.add(new ImportProblem(run.lineOfRefused(e.recordId()), "store", "conflict",
          "the store refused the row: "
          + e.getMessage() + "; someone changed the record meanwhile. Nothing was imported: run the import again"));
      return run.report(ImportReport.Status.NOTHING_IMPORTED);
    } catch (CrmValidationException e) {
      if (!run.saving) {
        throw e;
      }
      run.fileProblems.add(new ImportProblem(run.firstLineBeingSaved(), e.field(), e.rule(), "the store refused "
          + run.rowsBeingSaved() + ": " + reasonOf(e) + ". Nothing was imported"));
      return run.report(ImportReport.Status.NOTHING_IMPORTED);
    }
  }

  /** The file could not be read; thrown out of the unit of work, so that it ends, and reported. */
  private static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(IOException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  /** One import: the rows read so far, what they amount to, and what was wrong. */
  private final class Run<A extends Aggregate<?>> {
    private final RecordType<A> type;
    private final RecordFormat<A> format;
    private final ImportOptions options;
    private final RecordFormat.ImportContext context;
    private final List<ImportProblem> fileProblems = new ArrayList<>();
    private final List<ImportProblem> rejections = new ArrayList<>();
    private final List<SkippedRow> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Plan<A>> plans = new ArrayList<>();
    private final Map<String, Integer> earlierRows = new HashMap<>();
    /** Rows read and identified, waiting to be looked up in the store with the rest of their chunk. */
    private final List<Identified<A>> identified = new ArrayList<>();
    private int line = 1;
    /** Whether the saves have begun, and the rows being saved: a refusal now is the store's. */
    private boolean saving;
    private List<Plan<A>> savingChunk = List.of();
    private int read;
    private int rejected;
    private int unchanged;

    Run(RecordType<A> type, ImportOptions options) {
      this.type = type;
      this.format = type.format();
      this.options = options;
      this.context = new RecordFormat.ImportContext(clock.instant(), ids, ports, options.customFields());
    }

    /**
     * Reads, checks and (unless nothing is to be saved) saves the file, in the unit of work running on
     * this thread.
     *
     * @throws Unreadable when the file cannot be read
     * @throws ConcurrentUpdateException when the store refuses a save
     */
    ImportReport importFrom(RecordSource reader, boolean emptyMeansNoRecords) {
      try {
        return readAndSave(reader, emptyMeansNoRecords);
      } catch (IOException e) {
        planIdentified();
        throw new Unreadable(e);
      }
    }

    private ImportReport readAndSave(RecordSource reader, boolean emptyMeansNoRecords) throws IOException {
      Optional<CsvRecord> first = reader.next();
      if (first.isEmpty() && emptyMeansNoRecords) {
        return report(options.dryRun() ? ImportReport.Status.DRY_RUN : ImportReport.Status.IMPORTED);
      }
      if (first.isEmpty()) {
        fileProblems.add(new ImportProblem(1, "file", "empty", "the file is empty: its first line names the columns,"
            + " such as " + String.join(",", format.columns())));
        return report(ImportReport.Status.REFUSED);
      }
      Header header = Header.resolve(first.get(), format, options);
      notes.addAll(header.notes());
      if (!header.problems().isEmpty()) {
        fileProblems.addAll(header.problems());
        return report(ImportReport.Status.REFUSED);
      }
      for (Optional<CsvRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        CsvRecord row = next.get();
        line = row.line();
        if (read == options.limits().maxRows()) {
          planIdentified();
          fileProblems.add(new ImportProblem(line, "file", "rows", "the file has more than "
              + options.limits().maxRows() + " rows: split it, or raise the limit (--max-rows)"));
          return report(ImportReport.Status.REFUSED);
        }
        read++;
        take(row, header);
      }
      planIdentified();
      if (options.dryRun()) {
        return report(ImportReport.Status.DRY_RUN);
      }
      if (rejected > 0 && !options.partial()) {
        return report(ImportReport.Status.NOTHING_IMPORTED);
      }
      return save();
    }

    /** Reads one row: rejects it, or identifies it to be planned with the rest of its chunk. */
    private void take(CsvRecord row, Header header) {
      if (!row.problems().isEmpty()) {
        for (CsvRecord.Problem p : row.problems()) {
          rejections.add(new ImportProblem(row.line(), header.columnOf(p.field()), p.rule(), p.reason()));
        }
        rejected++;
        return;
      }
      if (row.fields().size() != header.width()) {
        reject(row.line(), "row", "fields", "the row has " + row.fields().size() + " fields, the header "
            + header.width() + (row.fields().size() > options.limits().maxColumns() ? " (or more)" : "")
            + "; a comma inside a value needs quotes around the value");
        return;
      }
      Cells cells = header.cells(row.fields());
      try {
        identified.add(new Identified<>(row.line(), cells, format.identify(cells)));
      } catch (RuntimeException e) {
        rejectFailed(row.line(), e);
      }
      if (identified.size() == CHUNK) {
        planIdentified();
      }
    }

    /**
     * Plans the rows identified so far, in file order: each becomes a plan, a skipped duplicate or a
     * rejection. The stored records they duplicate are looked up for all of them at once.
     */
    private void planIdentified() {
      if (identified.isEmpty()) {
        return;
      }
      Optional<List<Optional<RecordFormat.Match<A>>>> together = findStoredTogether();
      for (int i = 0; i < identified.size(); i++) {
        Identified<A> row = identified.get(i);
        int at = i;
        Supplier<Optional<RecordFormat.Match<A>>> stored = together.isPresent()
            ? () -> together.get().get(at)
            : () -> row.identity().stored().apply(ports);
        try {
          plan(row.line(), row.cells(), row.identity(), stored);
        } catch (RuntimeException e) {
          rejectFailed(row.line(), e);
        }
      }
      identified.clear();
    }

    /**
     * The stored records the identified rows duplicate, found in one look-up; empty when it failed,
     * so that each row looks itself up and a failure is reported on the row it concerns.
     */
    private Optional<List<Optional<RecordFormat.Match<A>>>> findStoredTogether() {
      try {
        return Optional.of(format.findStored(identified.stream().map(Identified::identity).toList(), ports));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }

    /** Rejects a row whose building or look-up failed. */
    private void rejectFailed(int rowLine, RuntimeException e) {
      if (e instanceof CrmValidationException refusal) {
        reject(rowLine, refusal.field(), refusal.rule(), reasonOf(refusal));
      } else {
        // Not expected: the formats refuse bad input with CrmValidationException. Reported, not thrown,
        // so that one row cannot end an import half read.
        reject(rowLine, "row", "unexpected", e.toString());
      }
    }

    /**
     * Plans one row.
     *
     * @param duplicated finds the stored record the row duplicates, asked once the row is known not
     *     to repeat an earlier one
     */
    private void plan(int rowLine, Cells cells, RecordFormat.Identity<A> identity,
        Supplier<Optional<RecordFormat.Match<A>>> duplicated) {
      for (String key : identity.lookup()) {
        Integer earlier = earlierRows.get(key);
        if (earlier != null) {
          String what = "repeats line " + earlier + " (" + key + ")";
          if (options.onDuplicate() == DuplicatePolicy.SKIP) {
            skipped.add(new SkippedRow(rowLine, what));
          } else {
            reject(rowLine, columnOfKey(key), "duplicate", "the row " + what
                + "; keep one row per " + format.recordType().toLowerCase(java.util.Locale.ROOT));
          }
          return;
        }
      }
      Optional<RecordFormat.Match<A>> match = duplicated.get();
      if (match.isPresent()) {
        A stored = match.get().record();
        String what = format.recordType() + " " + stored.id().value() + " (" + match.get().key() + ")";
        switch (options.onDuplicate()) {
          case SKIP -> skipped.add(new SkippedRow(rowLine, "duplicate of " + what));
          case FAIL -> {
            reject(rowLine, columnOfKey(match.get().key()), "duplicate", "a stored record has the same "
                + match.get().key() + ": " + what);
            return;
          }
          case UPDATE -> planUpdate(rowLine, cells, stored);
          default -> throw new IllegalStateException("unknown policy " + options.onDuplicate());
        }
      } else {
        plans.add(new Plan<>(rowLine, format.read(cells, context), Optional.empty(), Set.of()));
      }
      identity.index().forEach(key -> earlierRows.putIfAbsent(key, rowLine));
    }

    /** Plans the update of a stored record with the row's cells, or counts it unchanged. */
    private void planUpdate(int rowLine, Cells cells, A stored) {
      Map<String, String> storedCells = format.cellsOf(stored);
      Map<String, String> merged = new LinkedHashMap<>(storedCells);
      merged.putAll(cells.asMap());
      merged.put(RecordFormat.ID, stored.id().value());
      merged.put(RecordFormat.CREATED_AT, stored.createdAt().toString());
      A same = format.withVersion(format.read(new Cells(merged), context), stored.version());
      if (same.equals(stored)) {
        unchanged++;
        return;
      }
      Set<String> fields = changedFields(storedCells, format.cellsOf(same));
      if (!cells.has(RecordFormat.UPDATED_AT)) {
        Instant now = context.now().isBefore(stored.createdAt()) ? stored.createdAt() : context.now();
        merged.put(RecordFormat.UPDATED_AT, now.toString());
      }
      A updated = format.withVersion(format.read(new Cells(merged), context), stored.version());
      plans.add(new Plan<>(rowLine, updated, Optional.of(stored), fields));
    }

    private Set<String> changedFields(Map<String, String> before, Map<String, String> after) {
      Set<String> columns = new LinkedHashSet<>(before.keySet());
      columns.addAll(after.keySet());
      Set<String> fields = new TreeSet<>();
      for (String column : columns) {
        if (!column.equals(RecordFormat.UPDATED_AT)
            && !before.getOrDefault(column, "").equals(after.getOrDefault(column, ""))) {
          fields.add(format.fieldOf(column));
        }
      }
      return fields.isEmpty() ? Set.of("updatedAt") : fields;
    }

    /**
     * Saves every plan with its events in the unit of work running on this thread; a refusal of the
     * store is thrown, which rolls the whole unit of work back (and is reported by the caller), at
     * the save or at the commit.
     */
    private ImportReport save() {
      Instant now = context.now();
      saving = true;
      for (int from = 0; from < plans.size(); from += CHUNK) {
        savingChunk = plans.subList(from, Math.min(plans.size(), from + CHUNK));
        List<A> saved = format.saveAll(savingChunk.stream().map(Plan::record).toList(), ports);
        List<CrmEvent> events = new ArrayList<>(savingChunk.size());
        for (int i = 0; i < savingChunk.size(); i++) {
          Plan<A> plan = savingChunk.get(i);
          if (plan.before().isPresent()) {
            events.addAll(format.changed(plan.before().get(), saved.get(i), plan.fields(), ids, now));
          } else {
            events.add(format.created(saved.get(i), ids, now));
          }
        }
        ports.publisher().publishAll(events);
      }
      return report(ImportReport.Status.IMPORTED);
    }

    /**
     * The line of the row whose record the store refused: the row saving it, looked for in the
     * chunk being saved, then in every plan (a conflict found at the commit); else the chunk's
     * first row.
     */
    int lineOfRefused(String recordId) {
      for (List<Plan<A>> where : List.of(savingChunk, plans)) {
        for (Plan<A> plan : where) {
          if (plan.record().id().value().equals(recordId)) {
            return plan.line();
          }
        }
      }
      return firstLineBeingSaved();
    }

    /** The line of the first row of the chunk being saved. */
    int firstLineBeingSaved() {
      return savingChunk.isEmpty() ? line : savingChunk.get(0).line();
    }

    /** What the store refused when it names no record: the row being saved, or the chunk's rows. */
    String rowsBeingSaved() {
      if (savingChunk.size() <= 1) {
        return "the row";
      }
      return "a row of lines " + savingChunk.get(0).line() + " to " + savingChunk.get(savingChunk.size() - 1).line();
    }

    private void reject(int rowLine, String field, String rule, String reason) {
      rejections.add(new ImportProblem(rowLine, field, rule, reason));
      rejected++;
    }

    ImportReport report(ImportReport.Status status) {
      int created = (int) plans.stream().filter(p -> p.before().isEmpty()).count();
      int updated = plans.size() - created;
      // a row's problems come in order; rows rejected while read come before those rejected when planned
      List<ImportProblem> inFileOrder = new ArrayList<>(rejections);
      inFileOrder.sort(Comparator.comparingInt(ImportProblem::line));
      return new ImportReport(type.name(), status, read, created, updated, unchanged, skipped.size(), rejected,
          fileProblems, inFileOrder, skipped, notes);
    }
  }

  /** The column a duplicate key names: {@code email} of {@code email ada@example.com}. */
  private static String columnOfKey(String key) {
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }

  /** A refusal's explanation for a report: the rule, the value and the model's sentence. */
  static String reasonOf(CrmValidationException e) {
    String detail = Cells.detail(e);
    String value = e.rejectedValue();
    String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
    String was = value.isEmpty() || value.equals("null") ? "" : " (was '" + shown + "')";
    return detail.isEmpty() ? "broke the rule " + e.rule() + was : detail + was;
  }

  /**
   * What one good row amounts to: a record to create, or the update of a stored one.
   *
   * @param line the row's line
   * @param record the record to save
   * @param before the stored record an update replaces
   * @param fields the fields an update changes
   */
  private record Plan<A>(int line, A record, Optional<A> before, Set<String> fields) {}

  /**
   * A row read and identified, waiting for its chunk's look-up.
   *
   * @param line the row's line
   * @param cells its cells
   * @param identity what identifies its record
   */
  private record Identified<A>(int line, Cells cells, RecordFormat.Identity<A> identity) {}
}
