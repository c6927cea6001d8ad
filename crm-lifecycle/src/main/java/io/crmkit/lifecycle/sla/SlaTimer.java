package io.crmkit.lifecycle.sla;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One cycle of a service-level timer as plain data: what it measures, its target, when it started,
 * when it was paused and when it stopped; and pure functions that tell its elapsed and remaining
 * time, its state and its events at any instant.
 *
 * <p>Elapsed time is the business time of the target's calendar between the start and the instant
 * asked about (or the stop, if earlier), less the pauses. The timer is breached once the elapsed
 * time reaches the target; it is met if it stops before that and missed if it stops after. Time
 * outside the calendar's hours does not count but is not a pause: the state stays running.
 *
 * <p>Timers change by making new ones: {@link #pause}, {@link #resume}, {@link #stop} and
 * {@link #reopen} each return a new timer and refuse instants before the last one recorded.
 * Support timers come from {@link SlaPolicy#evaluate}; handoff deadlines from {@link Deadline#start}.
 *
 * @param name what the timer measures: {@code first-response}, {@code sales-acceptance}; stripped
 * @param cycle the cycle of the timer for its record, from 1
 * @param target its target and calendar
 * @param startedAt when it started counting
 * @param pauses its pauses, in order, apart, within its run; only the last may be ongoing. Touching
 *     pauses are joined and ended pauses of no length dropped; an ongoing pause of a stopped timer
 *     ends at the stop.
 * @param stoppedAt when it stopped, if it did
 */
public record SlaTimer(
    String name, int cycle, SlaTarget target, Instant startedAt, List<SlaPause> pauses, Optional<Instant> stoppedAt) {

  /**
   * Checks and normalises the timer.
   *
   * @throws CrmValidationException when a part is missing ({@code required}), the name is too long
   *     ({@code slaTimer.name}, {@code length}), the cycle is below 1 ({@code slaTimer.cycle},
   *     {@code range}), the start is out of the calendar's range ({@code slaTimer.startedAt},
   *     {@code range}), a pause begins before the start ({@code slaTimer.pauses}, {@code order}) or
   *     before the previous one ends ({@code slaTimer.pauses}, {@code overlap}), or the stop comes
   *     before the start or the end of a pause ({@code slaTimer.stoppedAt}, {@code order})
   */
  public SlaTimer {
    name = SlaChecks.name("slaTimer.name", name);
    SlaChecks.cycle("slaTimer.cycle", cycle);
    CrmValidationException.required("slaTimer.target", target);
    CrmValidationException.required("slaTimer.startedAt", startedAt);
    if (startedAt.isBefore(BusinessCalendar.EARLIEST) || startedAt.isAfter(BusinessCalendar.LATEST)) {
      throw CrmValidationException.of("slaTimer.startedAt", "range", startedAt, "an instant from year 1 to year 9999");
    }
    CrmValidationException.required("slaTimer.stoppedAt", stoppedAt);
    stoppedAt.ifPresent(stop -> {
      if (stop.isBefore(startedAt)) {
        throw CrmValidationException.of("slaTimer.stoppedAt", "order", stop, "a timer stops after it starts at " + startedAt);
      }
    });
    pauses = normalisePauses(startedAt, CrmValidationException.required("slaTimer.pauses", pauses), stoppedAt);
  }

  /** A timer that starts counting at an instant, without pauses. */
  public static SlaTimer start(String name, int cycle, SlaTarget target, Instant at) {
    return new SlaTimer(name, cycle, target, at, List.of(), Optional.empty());
  }

  /** Whether the timer has stopped. */
  public boolean isStopped() {
    return stoppedAt.isPresent();
  }

  /** Whether the timer is paused now: its last pause goes on. */
  public boolean isPaused() {
    return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOngoing();
  }

  /**
   * Whether the timer was paused at an instant, after its start and before its stop.
   *
   * @throws CrmValidationException when the instant is missing ({@code slaTimer.at}, {@code required})
   */
  public boolean isPausedAt(Instant at) {
    CrmValidationException.required("slaTimer.at", at);
    if (stoppedAt.isPresent() && !at.isBefore(stoppedAt.get())) {
      return false;
    }
    return pauses.stream().anyMatch(p -> p.covers(at));
  }

  /**
   * This timer paused from an instant; the same timer if it is already paused.
   *
   * @throws CrmValidationException when the instant is before the last one recorded
   *     ({@code slaTimer.at}, {@code order}) or the timer has stopped ({@code slaTimer.at},
   *     {@code forbidden})
   */
  public SlaTimer pause(Instant at) {
    checkNext(at, "pauses");
    if (isPaused()) {
      return this;
    }
    List<SlaPause> more = new ArrayList<>(pauses);
    more.add(SlaPause.ongoing(at));
    return new SlaTimer(name, cycle, target, startedAt, more, stoppedAt);
  }

  /**
   * This timer counting again from an instant; the same timer if it is not paused.
   *
   * @throws CrmValidationException as {@link #pause} does
   */
  public SlaTimer resume(Instant at) {
    checkNext(at, "resumes");
    if (!isPaused()) {
      return this;
    }
    List<SlaPause> ended = new ArrayList<>(pauses);
    SlaPause last = ended.remove(ended.size() - 1);
    ended.add(SlaPause.between(last.from(), at));
    return new SlaTimer(name, cycle, target, startedAt, ended, stoppedAt);
  }

  /**
   * This timer stopped at an instant, an ongoing pause ending there; the same timer if it has
   * already stopped.
   *
   * @throws CrmValidationException when the instant is before the last one recorded
   *     ({@code slaTimer.at}, {@code order})
   */
  public SlaTimer stop(Instant at) {
    if (isStopped()) {
      return this;
    }
    checkNext(at, "stops");
    return new SlaTimer(name, cycle, target, startedAt, pauses, Optional.of(at));
  }

  /**
   * This stopped timer counting again from an instant in the same cycle: the time since its stop
   * becomes a pause.
   *
   * @throws CrmValidationException when the timer has not stopped ({@code slaTimer.at},
   *     {@code forbidden}) or the instant is before its stop ({@code slaTimer.at}, {@code order})
   */
  public SlaTimer reopen(Instant at) {
    CrmValidationException.required("slaTimer.at", at);
    if (stoppedAt.isEmpty()) {
      throw CrmValidationException.of("slaTimer.at", "forbidden", at, "only a stopped timer reopens");
    }
    Instant stop = stoppedAt.get();
    if (at.isBefore(stop)) {
      throw CrmValidationException.of("slaTimer.at", "order", at, "a timer reopens after its stop at " + stop);
    }
    List<SlaPause> more = new ArrayList<>(pauses);
    more.add(SlaPause.between(stop, at));
    return new SlaTimer(name, cycle, target, startedAt, more, Optional.empty());
  }

  /**
   * The business time the timer counted from its start to an instant (or to its stop, if earlier),
   * less its pauses; never more than the time that passed.
   *
   * @throws CrmValidationException when the instant is missing or before the start
   *     ({@code slaTimer.at}, {@code required} or {@code order})
   */
  public Duration elapsed(Instant at) {
    checkAsked(at);
    Instant end = stoppedAt.filter(stop -> stop.isBefore(at)).orElse(at);
    BusinessCalendar calendar = target.calendar();
    Duration total = Duration.ZERO;
    for (Run run : runs()) {
      if (!run.from.isBefore(end)) {
        break;
      }
      Instant to = run.to == null || run.to.isAfter(end) ? end : run.to;
      total = total.plus(calendar.businessTimeBetween(run.from, to));
    }
    return total;
  }

  /**
   * The business time left to the target at an instant: the target less the elapsed time, negative
   * once the elapsed time has passed the target.
   *
   * @throws CrmValidationException as {@link #elapsed} does
   */
  public Duration remaining(Instant at) {
    return target.duration().minus(elapsed(at));
  }

  /**
   * Where the timer stands at an instant: met or missed from its stop on; breached once the elapsed
   * time reaches the target; otherwise paused, warning or running.
   *
   * @throws CrmValidationException as {@link #elapsed} does
   */
  public SlaState state(Instant at) {
    checkAsked(at);
    Duration goal = target.duration();
    if (stoppedAt.isPresent() && !at.isBefore(stoppedAt.get())) {
      return elapsed(stoppedAt.get()).compareTo(goal) >= 0 ? SlaState.MISSED : SlaState.MET;
    }
    Duration elapsed = elapsed(at);
    if (elapsed.compareTo(goal) >= 0) {
      return SlaState.BREACHED;
    }
    if (isPausedAt(at)) {
      return SlaState.PAUSED;
    }
    if (target.warns() && elapsed.compareTo(goal.minus(target.warningBefore())) >= 0) {
      return SlaState.WARNING;
    }
    return SlaState.RUNNING;
  }

  /**
   * When the elapsed time reaches the target, from what is recorded: a running timer is assumed to
   * run on. Empty when it stopped or is paused now before reaching it, or would reach it only after
   * {@link BusinessCalendar#LATEST}.
   */
  public Optional<Instant> dueAt() {
    return reaching(target.duration());
  }

  /** When the timer warns, found as {@link #dueAt()} is; empty when the target has no warning. */
  public Optional<Instant> warningAt() {
    return target.warns() ? reaching(target.duration().minus(target.warningBefore())) : Optional.empty();
  }

  /**
   * The events of this timer that happened by an instant, in order: its warning, its breach, and its
   * stop as met or missed.
   *
   * @param recordId the record the timer runs for, named in the events
   * @param asOf the instant; events after it have not happened yet
   */
  public List<SlaEvent> events(AggregateId recordId, Instant asOf) {
    CrmValidationException.required("slaTimer.recordId", recordId);
    CrmValidationException.required("slaTimer.asOf", asOf);
    List<SlaEvent> events = new ArrayList<>(3);
    warningAt().filter(at -> !at.isAfter(asOf)).ifPresent(at -> events.add(new SlaWarningReached(
        SlaChecks.eventId(recordId, name, cycle, "warning", at), recordId, name, cycle, target.warningBefore(), at)));
    dueAt().filter(at -> !at.isAfter(asOf)).ifPresent(at -> events.add(new SlaBreached(
        SlaChecks.eventId(recordId, name, cycle, "breach", at), recordId, name, cycle, target.duration(), at)));
    stoppedAt.filter(at -> !at.isAfter(asOf)).ifPresent(at -> {
      Duration elapsed = elapsed(at);
      if (elapsed.compareTo(target.duration()) >= 0) {
        events.add(new SlaMissed(SlaChecks.eventId(recordId, name, cycle, "missed", at), recordId, name, cycle,
            elapsed, target.duration(), at));
      } else {
        events.add(new SlaMet(SlaChecks.eventId(recordId, name, cycle, "met", at), recordId, name, cycle,
            elapsed, target.duration(), at));
      }
    });
    return List.copyOf(events);
  }

  /** The last instant recorded: the stop, the end or start of the last pause, or the start. */
  public Instant lastRecordedAt() {
    if (stoppedAt.isPresent()) {
      return stoppedAt.get();
    }
    if (pauses.isEmpty()) {
      return startedAt;
    }
    SlaPause last = pauses.get(pauses.size() - 1);
    return last.until().orElse(last.from());
  }

  private Optional<Instant> reaching(Duration amount) {
    BusinessCalendar calendar = target.calendar();
    Duration left = amount;
    for (Run run : runs()) {
      if (run.to == null) {
        try {
          return Optional.of(calendar.addBusinessTime(run.from, left));
        } catch (CrmValidationException beyondTheCalendar) {
          return Optional.empty();
        }
      }
      Duration counted = calendar.businessTimeBetween(run.from, run.to);
      if (counted.compareTo(left) >= 0) {
        return Optional.of(calendar.addBusinessTime(run.from, left));
      }
      left = left.minus(counted);
    }
    return Optional.empty();
  }

  /** The times the timer counts: from the start to the first pause, between pauses, after the last. */
  private List<Run> runs() {
    List<Run> runs = new ArrayList<>(pauses.size() + 1);
    Instant from = startedAt;
    for (SlaPause p : pauses) {
      runs.add(new Run(from, p.from()));
      if (p.until().isEmpty()) {
        return runs;
      }
      from = p.until().get();
    }
    runs.add(new Run(from, stoppedAt.orElse(null)));
    return runs;
  }

  private void checkAsked(Instant at) {
    CrmValidationException.required("slaTimer.at", at);
    if (at.isBefore(startedAt)) {
      throw CrmValidationException.of("slaTimer.at", "order", at, "the timer started at " + startedAt);
    }
  }

  private void checkNext(Instant at, String what) {
    CrmValidationException.required("slaTimer.at", at);
    if (isStopped()) {
      throw CrmValidationException.of("slaTimer.at", "forbidden", at, "a stopped timer neither pauses nor resumes");
    }
    Instant last = lastRecordedAt();
    if (at.isBefore(last)) {
      throw CrmValidationException.of("slaTimer.at", "order", at, "a timer " + what + " at or after " + last);
    }
  }

  private static List<SlaPause> normalisePauses(Instant start, List<SlaPause> raw, Optional<Instant> stop) {
    List<SlaPause> clean = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      SlaPause p = CrmValidationException.required("slaTimer.pauses", raw.get(i));
      if (p.from().isBefore(start)) {
        throw CrmValidationException.of("slaTimer.pauses", "order", p.from(), "a pause begins after the start at " + start);
      }
      if (p.isOngoing() && i < raw.size() - 1) {
        throw CrmValidationException.of("slaTimer.pauses", "overlap", p.from(), "only the last pause may go on");
      }
      if (stop.isPresent()) {
        Instant end = p.until().orElse(stop.get());
        if (stop.get().isBefore(end) || stop.get().isBefore(p.from())) {
          throw CrmValidationException.of("slaTimer.stoppedAt", "order", stop.get(),
              "a timer stops after its pauses end; a pause runs to " + end);
        }
        p = SlaPause.between(p.from(), end);
      }
      if (!clean.isEmpty()) {
        SlaPause previous = clean.get(clean.size() - 1);
        Instant previousEnd = previous.until().orElseThrow();
        if (p.from().isBefore(previousEnd)) {
          throw CrmValidationException.of("slaTimer.pauses", "overlap", p.from(),
              "a pause begins after the previous one ends at " + previousEnd);
        }
        if (p.from().equals(previousEnd)) {
          clean.set(clean.size() - 1, new SlaPause(previous.from(), p.until()));
          continue;
        }
      }
      clean.add(p);
    }
    clean.removeIf(p -> p.until().isPresent() && p.until().get().equals(p.from()));
    return List.copyOf(clean);
  }

  /** A time the timer counts, from an instant to another or on without end. */
  private record Run(Instant from, @Nullable Instant to) {}
}
