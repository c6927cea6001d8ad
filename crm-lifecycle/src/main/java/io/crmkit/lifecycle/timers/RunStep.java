package io.crmkit.lifecycle.timers;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.LifecycleEvent;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.TransitionResult;
import java.util.List;

/**
 * What a {@link TimedLifecycle} answers to a start or a trigger: the record {@link Moved} (its run
 * now has the new state, the timers after the move's timer side effects, and the audit record) or
 * the move was {@link Refused} (its run is unchanged). A refusal is an answer, never an exception.
 */
public sealed interface RunStep {
  /** The record's run after the step: the next run when moved, the same run when refused. */
  LifecycleRun run();

  /** Whether the record moved (or entered the lifecycle). */
  boolean isMoved();

  /**
   * The record entered the lifecycle or moved. The host stores {@link #run()}, publishes
   * {@link #events()} and runs {@link #hostSideEffects()}; the timer side effects are already
   * applied to the run's timers.
   *
   * @param run the record's next run
   * @param events what happened, as the engine emitted it
   * @param hostSideEffects the side effects that are not a timer's, in order: tasks to create,
   *     people to notify
   */
  record Moved(LifecycleRun run, List<LifecycleEvent> events, List<SideEffect> hostSideEffects) implements RunStep {
    /** Checks and copies. */
    public Moved {
      CrmValidationException.required("moved.run", run);
      events = List.copyOf(CrmValidationException.required("moved.events", events));
      hostSideEffects = List.copyOf(CrmValidationException.required("moved.hostSideEffects", hostSideEffects));
    }

    @Override
    public boolean isMoved() {
      return true;
    }
  }

  /**
   * The move was refused, with every reason; the record stays where it is and its timers as they were.
   *
   * @param run the record's run, unchanged
   * @param rejected the engine's refusal: the stage, the trigger and every violation
   */
  record Refused(LifecycleRun run, TransitionResult.Rejected rejected) implements RunStep {
    /** Checks. */
    public Refused {
      CrmValidationException.required("refused.run", run);
      CrmValidationException.required("refused.rejected", rejected);
    }

    @Override
    public boolean isMoved() {
      return false;
    }
  }
}
