package io.crmkit.lifecycle.timers;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.AvailableTrigger;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleStart;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.calendar.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lifecycle with its timers running: a definition and the business calendar whose hours its
 * business-time timers count, shared by every record. Each step moves one record's
 * {@link LifecycleRun} through the engine and applies the accepted move's timer side effects to its
 * timers ({@link RecordTimers#apply}), as a pure function of the run, the trigger, the record and
 * the instant.
 *
 * <pre>{@code
 * TimedLifecycle<B2bJourney> leads = TimedLifecycle.of(B2bLeadLifecycle.definition(), salesOffice);
 * LifecycleRun run = leads.start(LEAD, createdAt, marketing).run();
 * RunStep step = leads.apply(run, QUALIFY, journey, qualifiedAt, scoring);
 * if (step instanceof RunStep.Moved moved) {
 *   save(moved.run());                  // state, timers, audit: plain data
 *   publish(moved.events());
 *   run(moved.hostSideEffects());       // the timers are already running
 * }
 * }</pre>
 *
 * @param definition the lifecycle
 * @param calendar the business calendar of starts with {@code time = business}
 * @param <C> the type of record the lifecycle's exit criteria read
 */
public record TimedLifecycle<C>(LifecycleDefinition<C> definition, BusinessCalendar calendar) {
  /** Checks. */
  public TimedLifecycle {
    CrmValidationException.required("timedLifecycle.definition", definition);
    CrmValidationException.required("timedLifecycle.calendar", calendar);
  }

  /** A lifecycle whose business-time timers count the hours of a calendar. */
  public static <C> TimedLifecycle<C> of(LifecycleDefinition<C> definition, BusinessCalendar calendar) {
    return new TimedLifecycle<>(definition, calendar);
  }

  /**
   * A record enters the lifecycle at an entry stage: its first run, whose timers are those the
   * stage's {@code onEnter} side effects start.
   *
   * @throws CrmValidationException as {@link LifecycleDefinition#start} and {@link RecordTimers#apply} do
   */
  public RunStep.Moved start(StageName stage, Instant at, Actor actor) {
    LifecycleStart start = definition.start(stage, at, actor);
    RecordTimers timers = RecordTimers.none().apply(start.sideEffects(), at, calendar);
    return new RunStep.Moved(
        new LifecycleRun(start.state(), timers, List.of(start.audit())),
        start.events(),
        RecordTimers.withoutTimers(start.sideEffects()));
  }

  /**
   * Moves a record by a trigger, without a reason (so never back).
   *
   * @see #apply(LifecycleRun, TriggerName, Object, Instant, Actor, String)
   */
  public RunStep apply(LifecycleRun run, TriggerName trigger, C record, Instant at, Actor actor) {
    return step(run, trigger, record, at, actor, null);
  }

  /**
   * Moves a record by a trigger: the engine decides ({@link LifecycleDefinition#transition}); an
   * accepted move's timer side effects run on the record's timers at {@code at}, and its other side
   * effects are handed back.
   *
   * @param run the record's run
   * @param trigger the trigger
   * @param record what the exit criteria read
   * @param at when the move happens; not before the run's {@link LifecycleRun#lastRecordedAt()}
   * @param actor who moves the record
   * @param reason why, required for a move back
   * @return {@link RunStep.Moved} with the next run, or {@link RunStep.Refused} with every reason
   * @throws CrmValidationException field {@code at}, rule {@code order}, for an instant before the
   *     run's last; otherwise as {@link LifecycleDefinition#transition} and {@link RecordTimers#apply} do
   */
  public RunStep apply(LifecycleRun run, TriggerName trigger, C record, Instant at, Actor actor, String reason) {
    return step(run, trigger, record, at, actor, CrmValidationException.required("reason", reason));
  }

  /** The triggers that lead out of the record's stage, each with what stands in its way. */
  public List<AvailableTrigger> availableTriggers(LifecycleRun run, C record) {
    return definition.availableTriggers(CrmValidationException.required("run", run).state(), record);
  }

  private RunStep step(LifecycleRun run, TriggerName trigger, C record, Instant at, Actor actor, @Nullable String reason) {
    CrmValidationException.required("run", run);
    CrmValidationException.required("at", at);
    Instant last = run.lastRecordedAt();
    if (at.isBefore(last)) {
      throw CrmValidationException.of("at", "order", at, "the record's run last recorded " + last + "; moves come in time order");
    }
    TransitionResult result = reason == null
        ? definition.transition(run.state(), trigger, record, at, actor)
        : definition.transition(run.state(), trigger, record, at, actor, reason);
    if (result instanceof TransitionResult.Accepted accepted) {
      RecordTimers timers = run.timers().apply(accepted.sideEffects(), at, calendar);
      return new RunStep.Moved(
          run.next(accepted.state(), timers, accepted.audit()),
          accepted.events(),
          RecordTimers.withoutTimers(accepted.sideEffects()));
    }
    return new RunStep.Refused(run, (TransitionResult.Rejected) result);
  }
}
