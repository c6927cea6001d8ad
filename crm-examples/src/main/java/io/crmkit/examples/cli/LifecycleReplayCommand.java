package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.examples.lifecycle.CsvInput;
import io.crmkit.examples.lifecycle.LifecycleReplay;
import io.crmkit.examples.lifecycle.ReplayContext;
import io.crmkit.examples.lifecycle.ReplayProblem;
import io.crmkit.examples.lifecycle.ReplayReport;
import io.crmkit.examples.lifecycle.ShippedLifecycle;
import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.StageDefinition;
import io.crmkit.lifecycle.StageName;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The subcommand {@code crm lifecycle replay}: replays a CSV file of events through a lifecycle
 * definition with {@link LifecycleReplay} and prints where each record ended and every move refused
 * with its reasons. Refusals are results (exit 0); a malformed file replays nothing (exit 1).
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Replays a CSV file of events through a lifecycle definition and prints each record's final stage and"
          + " every move refused, with its reasons (code, criterion, message, evidence) and the event's line.",
      "Each record starts in the definition's first entry stage (or --start) at the time of its first event;"
          + " its events are then taken in the order of their times (the file's order among equal times)."
    },
    footerHeading = "%nFiles:%n",
    footer = {
      "Events (--events), one row per event, with a header:",
      "  record_id  the record's id (at most 64 characters)",
      "  trigger    the trigger's name, as the definition declares it",
      "  at         when: an ISO-8601 instant, such as 2026-03-02T09:00:00Z",
      "  actor      optional: automation, automation:<name> or user:<id>",
      "             (blank: --actor)",
      "  reason     optional: why a person moves the record back",
      "Facts (--facts), what the exit criteria read about each record:",
      "  record_id  the record's id",
      "  at         optional: the row applies to events at or after it (blank:",
      "             from the start); a later row replaces the cells it fills",
      "and the columns of the lifecycle whose criteria the definition uses:",
      "  b2b-lead      score (0 to 100), fit (A to D), rejection_reason,",
      "                opportunity_id, first_contact_at (instant), kickoff_on (date)",
      "  b2c-customer  purchases, last_purchase_at (instant): the purchases before",
      "                the first event; each event of trigger 'purchase' is one",
      "  opportunity   notes, emails, meetings_held, contact_roles: kinds separated",
      "                by ';' (Problem; Success measures); approvals: approver/due/",
      "                status by ';': cfo/2026-03-20/granted; legal/2026-03-22",
      "  support-case  resolution, resolution_confirmed (true or false), resolved_at",
      "                (instant; default: the time of the last move into Resolved)",
      "Criteria use the shipped lifecycles' default options. Samples are in",
      "examples/lifecycle/ (b2b-events.csv with b2b-facts.csv, and others)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:replayed (refused moves are results, not failures)",
      "1:a file is malformed or the definition invalid: every problem is printed with its line and column,"
          + " and nothing is replayed",
      "2:bad arguments, or a file is missing or unreadable"
    })
public final class LifecycleReplayCommand implements Callable<Integer> {

  /** How the outcome is printed. */
  enum Format {
    /** Tables and indented reasons, for a person. */
    TEXT,
    /** One CSV row per refusal reason and per record's final stage, for a program. */
    CSV
  }

  /** The command as picocli runs it. */
  @Spec CommandSpec spec;

  /** The definition to replay through: a file or a shipped one. */
  @ArgGroup(exclusive = true, multiplicity = "1")
  Definition definition = new Definition();

  /** The definition to replay through: a file or a shipped one. */
  static final class Definition {
    /** A JSON definition. */
    @Option(names = "--definition", paramLabel = "FILE", required = true,
        description = "The JSON lifecycle definition to replay through.")
    @Nullable Path file;

    /** A shipped definition. */
    @Option(names = "--shipped", paramLabel = "NAME", required = true, converter = ShippedLifecycleName.class,
        completionCandidates = ShippedLifecycleName.class,
        description = "Replay through a shipped definition instead: ${COMPLETION-CANDIDATES}.")
    @Nullable ShippedLifecycle shipped;
  }

  /** Whose criteria the definition file names. */
  @Option(names = "--criteria", paramLabel = "NAME", converter = ShippedLifecycleName.class,
      completionCandidates = ShippedLifecycleName.class,
      description = "With --definition: the shipped lifecycle whose exit criteria (and facts columns) the"
          + " definition uses (default: the one its name stands for).")
  @Nullable ShippedLifecycle criteria;

  /** The events file. */
  @Option(names = "--events", required = true, paramLabel = "FILE",
      description = "The CSV file of events: record_id, trigger, at[, actor, reason].")
  Path events = Path.of("");

  /** The facts file. */
  @Option(names = "--facts", paramLabel = "FILE",
      description = "The CSV file of facts the exit criteria read: record_id[, at] and the lifecycle's columns.")
  @Nullable Path facts;

  /** The actor of events that name none. */
  @Option(names = "--actor", paramLabel = "ACTOR", defaultValue = "automation",
      description = "Who asks for the moves whose row names no actor: automation (the default),"
          + " automation:<name> or user:<id>. Only a person moves a record back, giving a reason.")
  String actor = "automation";

  /** The stage every record starts in. */
  @Option(names = "--start", paramLabel = "STAGE",
      description = "Start every record in this stage, entry stage or not (default: the first entry stage).")
  @Nullable String start;

  /** How to print the outcome. */
  @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
      description = "text (default) or csv: record_id, outcome (rejected or final), line, trigger, at, actor,"
          + " stage, code, criterion, message, evidence.")
  Format format = Format.TEXT;

  /** Makes the command; picocli fills in its options. */
  public LifecycleReplayCommand() {}

  /**
   * Replays the events and prints the outcome.
   *
   * @return 0 when replayed, 1 when a file is malformed or the definition invalid
   * @throws CrmValidationException when a file is missing or unreadable (exit code 2)
   */
  @Override
  public Integer call() {
    Actor byDefault;
    try {
      byDefault = LifecycleReplay.actor(actor);
    } catch (CrmValidationException e) {
      throw new ParameterException(spec.commandLine(), "--actor takes automation, automation:<name> or user:<id>,"
          + " not '" + actor + "'");
    }
    if (definition.shipped != null && criteria != null) {
      throw new ParameterException(spec.commandLine(), "--criteria goes with --definition: a shipped lifecycle"
          + " has its own");
    }
    LifecycleDefinitions.Source source = definition.file != null
        ? LifecycleDefinitions.fromFile(spec.commandLine(), "definition", definition.file,
            Optional.ofNullable(criteria))
        : LifecycleDefinitions.shipped(definition.shipped);
    String where = definition.file != null ? definition.file.toString()
        : "the shipped " + definition.shipped.key() + " definition";
    return replay(source.context(), source, where, byDefault);
  }

  private <C> int replay(ReplayContext<C> context, LifecycleDefinitions.Source source, String where, Actor byDefault) {
    LifecycleDefinition<C> lifecycle;
    try {
      lifecycle = LifecycleDefinitions.read(source.json(), context);
    } catch (CrmValidationException e) {
      LifecycleDefinitions.printInvalid(spec.commandLine().getErr(), where, e);
      return ExitCode.SOFTWARE;
    }
    if (facts != null && context.factColumns().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--facts: lifecycle '" + lifecycle.name()
          + "' names no exit criteria, so nothing is read from facts");
    }
    LifecycleReplay<C> replay = LifecycleReplay.of(lifecycle, context).byDefault(byDefault);
    if (start != null) {
      Optional<StageName> stage = start.isBlank() ? Optional.empty()
          : Optional.of(StageName.of(start)).filter(s -> lifecycle.stage(s).isPresent());
      if (stage.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--start: lifecycle '" + lifecycle.name()
            + "' has no stage '" + start + "'; its stages: " + lifecycle.stages().stream()
                .map(StageDefinition::label).collect(Collectors.joining(", ")));
      }
      replay = replay.startingAt(stage.get());
    }
    ReplayReport report;
    try (InputStream eventsIn = open("events", events); InputStream factsIn = facts == null ? null : open("facts", facts)) {
      report = replay.replay(CsvInput.of(events.toString(), eventsIn),
          factsIn == null ? Optional.empty() : Optional.of(CsvInput.of(String.valueOf(facts), factsIn)));
    } catch (IOException e) {
      throw CrmValidationException.of("events", "unreadable", events, "cannot read the events or facts: " + e.getMessage());
    }
    if (!report.replayed()) {
      printProblems(spec.commandLine().getErr(), report.problems());
      return ExitCode.SOFTWARE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.CSV ? ReplayPrinter.csv(report) : ReplayPrinter.text(report, events.toString()));
    out.flush();
    return ExitCode.OK;
  }

  private static InputStream open(String option, Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw CrmValidationException.of(option, "missing", file, "no such file");
    } catch (IOException e) {
      throw CrmValidationException.of(option, "unreadable", file, "cannot read the file: " + e.getMessage());
    }
  }

  /** The most problems printed; the rest are counted. */
  private static final int SHOWN_PROBLEMS = 100;

  private static void printProblems(PrintWriter err, List<ReplayProblem> problems) {
    err.println("error: nothing replayed: " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        + " in the files");
    problems.stream().limit(SHOWN_PROBLEMS).forEach(problem -> err.println("  " + problem));
    if (problems.size() > SHOWN_PROBLEMS) {
      err.println("  ... and " + (problems.size() - SHOWN_PROBLEMS) + " more");
    }
    err.flush();
  }
}
