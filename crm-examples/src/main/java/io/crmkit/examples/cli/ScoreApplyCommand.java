package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.examples.report.TextTable;
import io.crmkit.scoring.json.ScoringModelJson;
import io.crmkit.scoring.rules.BehaviourEvent;
import io.crmkit.scoring.rules.RuleContribution;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.rules.ScoreExplanation;
import io.crmkit.scoring.rules.Scorer;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringSchemas;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm score apply}: reads a rule scoring model as JSON ({@link
 * ScoringModelJson}), scores every row of a CSV file of leads with it (each column a field the rules
 * may name, {@link ScoringSchemas#row}), and writes a CSV row per lead: its id, score, grade, routing
 * and the rules that gave it points. Behaviour events for the engagement rules come from an optional
 * second file.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores every lead of a CSV file with a rule scoring model (JSON) and writes one CSV row per lead:"
          + " the id column (--id), score, grade, routed_to and the explanation, the rules that gave points,"
          + " best first (\"demo: +30; senior: +25; free-mail: -15\").",
      "Every column of the file is a field the rules may name, as text or number. Blank cells and placeholders"
          + " (--missing-values) are absent. Engagement rules on behaviour events read --events; their points"
          + " decay as of --as-of."
    },
    footerHeading = "%nFiles:%n",
    footer = {
      "The model (--model): see crm-scoring's io.crmkit.scoring.json; a sample is",
      "  examples/scoring/model.json.",
      "Events (--events), one row per event, with a header:",
      "  id      the lead's id, as in the --id column of the leads",
      "  event   what happened: page view, email click, demo request, ...",
      "  at      when: an ISO-8601 instant, such as 2026-03-02T09:00:00Z",
      "  detail  optional: the page's URL, the e-mail's name, the form",
      "Example:",
      "  crm score apply --model examples/scoring/model.json \\",
      "      --input examples/scoring/leads.csv --id lead_id \\",
      "      --events examples/scoring/events.csv --as-of 2026-03-02T09:00:00Z"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:scored",
      "1:the model is invalid or names a column the leads lack, or a file is malformed (every problem printed"
          + " with its line; nothing is written), or an unexpected failure",
      "2:bad arguments, or a file missing, unreadable or unwritable"
    })
public final class ScoreApplyCommand implements Callable<Integer> {
  /** The columns of the events file. */
  static final List<String> EVENT_COLUMNS = List.of("id", "event", "at", "detail");

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** The model. */
  @Option(names = "--model", required = true, paramLabel = "FILE",
      description = "The rule scoring model, as JSON (UTF-8).")
  Path model = Path.of("");

  /** The leads. */
  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "The CSV file of leads (UTF-8), with a header.")
  Path input = Path.of("");

  /** Where to write the scores. */
  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the scores to this CSV file and print a summary (default: the scores to standard"
          + " output, no summary).")
  @Nullable Path output;

  /** The id column. */
  @Option(names = "--id", paramLabel = "COLUMN",
      description = "The column that identifies a lead: written first in each row, and matched by the id of"
          + " --events.")
  @Nullable String idColumn;

  /** The behaviour events. */
  @Option(names = "--events", paramLabel = "FILE",
      description = "A CSV file of behaviour events: id, event, at[, detail]. Needs --id.")
  @Nullable Path events;

  /** When the leads are scored. */
  @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantText.class,
      description = "Score as of this instant (ISO-8601, UTC): events decay and expire counting back from it;"
          + " later events are left out (default: now).")
  @Nullable Instant asOf;

  /** Texts that mean "no value". */
  @Option(names = "--missing-values", split = ",", paramLabel = "TEXT",
      defaultValue = "Select,NA,N/A,null",
      description = "Texts of the leads that mean \"no value\", separated by commas, compared without case"
          + " (default: ${DEFAULT-VALUE}). A blank cell is always absent; --missing-values '' keeps only blanks.")
  List<String> missingValues = new ArrayList<>();

  /** The delimiter. */
  @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",", converter = DelimiterName.class,
      description = "The character between fields of the leads and events: , (default), ; or tab.")
  char delimiter = ',';

  /** Makes the command; picocli fills in its options. */
  public ScoreApplyCommand() {}

  /**
   * Scores the leads and writes the scores.
   *
   * @return 0 when scored, 1 when the model or a file cannot be used
   * @throws CrmValidationException when a file is missing, unreadable or unwritable (exit code 2)
   * @throws ParameterException when the options do not fit together or with the file (exit code 2)
   */
  @Override
  public Integer call() {
    if (events != null && idColumn == null) {
      throw new ParameterException(spec.commandLine(),
          "--events needs --id: the column of the leads that the events' id matches");
    }
    PrintWriter err = spec.commandLine().getErr();
    ScoringModel rules;
    try {
      rules = readModel();
    } catch (CrmValidationException e) {
      if (e.field().equals("model")) {
        throw e;
      }
      ScoreFiles.printRefused(err, model, "read as a scoring model", e);
      return ExitCode.SOFTWARE;
    }
    CsvRows leads = CsvRows.readFile("input", input, delimiter);
    if (idColumn != null && !leads.header().isEmpty() && !leads.header().contains(idColumn.strip())) {
      throw new ParameterException(spec.commandLine(), "--id: unknown-column (was '" + idColumn
          + "'): the header has no such column: " + leads.header());
    }
    List<String> problems = new ArrayList<>(leads.problems());
    Map<String, List<BehaviourEvent>> eventsById = new HashMap<>();
    if (events != null) {
      problems.addAll(readEvents(CsvRows.readFile("events", events, delimiter), eventsById));
    }
    if (!problems.isEmpty()) {
      err.println("error: nothing scored: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
          + " in the files");
      problems.forEach(problem -> err.println("  " + problem));
      err.flush();
      return ExitCode.SOFTWARE;
    }
    Scorer<Map<String, String>> scorer;
    try {
      scorer = rules.compile(ScoringSchemas.row(leads.header()));
    } catch (CrmValidationException e) {
      ScoreFiles.printRefused(err, model, "applied to " + input, e);
      return ExitCode.SOFTWARE;
    }
    Instant when = asOf != null ? asOf : Clock.systemUTC().instant();
    List<Scored> scored = score(scorer, leads, eventsById, when);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      write(out, scored);
      out.flush();
      return ExitCode.OK;
    }
    try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      write(file, scored);
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of("output", "unwritable", output, "the folder does not exist");
    } catch (IOException e) {
      throw CrmValidationException.of("output", "unwritable", output, "cannot write the file: " + e.getMessage());
    }
    printSummary(spec.commandLine().getOut(), rules, scored, eventsById, when);
    return ExitCode.OK;
  }

  /** A lead's id (empty without --id) and the explanation of its score. */
  private record Scored(String id, ScoreExplanation explanation) {}

  private ScoringModel readModel() {
    try (Reader json = Files.newBufferedReader(model, StandardCharsets.UTF_8)) {
      return ScoringModelJson.read(json);
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of("model", "missing", model, "no such file");
    } catch (UncheckedIOException e) {
      throw ScoreFiles.unreadable("model", model, e);
    } catch (IOException e) {
      throw ScoreFiles.unreadable("model", model, e);
    }
  }

  /** Reads the events into {@code byId}; returns the problems found. */
  private static List<String> readEvents(CsvRows rows, Map<String, List<BehaviourEvent>> byId) {
    List<String> problems = new ArrayList<>(rows.problems());
    Map<String, Integer> columnAt = new LinkedHashMap<>();
    for (int i = 0; i < rows.header().size(); i++) {
      String column = rows.header().get(i).toLowerCase(Locale.ROOT);
      if (!EVENT_COLUMNS.contains(column)) {
        problems.add(CsvRows.problem(rows.name(), 1, "unknown column '" + rows.header().get(i)
            + "': the columns of an events file are " + String.join(", ", EVENT_COLUMNS)));
      }
      columnAt.putIfAbsent(column, i);
    }
    List<String> missing = EVENT_COLUMNS.subList(0, 3).stream().filter(c -> !columnAt.containsKey(c)).toList();
    if (!missing.isEmpty() && !rows.header().isEmpty()) {
      problems.add(CsvRows.problem(rows.name(), 1, "the file has no column " + String.join(", ", missing)
          + "; an events file needs id, event, at"));
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    for (CsvRows.Row row : rows.rows()) {
      String id = row.fields().get(columnAt.get("id")).strip();
      String type = row.fields().get(columnAt.get("event")).strip();
      String at = row.fields().get(columnAt.get("at")).strip();
      String detail = columnAt.containsKey("detail") ? row.fields().get(columnAt.get("detail")).strip() : "";
      if (id.isEmpty() || type.isEmpty()) {
        problems.add(CsvRows.problem(rows.name(), row.line(), (id.isEmpty() ? "id" : "event") + " is blank"));
        continue;
      }
      try {
        Instant when = Instant.parse(at);
        BehaviourEvent event = detail.isEmpty() ? BehaviourEvent.of(type, when) : BehaviourEvent.of(type, when, detail);
        byId.computeIfAbsent(id, k -> new ArrayList<>()).add(event);
      } catch (DateTimeParseException e) {
        problems.add(CsvRows.problem(rows.name(), row.line(), "at: '" + at + "' is not an instant: give an ISO-8601"
            + " instant in UTC, such as 2026-03-02T09:00:00Z"));
      } catch (CrmValidationException e) {
        problems.add(CsvRows.problem(rows.name(), row.line(), e.getMessage()));
      }
    }
    return problems;
  }

  private List<Scored> score(Scorer<Map<String, String>> scorer, CsvRows leads,
      Map<String, List<BehaviourEvent>> eventsById, Instant when) {
    Set<String> placeholders = missingValues.stream().map(v -> v.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    int id = idColumn == null ? -1 : leads.header().indexOf(idColumn.strip());
    List<Scored> scored = new ArrayList<>(leads.rows().size());
    for (CsvRows.Row row : leads.rows()) {
      Map<String, String> cells = new HashMap<>();
      for (int c = 0; c < leads.header().size(); c++) {
        String cell = row.fields().get(c).strip();
        if (!cell.isEmpty() && !placeholders.contains(cell.toLowerCase(Locale.ROOT))) {
          cells.put(leads.header().get(c), cell);
        }
      }
      String leadId = id < 0 ? "" : row.fields().get(id).strip();
      List<BehaviourEvent> leadEvents = id < 0 ? List.of() : eventsById.getOrDefault(leadId, List.of());
      scored.add(new Scored(leadId, scorer.explain(cells, leadEvents, when)));
    }
    return scored;
  }

  private void write(Writer out, List<Scored> scored) throws IOException {
    List<String> header = new ArrayList<>();
    if (idColumn != null) {
      header.add(idColumn.strip());
    }
    header.addAll(List.of("score", "grade", "routed_to", "explanation"));
    line(out, header);
    for (Scored lead : scored) {
      List<String> cells = new ArrayList<>();
      if (idColumn != null) {
        cells.add(lead.id());
      }
      Score score = lead.explanation().score();
      cells.add(points(score.points()));
      cells.add(score.grade());
      cells.add(routing(score));
      cells.add(explanation(lead.explanation()));
      line(out, cells);
    }
  }

  private void write(PrintWriter out, List<Scored> scored) {
    try {
      write((Writer) out, scored);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a PrintWriter does not throw
    }
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    out.write(cells.stream().map(ReplayPrinter::quoted).collect(Collectors.joining(",")));
    out.write('\n');
  }

  /** The rules that gave points, best first: {@code demo: +30; senior: +25; free-mail: -15}. */
  static String explanation(ScoreExplanation explanation) {
    return explanation.contributions().stream()
        .sorted(Comparator.comparingDouble(RuleContribution::points).reversed())
        .map(c -> c.ruleId() + ": " + signed(c.points()))
        .collect(Collectors.joining("; "));
  }

  /** Where a score routes the lead: {@code MQL}, {@code WORKING}, {@code MQL/WORKING}, or blank. */
  static String routing(Score score) {
    List<String> to = new ArrayList<>();
    score.lifecycleStage().ifPresent(stage -> to.add(stage.name()));
    score.leadStatus().ifPresent(status -> to.add(status.name()));
    return String.join("/", to);
  }

  /** Points with their sign, rounded as {@link #points}: {@code +30}, {@code -15}, {@code 0}. */
  static String signed(double points) {
    String text = points(points);
    return text.equals("0") || text.startsWith("-") ? text : "+" + text;
  }

  /** Points rounded to a tenth, without a trailing {@code .0}: {@code 45}, {@code 25.5}. */
  static String points(double points) {
    double tenths = Math.round(points * 10) / 10.0 + 0.0; // + 0.0: no -0
    return tenths == Math.rint(tenths) ? Long.toString((long) tenths) : Double.toString(tenths);
  }

  private void printSummary(PrintWriter out, ScoringModel rules, List<Scored> scored,
      Map<String, List<BehaviourEvent>> eventsById, Instant when) {
    out.println("Scored " + count(scored.size(), "lead") + " of " + input + " with model '" + rules.name() + "' as of "
        + when + ": written to " + output);
    if (events != null) {
      int eventCount = eventsById.values().stream().mapToInt(List::size).sum();
      Set<String> ids = scored.stream().map(Scored::id).collect(Collectors.toSet());
      long unmatched = eventsById.keySet().stream().filter(id -> !ids.contains(id)).count();
      out.println("  " + count(eventCount, "event") + " of " + count(eventsById.size(), "lead") + " read from " + events
          + (unmatched == 0 ? "" : "; " + count((int) unmatched, "id") + " not among the leads, left out"));
    }
    out.println();
    TextTable grades = TextTable.of(TextTable.left("GRADE"), TextTable.right("LEADS"), TextTable.right("MEAN SCORE"));
    Map<String, List<Scored>> byGrade = scored.stream()
        .collect(Collectors.groupingBy(s -> s.explanation().score().grade()));
    for (String grade : rules.gradeLabels()) {
      List<Scored> graded = byGrade.getOrDefault(grade, List.of());
      if (!graded.isEmpty()) {
        double mean = graded.stream().mapToDouble(s -> s.explanation().score().points()).average().orElse(0);
        grades.row(grade, Integer.toString(graded.size()), String.format(Locale.ROOT, "%.1f", mean));
      }
    }
    out.print(grades.render());
    Map<String, Long> routed = scored.stream()
        .map(s -> routing(s.explanation().score()))
        .collect(Collectors.groupingBy(r -> r.isEmpty() ? "not routed" : r, LinkedHashMap::new, Collectors.counting()));
    out.println();
    out.println("Routing: " + routed.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")));
    out.flush();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
