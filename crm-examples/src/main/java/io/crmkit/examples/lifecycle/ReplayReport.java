package io.crmkit.examples.lifecycle;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.Violation;
import java.time.Instant;
import java.util.List;

/**
 * What a replay of events through a lifecycle found: where each record ended, every move refused
 * with its reasons, and, when the files could not be replayed, their problems (then nothing else).
 *
 * @param lifecycle the lifecycle's name
 * @param events how many events were read
 * @param records each record's outcome, in the order of its first event in the file
 * @param rejections every refused move, in the order of the records, then of their events
 * @param problems what is wrong with the files; when there are any, nothing was replayed
 * @param notes what was read but not used, such as facts about a record without events
 */
public record ReplayReport(
    String lifecycle,
    int events,
    List<RecordOutcome> records,
    List<ReplayRejection> rejections,
    List<ReplayProblem> problems,
    List<String> notes) {
  /** Checks the parts and copies the lists. */
  public ReplayReport {
    CrmValidationException.required("replayReport.lifecycle", lifecycle);
    records = List.copyOf(records);
    rejections = List.copyOf(rejections);
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** A report of files that could not be replayed. */
  static ReplayReport refused(String lifecycle, int events, List<ReplayProblem> problems, List<String> notes) {
    return new ReplayReport(lifecycle, events, List.of(), List.of(), problems, notes);
  }

  /** Whether the files were replayed: no problems. */
  public boolean replayed() {
    return problems.isEmpty();
  }

  /** How many moves were accepted, over all records. */
  public int accepted() {
    return records.stream().mapToInt(RecordOutcome::accepted).sum();
  }

  /**
   * Where a record ended.
   *
   * @param recordId the record's id
   * @param stage the label of its final stage
   * @param since when it entered that stage
   * @param events how many events it had
   * @param accepted how many of them moved it (or kept it in its stage, accepted)
   * @param rejected how many were refused
   */
  public record RecordOutcome(String recordId, String stage, Instant since, int events, int accepted, int rejected) {
    /** {@code lead-1 in Onboarding since 2026-03-10T09:00:00Z}. */
    @Override
    public String toString() {
      return recordId + " in " + stage + " since " + since;
    }
  }

  /**
   * A move refused.
   *
   * @param line the line of the event in the events file
   * @param recordId the record's id
   * @param trigger the trigger's label
   * @param at the event's time
   * @param actor who asked for the move
   * @param stage the label of the stage the record stays in
   * @param violations every reason, as the lifecycle gave them
   */
  public record ReplayRejection(
      int line, String recordId, String trigger, Instant at, Actor actor, String stage, List<Violation> violations) {
    /** Copies the violations. */
    public ReplayRejection {
      violations = List.copyOf(violations);
    }

    /** {@code line 6: lead-2 'qualify' at 2026-03-03T09:00:00Z by automation 'automatic', stays in Lead}. */
    @Override
    public String toString() {
      return "line " + line + ": " + recordId + " '" + trigger + "' at " + at + " by " + actor + ", stays in " + stage;
    }
  }
}
