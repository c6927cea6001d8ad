package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A move a lifecycle allows: a trigger leads a record from any of some stages to one stage, when
 * every exit criterion holds. An accepted move emits a {@link StageChanged} (unless the transition
 * keeps the stage) and a {@link NamedEventOccurred} per declared event, and asks for the side
 * effects of leaving the old stage, of the transition and of entering the new stage, in that order.
 *
 * <p>A transition whose target is one of its sources keeps the record in its stage there: the
 * stage's time runs on, only the transition's own events and side effects apply (a purchase by a
 * repeat customer, for instance).
 *
 * @param trigger the trigger
 * @param from the stages the trigger leads out of, at least one, no repeats
 * @param to the stage it leads to
 * @param exitCriteria what must hold of the record for the move, in order, no two with one id
 * @param events the business events the move emits, no repeats
 * @param sideEffects the work the move asks the host to do
 * @param <C> the type of record the criteria read
 */
public record Transition<C>(
    TriggerName trigger,
    List<StageName> from,
    StageName to,
    List<ExitCriterion<C>> exitCriteria,
    List<EventName> events,
    List<SideEffect> sideEffects) {
  /** Checks the transition and copies its lists. */
  public Transition {
    CrmValidationException.required("transition.trigger", trigger);
    from = List.copyOf(CrmValidationException.required("transition.from", from));
    CrmValidationException.required("transition.to", to);
    exitCriteria = List.copyOf(CrmValidationException.required("transition.exitCriteria", exitCriteria));
    events = List.copyOf(CrmValidationException.required("transition.events", events));
    sideEffects = List.copyOf(CrmValidationException.required("transition.sideEffects", sideEffects));
    if (from.isEmpty()) {
      throw CrmValidationException.of("transition.from", "required", from, "a transition leaves at least one stage");
    }
    unique("transition.from", from);
    unique("transition.exitCriteria", exitCriteria.stream().map(ExitCriterion::id).toList());
    unique("transition.events", events);
  }

  /** A transition from one stage to another, without criteria, events or side effects. */
  public static <C> Transition<C> of(TriggerName trigger, StageName from, StageName to) {
    return new Transition<>(trigger, List.of(from), to, List.of(), List.of(), List.of());
  }

  private static void unique(String field, List<?> values) {
    Set<Object> seen = new HashSet<>();
    for (Object value : values) {
      if (!seen.add(value)) {
        throw CrmValidationException.of(field, "duplicate", value, "each appears once");
      }
    }
  }
}
