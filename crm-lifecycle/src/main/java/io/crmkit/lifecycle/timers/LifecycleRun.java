package io.crmkit.lifecycle.timers;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.AuditRecord;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TimeInStage;
import io.crmkit.lifecycle.stuck.StageRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One record's way through a lifecycle as plain data the host stores with the record: its state,
 * its service-level timers and its audit trail. A {@link TimedLifecycle} makes the first run and
 * each next one; nothing in a run refers to the lifecycle, so one definition serves every record.
 *
 * @param state the record's stage and when it entered it
 * @param timers every cycle of every timer its moves started
 * @param audit the audit of its entry and of every accepted move, oldest first
 */
public record LifecycleRun(LifecycleState state, RecordTimers timers, List<AuditRecord> audit) {
  /**
   * Checks that the parts tell one story and copies the audit.
   *
   * @throws CrmValidationException rule {@code required} for a missing part or an empty audit; field
   *     {@code run.audit[i]}, rule {@code order} or {@code discontinuous}, for audit records out of
   *     time order or not following each other's stages; field {@code run.state}, rule
   *     {@code mismatch}, for a state other than the stage and entry time the audit tells
   */
  public LifecycleRun {
    CrmValidationException.required("run.state", state);
    CrmValidationException.required("run.timers", timers);
    audit = AuditTrail.checked("run.audit", audit);
    StageName stage = audit.get(audit.size() - 1).to();
    Instant enteredAt = AuditTrail.enteredAt(audit);
    if (!state.stage().equals(stage) || !state.enteredAt().equals(enteredAt)) {
      throw CrmValidationException.of("run.state", "mismatch", state,
          "the audit tells stage '" + stage + "' entered at " + enteredAt);
    }
  }

  /**
   * A record taken into a run where it stands today: its state, timers and audit as the host kept
   * them. For a record whose history was not audited, an {@link AuditRecord#entry} at the state's
   * entry time is the audit.
   *
   * @throws CrmValidationException as the constructor does
   */
  public static LifecycleRun of(LifecycleState state, RecordTimers timers, List<AuditRecord> audit) {
    return new LifecycleRun(state, timers, audit);
  }

  /** The record's stage. */
  public StageName stage() {
    return state.stage();
  }

  /**
   * The last instant the run recorded: its last audit record or its timers' last start, pause,
   * resume or stop, whichever is later. The next move happens at or after it.
   */
  public Instant lastRecordedAt() {
    Instant moved = audit.get(audit.size() - 1).at();
    return timers.lastRecordedAt().filter(moved::isBefore).orElse(moved);
  }

  /** How long the record spent in each stage up to an instant, from its audit ({@link TimeInStage#of}). */
  public TimeInStage timeInStage(Instant asOf) {
    return TimeInStage.of(audit, asOf);
  }

  /**
   * The record as stuck detection reads it: in its stage since it entered it, last touched at the
   * later of {@code lastTouchedAt} and its first audit record ({@link StageRecords#of(AggregateId,
   * List, Optional)}).
   */
  public StageRecord<StageName> stageRecord(AggregateId recordId, Optional<Instant> lastTouchedAt) {
    return StageRecords.of(recordId, audit, lastTouchedAt);
  }

  /** This run after an accepted move: its new state, timers, and one more audit record. */
  LifecycleRun next(LifecycleState nextState, RecordTimers nextTimers, AuditRecord record) {
    List<AuditRecord> longer = new ArrayList<>(audit.size() + 1);
    longer.addAll(audit);
    longer.add(record);
    return new LifecycleRun(nextState, nextTimers, longer);
  }
}
