package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.util.List;

/**
 * What a {@link LifecycleDefinition} answers to a trigger: the move is {@link Accepted} or
 * {@link Rejected}. A refusal is an expected answer, never an exception.
 */
public sealed interface TransitionResult {
  /** The stage the record was in. */
  StageName from();

  /** The trigger asked for. */
  TriggerName trigger();

  /** Whether the move was accepted. */
  boolean isAccepted();

  /**
   * The move was accepted. The host saves {@link #state()} and {@link #audit()}, publishes
   * {@link #events()} and runs {@link #sideEffects()}; nothing has been done yet.
   *
   * @param from the stage left
   * @param to the stage entered (the same as {@code from} when the transition keeps the stage)
   * @param trigger the trigger taken
   * @param state the record's new state
   * @param events what happened, in order: a {@link StageChanged} (unless the stage is kept), then
   *     a {@link NamedEventOccurred} per event the transition declares
   * @param sideEffects the work to do, in order: leaving {@code from}, the transition's own,
   *     entering {@code to} (only the transition's own when the stage is kept)
   * @param audit the audit record of the move
   */
  record Accepted(
      StageName from,
      StageName to,
      TriggerName trigger,
      LifecycleState state,
      List<LifecycleEvent> events,
      List<SideEffect> sideEffects,
      AuditRecord audit)
      implements TransitionResult {
    /** Checks the result and copies its lists. */
    public Accepted {
      CrmValidationException.required("accepted.from", from);
      CrmValidationException.required("accepted.to", to);
      CrmValidationException.required("accepted.trigger", trigger);
      CrmValidationException.required("accepted.state", state);
      events = List.copyOf(CrmValidationException.required("accepted.events", events));
      sideEffects = List.copyOf(CrmValidationException.required("accepted.sideEffects", sideEffects));
      CrmValidationException.required("accepted.audit", audit);
    }

    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /**
   * The move was refused; the record stays where it is.
   *
   * @param from the record's stage
   * @param trigger the trigger asked for
   * @param violations every reason, not only the first: the engine's own rules first, then every
   *     unmet exit criterion in the order the transition declares them
   */
  record Rejected(StageName from, TriggerName trigger, List<Violation> violations) implements TransitionResult {
    /** Checks the result and copies the violations; there is at least one. */
    public Rejected {
      CrmValidationException.required("rejected.from", from);
      CrmValidationException.required("rejected.trigger", trigger);
      violations = List.copyOf(CrmValidationException.required("rejected.violations", violations));
      if (violations.isEmpty()) {
        throw CrmValidationException.of("rejected.violations", "required", violations, "a refusal has a reason");
      }
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    /** The codes of the violations, in order. */
    public List<String> codes() {
      return violations.stream().map(Violation::code).toList();
    }
  }
}
