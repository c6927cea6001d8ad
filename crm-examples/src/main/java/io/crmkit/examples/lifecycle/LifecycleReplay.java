package io.crmkit.examples.lifecycle;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.UserId;
import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageDefinition;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerDefinition;
import io.crmkit.lifecycle.TriggerName;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Replays a CSV file of events through a lifecycle definition: every record starts in one stage at
 * the time of its first event, then each of its events asks the definition for a move, in the order
 * of their times (the file's order among equal times), with the record its exit criteria read made
 * by a {@link ReplayContext} from a CSV file of facts. The result is a {@link ReplayReport}: each
 * record's final stage and every refusal with its reasons.
 *
 * <p>The events file has the columns {@code record_id}, {@code trigger} and {@code at} (an ISO-8601
 * instant), and optionally {@code actor} ({@code automation}, {@code automation:<name>} or
 * {@code user:<id>}; blank: the default actor) and {@code reason} (why a person moves a record
 * back). The facts file has {@code record_id}, optionally {@code at} (the row applies to events at
 * or after it; without it, from the start), and the context's {@link ReplayContext#factColumns()}.
 * A later row replaces the values of the columns it fills; a blank cell keeps the earlier value.
 *
 * <p>Both files are checked whole before anything is replayed: a malformed file gives a report of
 * every problem, each with its line and column, and no outcome. Refusals are results, not
 * problems. Immutable; {@link #replay} is safe to call from many threads on different inputs.
 *
 * @param <C> the type of record the definition's criteria read
 */
public final class LifecycleReplay<C> {
  /** The columns of an events file, the required ones first. */
  public static final List<String> EVENT_COLUMNS = List.of("record_id", "trigger", "at", "actor", "reason");

  private static final List<String> REQUIRED_EVENT_COLUMNS = List.of("record_id", "trigger", "at");

  private final LifecycleDefinition<C> definition;
  private final ReplayContext<C> context;
  private final StageName start;
  private final Actor defaultActor;

  private LifecycleReplay(LifecycleDefinition<C> definition, ReplayContext<C> context, StageName start,
      Actor defaultActor) {
    this.definition = definition;
    this.context = context;
    this.start = start;
    this.defaultActor = defaultActor;
  }

  /**
   * A replay through a definition, starting every record at its first entry stage, by an automation
   * unless an event names its actor.
   */
  public static <C> LifecycleReplay<C> of(LifecycleDefinition<C> definition, ReplayContext<C> context) {
    CrmValidationException.required("definition", definition);
    CrmValidationException.required("context", context);
    return new LifecycleReplay<>(definition, context, definition.entryStages().get(0), Actor.automatic());
  }

  /**
   * This replay with every record starting in another stage, which need not be an entry stage: a
   * record already there.
   *
   * @throws CrmValidationException field {@code start}, rule {@code unknown}, for a stage the
   *     definition does not declare
   */
  public LifecycleReplay<C> startingAt(StageName stage) {
    CrmValidationException.required("start", stage);
    if (definition.stage(stage).isEmpty()) {
      throw CrmValidationException.of("start", "unknown", stage, "lifecycle '" + definition.name()
          + "' has no stage '" + stage + "'; its stages: " + stageLabels());
    }
    return new LifecycleReplay<>(definition, context, stage, defaultActor);
  }

  /** This replay with another actor for events that name none. */
  public LifecycleReplay<C> byDefault(Actor actor) {
    return new LifecycleReplay<>(definition, context, start, CrmValidationException.required("actor", actor));
  }

  /**
   * Reads an actor as the events file and the command line write it: {@code automation},
   * {@code automation:<name>} or {@code user:<id>}, the prefix in any case.
   *
   * @throws CrmValidationException field {@code actor}, rule {@code invalid}, for anything else
   */
  public static Actor actor(String text) {
    return actor("actor", text);
  }

  /** The text of an actor as {@link #actor(String)} reads it back. */
  public static String actorText(Actor actor) {
    if (CrmValidationException.required("actor", actor) instanceof Actor.Person person) {
      return "user:" + person.user().value();
    }
    return "automation:" + ((Actor.Automation) actor).name();
  }

  static Actor actor(String field, String text) {
    String written = CrmValidationException.requiredText(field, text);
    String lower = written.toLowerCase(Locale.ROOT);
    try {
      if (lower.equals("automation")) {
        return Actor.automatic();
      }
      if (lower.startsWith("automation:")) {
        return Actor.automation(written.substring("automation:".length()));
      }
      if (lower.startsWith("user:")) {
        return Actor.person(UserId.of(written.substring("user:".length())));
      }
    } catch (CrmValidationException e) {
      throw CrmValidationException.of(field, "invalid", text, "the name after the colon is missing or too long");
    }
    throw CrmValidationException.of(field, "invalid", text, "an actor is automation, automation:<name> or user:<id>");
  }

  /**
   * Replays the events.
   *
   * @param events the events file
   * @param facts the facts file, if any
   * @throws IOException when a stream fails
   */
  public ReplayReport replay(CsvInput events, Optional<CsvInput> facts) throws IOException {
    CrmValidationException.required("events", events);
    CrmValidationException.required("facts", facts);
    List<ReplayProblem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    CsvTable eventTable = CsvTable.read(events, "an events file", EVENT_COLUMNS, REQUIRED_EVENT_COLUMNS);
    List<Event> read = events(eventTable);
    problems.addAll(inFileOrder(eventTable.problems()));
    Map<String, List<Event>> byRecord = new LinkedHashMap<>();
    for (Event event : read) {
      byRecord.computeIfAbsent(event.recordId(), r -> new ArrayList<>()).add(event);
    }
    Map<String, List<FactRow>> factsByRecord = new HashMap<>();
    if (facts.isPresent()) {
      List<String> columns = new ArrayList<>(List.of("record_id", "at"));
      context.factColumns().forEach(c -> columns.add(c.name()));
      CsvTable factTable = CsvTable.read(facts.get(), "a facts file of lifecycle '" + definition.name() + "'",
          columns, List.of("record_id"));
      for (FactRow row : facts(factTable)) {
        factsByRecord.computeIfAbsent(row.recordId(), r -> new ArrayList<>()).add(row);
      }
      problems.addAll(inFileOrder(factTable.problems()));
      factsByRecord.forEach((record, rows) -> {
        if (!byRecord.containsKey(record)) {
          notes.add("the facts about '" + record + "' (" + facts.get().name() + " line " + rows.get(0).line()
              + ") were not used: no event names that record");
        }
      });
      notes.sort(Comparator.naturalOrder());
    }
    if (!problems.isEmpty()) {
      return ReplayReport.refused(definition.name(), read.size(), problems, notes);
    }
    List<ReplayReport.RecordOutcome> outcomes = new ArrayList<>();
    List<ReplayReport.ReplayRejection> rejections = new ArrayList<>();
    byRecord.forEach((record, recordEvents) -> {
      List<FactRow> rows = new ArrayList<>(factsByRecord.getOrDefault(record, List.of()));
      rows.sort(FactRow.IN_FORCE_ORDER);
      recordEvents.sort(Comparator.comparing(Event::at).thenComparingInt(Event::line));
      outcomes.add(replay(events.name(), record, recordEvents, rows, rejections, problems));
    });
    if (!problems.isEmpty()) {
      return ReplayReport.refused(definition.name(), read.size(), problems, notes);
    }
    return new ReplayReport(definition.name(), read.size(), outcomes, rejections, List.of(), notes);
  }

  private ReplayReport.RecordOutcome replay(String file, String record, List<Event> events, List<FactRow> facts,
      List<ReplayReport.ReplayRejection> rejections, List<ReplayProblem> problems) {
    Instant first = events.get(0).at();
    LifecycleState state = LifecycleState.of(start, first);
    ReplayContext.RecordTrack<C> track = context.track(record, first);
    int accepted = 0;
    int rejected = 0;
    for (Event event : events) {
      C seen;
      try {
        seen = track.record(event.trigger(), event.at(), inForce(facts, event.at()));
      } catch (CrmValidationException e) {
        problems.add(ReplayProblem.ofRow(file, event.line(),
            "the facts about '" + record + "' at " + event.at() + " do not make the record the criteria read: "
                + e.getMessage()));
        continue;
      }
      Actor actor = event.actor().orElse(defaultActor);
      TransitionResult result = event.reason().isPresent()
          ? definition.transition(state, event.trigger(), seen, event.at(), actor, event.reason().get())
          : definition.transition(state, event.trigger(), seen, event.at(), actor);
      if (result instanceof TransitionResult.Accepted moved) {
        accepted++;
        state = moved.state();
        track.moved(moved, event.at());
      } else {
        rejected++;
        rejections.add(new ReplayReport.ReplayRejection(event.line(), record, triggerLabel(event.trigger()),
            event.at(), actor, stageLabel(state.stage()), ((TransitionResult.Rejected) result).violations()));
      }
    }
    return new ReplayReport.RecordOutcome(
        record, stageLabel(state.stage()), state.enteredAt(), events.size(), accepted, rejected);
  }

  private static List<ReplayProblem> inFileOrder(List<ReplayProblem> problems) {
    List<ReplayProblem> sorted = new ArrayList<>(problems);
    // by line, then by column, a problem of the whole row after those of its cells
    sorted.sort(Comparator.comparingInt(ReplayProblem::line)
        .thenComparingInt(p -> p.column() == 0 ? Integer.MAX_VALUE : p.column()));
    return sorted;
  }

  private static Facts inForce(List<FactRow> rows, Instant at) {
    Map<String, Object> values = new HashMap<>();
    for (FactRow row : rows) {
      if (row.at().isEmpty() || !row.at().get().isAfter(at)) {
        values.putAll(row.values());
      }
    }
    return Facts.of(values);
  }

  private List<Event> events(CsvTable table) {
    List<Event> events = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      Optional<String> record = table.requiredCell(row, "record_id", ReplayContexts.id("record_id"));
      Optional<TriggerName> trigger = table.requiredCell(row, "trigger", this::trigger);
      Optional<Instant> at = table.requiredCell(row, "at", CellReaders.instant("at"));
      Optional<Actor> actor = table.cell(row, "actor", text -> actor("actor", text));
      Optional<String> reason = table.cell(row, "reason", CellReaders.text("reason"));
      if (record.isPresent() && trigger.isPresent() && at.isPresent()) {
        events.add(new Event(row.line(), record.get(), trigger.get(), at.get(), actor, reason));
      }
    }
    return events;
  }

  private TriggerName trigger(String text) {
    TriggerName trigger;
    try {
      trigger = TriggerName.of(text);
    } catch (CrmValidationException e) {
      throw CrmValidationException.of("trigger", e.rule(), text, "not a trigger name");
    }
    if (definition.trigger(trigger).isEmpty()) {
      throw CrmValidationException.of("trigger", "unknown", text, "lifecycle '" + definition.name()
          + "' has no trigger '" + trigger + "'; its triggers: " + definition.triggers().stream()
              .map(TriggerDefinition::label).collect(Collectors.joining(", ")));
    }
    return trigger;
  }

  private List<FactRow> facts(CsvTable table) {
    List<FactRow> rows = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      Optional<String> record = table.requiredCell(row, "record_id", ReplayContexts.id("record_id"));
      Optional<Instant> at = table.cell(row, "at", CellReaders.instant("at"));
      Map<String, Object> values = new HashMap<>();
      for (FactColumn column : context.factColumns()) {
        table.cell(row, column.name(), column.reader()).ifPresent(value -> values.put(column.name(), value));
      }
      record.ifPresent(id -> rows.add(new FactRow(row.line(), id, at, values)));
    }
    return rows;
  }

  private String stageLabel(StageName stage) {
    return definition.stage(stage).map(StageDefinition::label).orElse(stage.value());
  }

  private String triggerLabel(TriggerName trigger) {
    return definition.trigger(trigger).map(TriggerDefinition::label).orElse(trigger.value());
  }

  private String stageLabels() {
    return definition.stages().stream().map(StageDefinition::label).collect(Collectors.joining(", "));
  }

  /** An event as read from its row. */
  private record Event(
      int line, String recordId, TriggerName trigger, Instant at, Optional<Actor> actor, Optional<String> reason) {}

  /** A row of facts as read. */
  private record FactRow(int line, String recordId, Optional<Instant> at, Map<String, Object> values) {
    /** Rows without a time first, in file order, then by time, then in file order. */
    static final Comparator<FactRow> IN_FORCE_ORDER = Comparator
        .comparing((FactRow row) -> row.at().orElse(Instant.MIN))
        .thenComparingInt(FactRow::line);
  }
}
