package io.crmkit.lifecycle.timers;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.AuditRecord;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.stuck.StageRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A record's place in a lifecycle, as the engine keeps it, turned into the {@link StageRecord} that
 * {@link io.crmkit.lifecycle.stuck.StuckDetector stuck detection} reads: "in Proposal longer than 14
 * days", "not touched for 7 days".
 *
 * <pre>{@code
 * StuckDetector<StageName> detector = StuckDetector.of(
 *     StuckRule.inStageFor(B2bLeadLifecycle.SAL, Duration.ofDays(5)),
 *     StuckRule.<StageName>notTouchedForDays(7).exceptIn(B2bLeadLifecycle.CLOSED_LOST));
 * detector.find(StageRecords.of(leadId, run.audit(), lastTouch), now);
 * }</pre>
 */
public final class StageRecords {
  private StageRecords() {}

  /**
   * A record in its state's stage since its state says, last touched at an instant.
   *
   * @throws CrmValidationException rule {@code required} for a missing argument
   */
  public static StageRecord<StageName> of(AggregateId recordId, LifecycleState state, Instant lastTouchedAt) {
    CrmValidationException.required("state", state);
    return StageRecord.of(recordId, state.stage(), state.enteredAt(), lastTouchedAt);
  }

  /**
   * A record as its audit trail tells it: in the stage its last record entered, since the last
   * entry or move that changed the stage (a move that keeps the stage, such as booking a kickoff,
   * continues the stay). It was last touched at the later of {@code lastTouchedAt} and its first
   * audit record (its creation, for a trail that starts with the entry): a record never touched
   * counts from its creation. A move is not a touch; the host says when the record was last called,
   * e-mailed or met.
   *
   * @param recordId the record
   * @param history its audit records, oldest first
   * @param lastTouchedAt when it was last touched, if ever
   * @throws CrmValidationException rule {@code required} for a missing argument or an empty history;
   *     field {@code history[i]}, rule {@code order} for records not oldest first,
   *     {@code discontinuous} for a move leaving another stage than the one before it entered
   */
  public static StageRecord<StageName> of(
      AggregateId recordId, List<AuditRecord> history, Optional<Instant> lastTouchedAt) {
    List<AuditRecord> trail = AuditTrail.checked("history", history);
    CrmValidationException.required("lastTouchedAt", lastTouchedAt);
    Instant created = trail.get(0).at();
    Instant touched = lastTouchedAt.filter(t -> t.isAfter(created)).orElse(created);
    return StageRecord.of(recordId, trail.get(trail.size() - 1).to(), AuditTrail.enteredAt(trail), touched);
  }
}
