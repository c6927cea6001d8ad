package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.internal.Names;
import java.time.Instant;
import java.util.Optional;

/**
 * The audit of one move of a record, or of its entry into a lifecycle: who, when, from, to, by
 * which trigger and why. A record's audit records, oldest first, give its time in each stage
 * ({@link TimeInStage}).
 *
 * @param actor who moved the record
 * @param at when
 * @param from the stage left; empty for the record of entering the lifecycle
 * @param to the stage entered (the same as {@code from} for a transition that keeps the stage)
 * @param trigger the trigger taken; empty for the record of entering the lifecycle
 * @param backward whether the move went to a lower rank (always by a person, with a reason)
 * @param reason why, as the person gave it, white space folded; required for a move back
 */
public record AuditRecord(
    Actor actor,
    Instant at,
    Optional<StageName> from,
    StageName to,
    Optional<TriggerName> trigger,
    boolean backward,
    Optional<String> reason) {
  /** Checks the record and folds the reason's white space. */
  public AuditRecord {
    CrmValidationException.required("audit.actor", actor);
    CrmValidationException.required("audit.at", at);
    CrmValidationException.required("audit.from", from);
    CrmValidationException.required("audit.to", to);
    CrmValidationException.required("audit.trigger", trigger);
    reason = CrmValidationException.required("audit.reason", reason).map(r -> Names.text("audit.reason", r));
    if (from.isPresent() != trigger.isPresent()) {
      throw CrmValidationException.of(
          "audit.trigger", "entry", trigger, "a move has both a stage left and a trigger; an entry has neither");
    }
    if (backward && !actor.isPerson()) {
      throw CrmValidationException.of(
          "audit.backward", "automation", actor, "only a person moves a record back");
    }
    if (backward && reason.isEmpty()) {
      throw CrmValidationException.of("audit.reason", "required", reason, "a move back has a reason");
    }
  }

  /** The record of a move. */
  public static AuditRecord move(
      Actor actor, Instant at, StageName from, StageName to, TriggerName trigger, boolean backward,
      Optional<String> reason) {
    return new AuditRecord(actor, at, Optional.of(from), to, Optional.of(trigger), backward, reason);
  }

  /** The record of entering a lifecycle at a stage. */
  public static AuditRecord entry(Actor actor, Instant at, StageName stage) {
    return new AuditRecord(actor, at, Optional.empty(), stage, Optional.empty(), false, Optional.empty());
  }

  /** Whether this is the record of entering the lifecycle rather than of a move. */
  public boolean isEntry() {
    return from.isEmpty();
  }
}
