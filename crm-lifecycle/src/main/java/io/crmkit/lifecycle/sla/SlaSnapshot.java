package io.crmkit.lifecycle.sla;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The service-level timers of one record as of an instant, every cycle of every timer, with the
 * events that happened to them by then.
 *
 * @param recordId the record: a case, a lead, an account
 * @param asOf the instant the snapshot describes
 * @param timers the timers, ordered by start, then name, then cycle
 * @param events the events that happened by {@code asOf}, in time order
 */
public record SlaSnapshot(AggregateId recordId, Instant asOf, List<SlaTimer> timers, List<SlaEvent> events) {
  /**
   * Checks the snapshot and orders its timers and events.
   *
   * @throws CrmValidationException when a part is missing (rule {@code required})
   */
  public SlaSnapshot {
    CrmValidationException.required("slaSnapshot.recordId", recordId);
    CrmValidationException.required("slaSnapshot.asOf", asOf);
    List<SlaTimer> orderedTimers = new ArrayList<>(CrmValidationException.required("slaSnapshot.timers", timers));
    orderedTimers.forEach(t -> CrmValidationException.required("slaSnapshot.timers", t));
    orderedTimers.sort(Comparator.comparing(SlaTimer::startedAt).thenComparing(SlaTimer::name)
        .thenComparingInt(SlaTimer::cycle));
    timers = List.copyOf(orderedTimers);
    List<SlaEvent> orderedEvents = new ArrayList<>(CrmValidationException.required("slaSnapshot.events", events));
    orderedEvents.forEach(e -> CrmValidationException.required("slaSnapshot.events", e));
    orderedEvents.sort(Comparator.comparing(SlaEvent::occurredAt));
    events = List.copyOf(orderedEvents);
  }

  /** Every cycle of the timer with this name, in order. */
  public List<SlaTimer> timers(String name) {
    return timers.stream().filter(t -> t.name().equals(name)).sorted(Comparator.comparingInt(SlaTimer::cycle)).toList();
  }

  /** The latest cycle of the timer with this name, if it ever started. */
  public Optional<SlaTimer> current(String name) {
    List<SlaTimer> cycles = timers(name);
    return cycles.isEmpty() ? Optional.empty() : Optional.of(cycles.get(cycles.size() - 1));
  }

  /** The latest cycle of a support metric's timer, if it ever started. */
  public Optional<SlaTimer> current(SlaMetric metric) {
    return current(metric.timerName());
  }

  /** The state of the latest cycle of a support metric's timer as of {@link #asOf()}, if it ever started. */
  public Optional<SlaState> state(SlaMetric metric) {
    return current(metric).map(t -> t.state(asOf));
  }

  /** The state of the latest cycle of a named timer as of {@link #asOf()}, if it ever started. */
  public Optional<SlaState> state(String name) {
    return current(name).map(t -> t.state(asOf));
  }

  /** The timers, any cycle, breached or missed as of {@link #asOf()}. */
  public List<SlaTimer> breached() {
    return timers.stream().filter(t -> t.state(asOf).isBreached()).toList();
  }

  /**
   * The next instant after {@link #asOf()} at which a timer that runs now will warn or breach, if
   * nothing pauses or stops it first: when to look again.
   */
  public Optional<Instant> nextAlarm() {
    return timers.stream()
        .filter(t -> !t.isStopped() && !t.isPaused())
        .flatMap(t -> Stream.of(t.warningAt(), t.dueAt()))
        .flatMap(Optional::stream)
        .filter(at -> at.isAfter(asOf))
        .min(Comparator.naturalOrder());
  }
}
