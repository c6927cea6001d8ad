package io.crmkit.lifecycle.timers;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.calendar.BusinessCalendar;
import io.crmkit.lifecycle.sla.SlaEvent;
import io.crmkit.lifecycle.sla.SlaSnapshot;
import io.crmkit.lifecycle.sla.SlaState;
import io.crmkit.lifecycle.sla.SlaTarget;
import io.crmkit.lifecycle.sla.SlaTimer;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service-level timers of one record as plain data: every cycle of every timer its lifecycle
 * started, by the timer's name. {@link #apply} runs the timer side effects of a move and returns
 * the new timers; the timers then answer, as of any instant, their state, elapsed and remaining
 * time and their events.
 *
 * <p>The side effects it runs, parameter {@link SideEffect#TIMER} naming the timer:
 *
 * <ul>
 *   <li>{@link SideEffect#START_TIMER}: starts the timer, with {@link #TARGET} (an ISO-8601
 *       duration, {@code PT8H}), {@link #TIME} ({@value #BUSINESS_TIME}: the business calendar given
 *       to {@code apply}; {@value #CALENDAR_TIME}: around the clock) and, if given, {@link #WARNING}
 *       (an ISO-8601 duration before the target). A timer that ran before and stopped starts its
 *       next cycle; a start of a timer that runs (or is paused) leaves it as it is.
 *   <li>{@link SideEffect#STOP_TIMER}: stops the timer; a stop of a timer that is not running (never
 *       started, or stopped) does nothing.
 *   <li>{@link SideEffect#PAUSE_TIMER} and {@link SideEffect#RESUME_TIMER}: pause and resume it; like
 *       a stop, they do nothing to a timer that is not running, and pausing a paused timer or
 *       resuming a counting one does nothing either.
 * </ul>
 *
 * <p>Other side effects ({@link SideEffect#CREATE_TASK}, a host's own kinds) are left alone for the
 * host to run: {@link #withoutTimers} lists them. The parameters are those the shipped lifecycles
 * emit ({@code io.crmkit.lifecycle.shipped.LifecycleTimers}).
 *
 * <pre>{@code
 * RecordTimers timers = RecordTimers.none().apply(accepted.sideEffects(), at, salesOffice);
 * timers.state("sales-acceptance", now);      // Optional[BREACHED]
 * timers.events(leadId, now);                 // [SlaBreached ...]
 * }</pre>
 *
 * @param cycles every cycle of each timer, by its name: cycles numbered from 1 in the order they
 *     started, each starting at or after the stop of the one before; only the last may still run
 */
public record RecordTimers(Map<String, List<SlaTimer>> cycles) {
  /** The parameter of a start giving the target: an ISO-8601 duration such as {@code PT8H} or {@code P14D}. */
  public static final String TARGET = "target";
  /** The parameter of a start saying which hours count: {@value #BUSINESS_TIME} or {@value #CALENDAR_TIME}. */
  public static final String TIME = "time";
  /** The optional parameter of a start giving how long before the target the timer warns, as an ISO-8601 duration. */
  public static final String WARNING = "warning";
  /** The hours of the business calendar given to {@link #apply} count. */
  public static final String BUSINESS_TIME = "business";
  /** Every hour counts, around the clock. */
  public static final String CALENDAR_TIME = "calendar";
  /** The longest timer name accepted, as {@link SlaTimer} accepts it. */
  public static final int MAX_TIMER_NAME_LENGTH = 100;

  private static final RecordTimers NONE = new RecordTimers(Map.of());
  private static final Set<String> TIMER_KINDS =
      Set.of(SideEffect.START_TIMER, SideEffect.STOP_TIMER, SideEffect.PAUSE_TIMER, SideEffect.RESUME_TIMER);
  private static final Comparator<SlaTimer> BY_START =
      Comparator.comparing(SlaTimer::startedAt).thenComparing(SlaTimer::name).thenComparingInt(SlaTimer::cycle);

  /**
   * Checks the cycles and copies them, keeping the order of the names.
   *
   * @throws CrmValidationException field {@code recordTimers.cycles}: rule {@code required} for a
   *     missing name or timer or a name without cycles, {@code invalid} for a cycle filed under
   *     another timer's name, {@code order} for cycles not numbered 1, 2, 3... or one starting
   *     before the one before it stopped, {@code overlap} for a cycle that still runs while a later
   *     one exists
   */
  public RecordTimers {
    CrmValidationException.required("recordTimers.cycles", cycles);
    Map<String, List<SlaTimer>> copy = new LinkedHashMap<>();
    cycles.forEach((name, timers) -> {
      CrmValidationException.required("recordTimers.cycles", name);
      List<SlaTimer> list = List.copyOf(CrmValidationException.required("recordTimers.cycles", timers));
      if (list.isEmpty()) {
        throw CrmValidationException.of("recordTimers.cycles", "required", name, "a timer has at least one cycle");
      }
      for (int i = 0; i < list.size(); i++) {
        checkCycle(name, list, i);
      }
      copy.put(name, list);
    });
    cycles = Collections.unmodifiableMap(copy);
  }

  private static void checkCycle(String name, List<SlaTimer> list, int i) {
    SlaTimer timer = list.get(i);
    if (!timer.name().equals(name)) {
      throw CrmValidationException.of("recordTimers.cycles", "invalid", timer.name(),
          "a cycle of timer '" + name + "' carries its name");
    }
    if (timer.cycle() != i + 1) {
      throw CrmValidationException.of("recordTimers.cycles", "order", timer.cycle(),
          "the cycles of timer '" + name + "' are numbered 1, 2, 3... in order; cycle " + (i + 1) + " expected");
    }
    if (i > 0) {
      SlaTimer before = list.get(i - 1);
      if (before.stoppedAt().isEmpty()) {
        throw CrmValidationException.of("recordTimers.cycles", "overlap", before.cycle(),
            "timer '" + name + "' runs one cycle at a time: cycle " + before.cycle() + " has not stopped");
      }
      if (timer.startedAt().isBefore(before.stoppedAt().get())) {
        throw CrmValidationException.of("recordTimers.cycles", "order", timer.startedAt(),
            "cycle " + timer.cycle() + " of timer '" + name + "' starts at or after cycle " + before.cycle()
                + " stopped at " + before.stoppedAt().get());
      }
    }
  }

  /** A record without timers: none has started. */
  public static RecordTimers none() {
    return NONE;
  }

  /**
   * The timers made of some cycles in any order, as a host stored them ({@link #all()}).
   *
   * @throws CrmValidationException as the constructor does, field {@code recordTimers.cycles}
   */
  public static RecordTimers of(Collection<SlaTimer> timers) {
    CrmValidationException.required("recordTimers.cycles", timers);
    List<SlaTimer> ordered = new ArrayList<>();
    for (SlaTimer t : timers) {
      ordered.add(CrmValidationException.required("recordTimers.cycles", t));
    }
    ordered.sort(BY_START);
    Map<String, List<SlaTimer>> byName = new LinkedHashMap<>();
    ordered.forEach(t -> byName.computeIfAbsent(t.name(), n -> new ArrayList<>()).add(t));
    byName.values().forEach(list -> list.sort(Comparator.comparingInt(SlaTimer::cycle)));
    return new RecordTimers(byName);
  }

  /** Whether a side effect is one this type runs: a start, stop, pause or resume of a timer. */
  public static boolean isTimerEffect(SideEffect sideEffect) {
    return TIMER_KINDS.contains(CrmValidationException.required("sideEffect", sideEffect).kind());
  }

  /** The side effects that are not a timer's, in order: what is left for the host to run. */
  public static List<SideEffect> withoutTimers(List<SideEffect> sideEffects) {
    CrmValidationException.required("sideEffects", sideEffects);
    List<SideEffect> left = new ArrayList<>(sideEffects.size());
    for (SideEffect s : sideEffects) {
      if (!isTimerEffect(s)) {
        left.add(s);
      }
    }
    return List.copyOf(left);
  }

  /**
   * These timers after the timer side effects of a move, run in order at one instant; other side
   * effects are left alone. Every start's parameters are checked, even when the timer already runs.
   *
   * @param sideEffects the side effects of the move ({@code TransitionResult.Accepted#sideEffects()})
   * @param at when the move happened; not before the last instant the timers recorded
   * @param calendar the business calendar whose hours count for a start with
   *     {@code time = }{@value #BUSINESS_TIME}
   * @return the timers after the move; these, if no side effect touched a timer
   * @throws CrmValidationException rule {@code required} for a missing argument or timer parameter
   *     (field {@code sideEffect.parameters.timer}, {@code .target} or {@code .time}); field
   *     {@code at}, rule {@code order}, for an instant before the last one recorded; field
   *     {@code sideEffect.parameters.target} or {@code .warning}: rule {@code invalid} for text that
   *     is not an ISO-8601 duration, {@code range} for a target not more than zero or past
   *     {@link SlaTarget#MAX_DURATION} or a warning not shorter than the target; field
   *     {@code sideEffect.parameters.time}, rule {@code unknown}, for other hours than
   *     {@value #BUSINESS_TIME} or {@value #CALENDAR_TIME}; field {@code sideEffect.parameters.timer},
   *     rule {@code length} or {@code invalid}, for a name too long or with a control character
   */
  public RecordTimers apply(List<SideEffect> sideEffects, Instant at, BusinessCalendar calendar) {
    CrmValidationException.required("sideEffects", sideEffects);
    CrmValidationException.required("at", at);
    CrmValidationException.required("calendar", calendar);
    lastRecordedAt().filter(at::isBefore).ifPresent(last -> {
      throw CrmValidationException.of("at", "order", at, "the timers last recorded " + last + "; moves come in time order");
    });
    Map<String, List<SlaTimer>> next = null;
    for (SideEffect effect : sideEffects) {
      CrmValidationException.required("sideEffects", effect);
      if (!isTimerEffect(effect)) {
        continue;
      }
      String name = timerName(effect);
      if (next == null) {
        next = new LinkedHashMap<>(cycles);
      }
      List<SlaTimer> timers = next.getOrDefault(name, List.of());
      SlaTimer current = timers.isEmpty() ? null : timers.get(timers.size() - 1);
      boolean running = current != null && !current.isStopped();
      SlaTimer changed = switch (effect.kind()) {
        case SideEffect.START_TIMER -> {
          SlaTarget target = target(name, effect, calendar);
          yield running ? current : SlaTimer.start(name, current == null ? 1 : current.cycle() + 1, target, at);
        }
        case SideEffect.STOP_TIMER -> running ? current.stop(at) : current;
        case SideEffect.PAUSE_TIMER -> running ? current.pause(at) : current;
        default -> running ? current.resume(at) : current;
      };
      if (changed != null && changed != current) {
        List<SlaTimer> more = new ArrayList<>(timers);
        if (current != null && changed.cycle() == current.cycle()) {
          more.set(more.size() - 1, changed);
        } else {
          more.add(changed);
        }
        next.put(name, List.copyOf(more));
      }
    }
    return next == null || next.equals(cycles) ? this : new RecordTimers(next);
  }

  /** The names of the timers that ever started, in the order they first started. */
  public Set<String> names() {
    return cycles.keySet();
  }

  /** Every cycle of every timer, ordered by start, then name, then cycle: what a host stores. */
  public List<SlaTimer> all() {
    List<SlaTimer> all = new ArrayList<>();
    cycles.values().forEach(all::addAll);
    all.sort(BY_START);
    return List.copyOf(all);
  }

  /** Every cycle of the named timer, cycle 1 first; none if it never started. */
  public List<SlaTimer> cycles(String name) {
    return cycles.getOrDefault(CrmValidationException.required("name", name), List.of());
  }

  /** The latest cycle of the named timer, if it ever started. */
  public Optional<SlaTimer> current(String name) {
    List<SlaTimer> all = cycles(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The latest cycle of the named timer that had started by an instant, if any had. */
  public Optional<SlaTimer> current(String name, Instant asOf) {
    CrmValidationException.required("asOf", asOf);
    List<SlaTimer> all = cycles(name);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (!all.get(i).startedAt().isAfter(asOf)) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Where the named timer stood at an instant: the state of its latest cycle started by then; empty
   * if none had started.
   */
  public Optional<SlaState> state(String name, Instant asOf) {
    return current(name, asOf).map(t -> t.state(asOf));
  }

  /**
   * Whether the named timer was breached at an instant: its latest cycle started by then had reached
   * its target, running ({@link SlaState#BREACHED}) or stopped late ({@link SlaState#MISSED}).
   */
  public boolean isBreached(String name, Instant asOf) {
    return state(name, asOf).map(SlaState::isBreached).orElse(false);
  }

  /**
   * Every timer as of an instant: for each timer that had started by then, its latest cycle's state,
   * elapsed and remaining business time; in the order the timers first started.
   */
  public List<TimerReading> readings(Instant asOf) {
    CrmValidationException.required("asOf", asOf);
    List<TimerReading> readings = new ArrayList<>(cycles.size());
    for (String name : cycles.keySet()) {
      current(name, asOf).ifPresent(t -> readings.add(TimerReading.of(t, asOf)));
    }
    return List.copyOf(readings);
  }

  /**
   * The events of every cycle of every timer that happened by an instant, in time order: warnings,
   * breaches, and stops in time (met) or late (missed). Ids are derived from the record, timer,
   * cycle, kind and time, so asking again yields the same events.
   *
   * @param recordId the record the timers run for, named in the events
   * @param asOf the instant; later events have not happened yet
   */
  public List<SlaEvent> events(AggregateId recordId, Instant asOf) {
    return snapshot(recordId, asOf).events();
  }

  /**
   * The timers as of an instant: every cycle started by then, and the events that happened to them
   * by then.
   *
   * @param recordId the record the timers run for
   * @param asOf the instant
   */
  public SlaSnapshot snapshot(AggregateId recordId, Instant asOf) {
    CrmValidationException.required("recordId", recordId);
    CrmValidationException.required("asOf", asOf);
    List<SlaTimer> started = new ArrayList<>();
    List<SlaEvent> events = new ArrayList<>();
    for (List<SlaTimer> timers : cycles.values()) {
      for (SlaTimer t : timers) {
        if (!t.startedAt().isAfter(asOf)) {
          started.add(t);
          events.addAll(t.events(recordId, asOf));
        }
      }
    }
    return new SlaSnapshot(recordId, asOf, started, events);
  }

  /** The last instant any timer recorded (a start, pause, resume or stop); empty without timers. */
  public Optional<Instant> lastRecordedAt() {
    Instant last = null;
    for (List<SlaTimer> timers : cycles.values()) {
      Instant at = timers.get(timers.size() - 1).lastRecordedAt();
      if (last == null || at.isAfter(last)) {
        last = at;
      }
    }
    return Optional.ofNullable(last);
  }

  private static String timerName(SideEffect effect) {
    String name = effect.parameter(SideEffect.TIMER).orElseThrow(() -> CrmValidationException.of(
        "sideEffect.parameters.timer", "required", null, "a '" + effect.kind() + "' side effect names its timer"));
    if (name.length() > MAX_TIMER_NAME_LENGTH) {
      throw CrmValidationException.of("sideEffect.parameters.timer", "length", name,
          "at most " + MAX_TIMER_NAME_LENGTH + " characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw CrmValidationException.of("sideEffect.parameters.timer", "invalid", name, "control characters are not allowed");
    }
    return name;
  }

  private static SlaTarget target(String name, SideEffect start, BusinessCalendar calendar) {
    Duration duration = duration(name, start, TARGET).orElseThrow(() -> CrmValidationException.of(
        "sideEffect.parameters." + TARGET, "required", null, "the start of timer '" + name + "' gives its target"));
    if (duration.isNegative() || duration.isZero() || duration.compareTo(SlaTarget.MAX_DURATION) > 0) {
      throw CrmValidationException.of("sideEffect.parameters." + TARGET, "range", start.parameters().get(TARGET),
          "the target of timer '" + name + "' is more than zero and at most 36500 days");
    }
    Duration warning = duration(name, start, WARNING).orElse(Duration.ZERO);
    if (warning.isNegative() || warning.compareTo(duration) >= 0) {
      throw CrmValidationException.of("sideEffect.parameters." + WARNING, "range", start.parameters().get(WARNING),
          "timer '" + name + "' warns zero or more before its target of " + duration + " and after its start");
    }
    String time = start.parameter(TIME).orElseThrow(() -> CrmValidationException.of(
        "sideEffect.parameters." + TIME, "required", null,
        "the start of timer '" + name + "' says which hours count: '" + BUSINESS_TIME + "' or '" + CALENDAR_TIME + "'"));
    SlaTarget target = switch (time) {
      case BUSINESS_TIME -> SlaTarget.businessTime(duration, calendar);
      case CALENDAR_TIME -> SlaTarget.calendarTime(duration);
      default -> throw CrmValidationException.of("sideEffect.parameters." + TIME, "unknown", time,
          "timer '" + name + "' counts '" + BUSINESS_TIME + "' or '" + CALENDAR_TIME + "' hours");
    };
    return warning.isZero() ? target : target.withWarningBefore(warning);
  }

  private static Optional<Duration> duration(String name, SideEffect start, String parameter) {
    Optional<String> text = start.parameter(parameter);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.parse(text.get()));
    } catch (DateTimeParseException notADuration) {
      throw CrmValidationException.of("sideEffect.parameters." + parameter, "invalid", text.get(),
          "the " + parameter + " of timer '" + name + "' is an ISO-8601 duration such as PT8H, PT30M or P14D");
    }
  }
}
