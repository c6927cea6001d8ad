package io.crmkit.lifecycle.timers;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.CUSTOMER_FIRST_CONTACT;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.RESOLUTION;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.SALES_ACCEPTANCE;
import static io.crmkit.lifecycle.timers.TimerFixtures.ADA;
import static io.crmkit.lifecycle.timers.TimerFixtures.LEAD_ID;
import static io.crmkit.lifecycle.timers.TimerFixtures.aCaseReadyForEverything;
import static io.crmkit.lifecycle.timers.TimerFixtures.aLeadReadyForEverything;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.AuditRecord;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TriggerDefinition;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.calendar.BusinessCalendar;
import io.crmkit.lifecycle.fixtures.CalendarArbitraries;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import io.crmkit.lifecycle.shipped.CaseProgress;
import io.crmkit.lifecycle.shipped.SupportCaseLifecycle;
import io.crmkit.lifecycle.sla.Deadline;
import io.crmkit.lifecycle.sla.SlaPause;
import io.crmkit.lifecycle.sla.SlaTarget;
import io.crmkit.lifecycle.sla.SlaTimer;
import io.crmkit.lifecycle.sla.StageDeadlines;
import io.crmkit.lifecycle.sla.StageVisit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/**
 * The timers of the B2B lead and support case lifecycles over random walks of triggers, at random
 * gaps from random instants, on random business calendars: every timer's remaining and elapsed time
 * add up to its target, no timer counts while paused, and the B2B hand-offs are exactly the stage
 * deadlines of {@link StageDeadlines} over the same visits.
 */
class TimedLifecycleProperties {
  private static final Actor AUTOMATION = Actor.automation("random walk");
  private static final List<TriggerName> LEAD_TRIGGERS = triggers(B2bLeadLifecycle.definition().triggers());
  private static final List<TriggerName> CASE_TRIGGERS = triggers(SupportCaseLifecycle.definition().triggers());

  /** One step of a walk: a trigger (by index), the gap since the step before, and who moves. */
  record Step(int trigger, Duration gap, boolean byPerson) {}

  /** A walk: a calendar, where it starts, its steps, and how long after the last step it is read. */
  record Walk(BusinessCalendar calendar, Instant start, List<Step> steps, Duration readAfter) {}

  /** What a walk left: the instant of each run, and the runs (the first is the entry). */
  record Trail(List<Instant> instants, List<LifecycleRun> runs, Instant asOf) {
    LifecycleRun last() {
      return runs.get(runs.size() - 1);
    }
  }

  @Provide
  Arbitrary<Walk> walks() {
    Arbitrary<Duration> gaps = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Duration.ZERO)),
        Tuple.of(6, Arbitraries.longs().between(60, 4 * 86_400L).map(Duration::ofSeconds)));
    Arbitrary<Step> steps = Combinators.combine(Arbitraries.integers().between(0, 99), gaps, Arbitraries.of(true, false))
        .as(Step::new);
    return CalendarArbitraries.calendars().flatMap(calendar -> Combinators.combine(
            CalendarArbitraries.instants(calendar.zone()), steps.list().ofMaxSize(30),
            Arbitraries.longs().between(0, 20 * 86_400L).map(Duration::ofSeconds))
        .as((start, list, after) -> new Walk(calendar, start, list, after)));
  }

  // ------------------------------------------------------------------------------- B2B lead

  @Property(tries = 200)
  void every_b2b_timer_has_remaining_plus_elapsed_equal_to_its_target_at_every_instant(@ForAll("walks") Walk walk) {
    Trail trail = leadWalk(walk);
    assertTimersAddUp(trail);
  }

  @Property(tries = 200)
  void the_b2b_hand_offs_are_the_stage_deadlines_over_the_same_visits(@ForAll("walks") Walk walk) {
    // given a lead walked at random, and the two hand-offs that end on leaving their stage as deadlines
    Trail trail = leadWalk(walk);
    StageDeadlines<StageName> handoffs = StageDeadlines.<StageName>builder()
        .on(B2bLeadLifecycle.MQL, Deadline.of(SALES_ACCEPTANCE, SlaTarget.businessTime(Duration.ofHours(8), walk.calendar())))
        .on(B2bLeadLifecycle.CLOSED_WON, Deadline.of(CUSTOMER_FIRST_CONTACT, SlaTarget.calendarTime(Duration.ofHours(24))))
        .build();
    // when the deadlines are evaluated over the stages the audit says the lead entered
    List<StageVisit<StageName>> visits = new ArrayList<>();
    for (AuditRecord record : trail.last().audit()) {
      if (record.isEntry() || !record.from().orElseThrow().equals(record.to())) {
        visits.add(StageVisit.of(record.to(), record.at()));
      }
    }
    var deadlines = handoffs.evaluate(LEAD_ID, visits, trail.asOf());
    // then they are the very timers the moves ran, cycle for cycle, with the same events
    RecordTimers timers = trail.last().timers();
    assertThat(timers.cycles(SALES_ACCEPTANCE)).isEqualTo(deadlines.timers(SALES_ACCEPTANCE));
    assertThat(timers.cycles(CUSTOMER_FIRST_CONTACT)).isEqualTo(deadlines.timers(CUSTOMER_FIRST_CONTACT));
    assertThat(timers.events(LEAD_ID, trail.asOf()).stream()
            .filter(e -> Set.of(SALES_ACCEPTANCE, CUSTOMER_FIRST_CONTACT).contains(e.timerName())).toList())
        .containsExactlyInAnyOrderElementsOf(deadlines.events());
  }

  // -------------------------------------------------------------------------- support case

  @Property(tries = 200)
  void every_support_timer_has_remaining_plus_elapsed_equal_to_its_target_and_none_counts_while_paused(
      @ForAll("walks") Walk walk) {
    Trail trail = caseWalk(walk);
    assertTimersAddUp(trail);
  }

  @Property(tries = 200)
  void the_resolution_timer_counts_nothing_while_the_case_waits_on_the_customer(@ForAll("walks") Walk walk) {
    // given a case walked at random
    Trail trail = caseWalk(walk);
    RecordTimers timers = trail.last().timers();
    // then between a move into Waiting on customer and the next move, resolution stood still
    for (int i = 0; i + 1 < trail.runs().size(); i++) {
      if (!trail.runs().get(i).stage().equals(SupportCaseLifecycle.WAITING_ON_CUSTOMER)) {
        continue;
      }
      Instant from = trail.instants().get(i);
      Instant until = trail.instants().get(i + 1);
      SlaTimer resolution = timers.current(RESOLUTION, from).orElseThrow();
      assertThat(resolution.elapsed(until)).isEqualTo(resolution.elapsed(from));
    }
    // and each reopening opened one more cycle of it
    long reopened = trail.last().audit().stream()
        .filter(a -> a.trigger().filter(SupportCaseLifecycle.REOPEN::equals).isPresent()).count();
    assertThat(timers.cycles(RESOLUTION)).hasSize(1 + (int) reopened);
  }

  // ------------------------------------------------------------------------ bad parameters

  @Property(tries = 100)
  void a_target_that_is_not_an_iso_8601_duration_is_refused_naming_the_parameter(
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String target) {
    assertRejected("sideEffect.parameters.target", "invalid", () -> RecordTimers.none()
        .apply(List.of(TimerFixtures.start("t", target, "business")), Instant.EPOCH, BusinessCalendar.twentyFourSeven()));
  }

  @Property(tries = 100)
  void hours_other_than_business_or_calendar_are_refused_naming_the_parameter(
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String time) {
    Assume.that(!time.equals("business") && !time.equals("calendar"));
    assertRejected("sideEffect.parameters.time", "unknown", () -> RecordTimers.none()
        .apply(List.of(TimerFixtures.start("t", "PT1H", time)), Instant.EPOCH, BusinessCalendar.twentyFourSeven()));
  }

  // ------------------------------------------------------------------------------- helpers

  /** A lead whose every criterion holds, walked through the B2B lifecycle on the walk's calendar. */
  private static Trail leadWalk(Walk walk) {
    TimedLifecycle<B2bJourney> leads = TimedLifecycle.of(B2bLeadLifecycle.definition(), walk.calendar());
    return replay(walk, leads.start(B2bLeadLifecycle.LEAD, walk.start(), AUTOMATION).run(), LEAD_TRIGGERS,
        move -> leads.apply(move.run(), move.trigger(), aLeadReadyForEverything(), move.at(), move.actor()));
  }

  /** A case whose every criterion holds, walked through the support case lifecycle on the walk's calendar. */
  private static Trail caseWalk(Walk walk) {
    TimedLifecycle<CaseProgress> cases = TimedLifecycle.of(SupportCaseLifecycle.definition(), walk.calendar());
    return replay(walk, cases.start(SupportCaseLifecycle.NEW, walk.start(), AUTOMATION).run(), CASE_TRIGGERS,
        move -> cases.apply(move.run(), move.trigger(), aCaseReadyForEverything(move.at()), move.at(), move.actor()));
  }

  /** A move to make: the run, the trigger, when and by whom. */
  record Move(LifecycleRun run, TriggerName trigger, Instant at, Actor actor) {}

  /** Replays the walk's steps; a refused step leaves the run as it was, and is not a step of the trail. */
  private static Trail replay(Walk walk, LifecycleRun entered, List<TriggerName> triggers, Function<Move, RunStep> apply) {
    List<Instant> instants = new ArrayList<>(List.of(walk.start()));
    List<LifecycleRun> runs = new ArrayList<>(List.of(entered));
    LifecycleRun run = entered;
    Instant at = walk.start();
    for (Step step : walk.steps()) {
      at = at.plus(step.gap());
      RunStep result = apply.apply(
          new Move(run, triggers.get(step.trigger() % triggers.size()), at, step.byPerson() ? ADA : AUTOMATION));
      if (!result.isMoved()) {
        assertThat(result.run()).isSameAs(run);
        continue;
      }
      run = result.run();
      instants.add(at);
      runs.add(run);
    }
    return new Trail(List.copyOf(instants), List.copyOf(runs), at.plus(walk.readAfter()));
  }

  /**
   * At each instant of the trail and at its end: every cycle started by then has remaining plus
   * elapsed equal to its target, never counted more than the time that passed, and counted nothing
   * while paused; the timers are stored and made again unchanged.
   */
  private static void assertTimersAddUp(Trail trail) {
    RecordTimers timers = trail.last().timers();
    List<Instant> instants = new ArrayList<>(trail.instants());
    instants.add(trail.asOf());
    for (Instant at : instants) {
      for (SlaTimer timer : timers.all()) {
        if (timer.startedAt().isAfter(at)) {
          continue;
        }
        assertThat(timer.remaining(at).plus(timer.elapsed(at))).isEqualTo(timer.target().duration());
        assertThat(timer.elapsed(at)).isLessThanOrEqualTo(Duration.between(timer.startedAt(), at));
      }
      for (TimerReading reading : timers.readings(at)) {
        assertThat(reading.remaining().plus(reading.elapsed()))
            .isEqualTo(timers.current(reading.timerName(), at).orElseThrow().target().duration());
      }
    }
    for (SlaTimer timer : timers.all()) {
      for (SlaPause pause : timer.pauses()) {
        Instant end = pause.until().orElse(trail.asOf());
        assertThat(timer.elapsed(end)).as("%s while paused", timer.name()).isEqualTo(timer.elapsed(pause.from()));
      }
    }
    assertThat(RecordTimers.of(timers.all())).isEqualTo(timers);
  }

  private static List<TriggerName> triggers(List<TriggerDefinition> definitions) {
    return definitions.stream().map(TriggerDefinition::name).toList();
  }
}
