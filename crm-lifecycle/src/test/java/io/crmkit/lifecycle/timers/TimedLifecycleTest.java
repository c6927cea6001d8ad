package io.crmkit.lifecycle.timers;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.CalendarFixtures.berlin;
import static io.crmkit.lifecycle.timers.TimerFixtures.ADA;
import static io.crmkit.lifecycle.timers.TimerFixtures.OFFICE;
import static io.crmkit.lifecycle.timers.TimerFixtures.moved;
import static io.crmkit.lifecycle.timers.TimerFixtures.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.AvailableTrigger;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleEntered;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.StageChanged;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.Violation;
import io.crmkit.lifecycle.sla.SlaState;
import io.crmkit.lifecycle.sla.SlaTimer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A lifecycle run with its timers, on a small inbound-lead lifecycle: a new lead gets a task and a
 * first-touch timer of one hour; contacting it stops the timer and notifies its owner; a person may
 * send it back to New, which starts the timer's next cycle.
 */
class TimedLifecycleTest {
  private static final String FIRST_TOUCH = "first-touch";
  private static final StageName NEW = StageName.of("New");
  private static final StageName CONTACTED = StageName.of("Contacted");
  private static final TriggerName CONTACT = TriggerName.of("contact");
  private static final TriggerName SEND_BACK = TriggerName.of("send back");
  private static final SideEffect CALL_TASK = SideEffect.createTask("call the lead");
  private static final SideEffect NOTIFY_OWNER = SideEffect.of("notify", Map.of("to", "owner"));
  private static final Actor WEB_FORM = Actor.automation("web form");
  private static final String LEAD = "a web lead";
  private static final Instant MONDAY_10 = berlin("2025-03-24T10:00");

  private static final TimedLifecycle<String> INBOUND = TimedLifecycle.of(
      LifecycleDefinition.<String>builder("Inbound lead")
          .stage("New", 1, s -> s.entry()
              .onEnter(CALL_TASK, start(FIRST_TOUCH, "PT1H", "calendar"))
              .onExit(SideEffect.stopTimer(FIRST_TOUCH)))
          .stage("Contacted", 2, s -> s.onEnter(NOTIFY_OWNER))
          .triggers("contact", "send back")
          .transition("contact", "New", "Contacted")
          .transition("send back", "Contacted", "New")
          .build(),
      OFFICE);

  @Test
  void a_record_entering_the_lifecycle_runs_its_stages_timers_and_hands_the_rest_to_the_host() {
    // when
    RunStep.Moved entered = INBOUND.start(NEW, MONDAY_10, WEB_FORM);
    // then
    LifecycleRun run = entered.run();
    assertThat(run.stage()).isEqualTo(NEW);
    assertThat(run.state().enteredAt()).isEqualTo(MONDAY_10);
    assertThat(run.audit()).singleElement().satisfies(audit -> assertThat(audit.isEntry()).isTrue());
    assertThat(run.timers().state(FIRST_TOUCH, MONDAY_10)).contains(SlaState.RUNNING);
    assertThat(entered.events()).singleElement().isInstanceOf(LifecycleEntered.class);
    assertThat(entered.hostSideEffects()).containsExactly(CALL_TASK);
    assertThat(entered.isMoved()).isTrue();
  }

  @Test
  void an_accepted_move_runs_its_timer_side_effects_and_appends_its_audit() {
    // given
    LifecycleRun lead = INBOUND.start(NEW, MONDAY_10, WEB_FORM).run();
    Instant at = berlin("2025-03-24T10:40");
    // when
    RunStep step = INBOUND.apply(lead, CONTACT, LEAD, at, ADA);
    // then
    assertThat(step).isInstanceOfSatisfying(RunStep.Moved.class, moved -> {
      assertThat(moved.run().stage()).isEqualTo(CONTACTED);
      assertThat(moved.run().audit()).hasSize(2);
      assertThat(moved.run().audit().get(1).actor()).isEqualTo(ADA);
      assertThat(moved.run().timers().state(FIRST_TOUCH, at)).contains(SlaState.MET);
      assertThat(moved.events()).singleElement().isInstanceOf(StageChanged.class);
      assertThat(moved.hostSideEffects()).containsExactly(NOTIFY_OWNER);
    });
    // and the run it came from is unchanged
    assertThat(lead.stage()).isEqualTo(NEW);
    assertThat(lead.timers().current(FIRST_TOUCH).orElseThrow().isStopped()).isFalse();
  }

  @Test
  void a_refused_move_leaves_the_run_as_it_was_and_says_why() {
    LifecycleRun contacted = moved(INBOUND.apply(INBOUND.start(NEW, MONDAY_10, WEB_FORM).run(), CONTACT, LEAD,
        berlin("2025-03-24T10:40"), ADA));

    RunStep step = INBOUND.apply(contacted, CONTACT, LEAD, berlin("2025-03-24T11:00"), ADA);

    assertThat(step.isMoved()).isFalse();
    assertThat(step.run()).isSameAs(contacted);
    assertThat(step).isInstanceOfSatisfying(RunStep.Refused.class,
        refused -> assertThat(refused.rejected().codes()).containsExactly(Violation.TRIGGER_NOT_AVAILABLE));
  }

  @Test
  void a_person_sending_a_record_back_with_a_reason_starts_the_next_cycle_of_its_timer() {
    // given a lead contacted at 10:40
    LifecycleRun contacted = moved(INBOUND.apply(INBOUND.start(NEW, MONDAY_10, WEB_FORM).run(), CONTACT, LEAD,
        berlin("2025-03-24T10:40"), ADA));
    Instant at = berlin("2025-03-24T14:00");
    // when an automation tries to send it back, and then a person does with a reason
    RunStep byAutomation = INBOUND.apply(contacted, SEND_BACK, LEAD, at, WEB_FORM);
    RunStep byPerson = INBOUND.apply(contacted, SEND_BACK, LEAD, at, ADA, "wrong number, call again");
    // then
    assertThat(byAutomation).isInstanceOfSatisfying(RunStep.Refused.class,
        refused -> assertThat(refused.rejected().codes()).containsExactly(Violation.AUTOMATIC_MOVE_BACK));
    LifecycleRun back = moved(byPerson);
    assertThat(back.audit().get(2).reason()).contains("wrong number, call again");
    assertThat(back.timers().cycles(FIRST_TOUCH)).extracting(SlaTimer::cycle).containsExactly(1, 2);
    assertThat(back.timers().current(FIRST_TOUCH).orElseThrow().startedAt()).isEqualTo(at);
  }

  @Test
  void the_triggers_out_of_the_records_stage_are_those_of_its_run() {
    LifecycleRun lead = INBOUND.start(NEW, MONDAY_10, WEB_FORM).run();
    assertThat(INBOUND.availableTriggers(lead, LEAD)).extracting(AvailableTrigger::trigger).containsExactly(CONTACT);
  }

  @Test
  void a_move_before_the_last_instant_of_the_run_is_refused_as_bad_input() {
    LifecycleRun lead = INBOUND.start(NEW, MONDAY_10, WEB_FORM).run();
    assertRejected("at", "order", () -> INBOUND.apply(lead, CONTACT, LEAD, berlin("2025-03-24T09:59"), ADA));
  }

  @Test
  void a_lifecycle_whose_timers_ask_for_unknown_hours_fails_when_a_record_enters_it() {
    TimedLifecycle<String> badHours = TimedLifecycle.of(
        LifecycleDefinition.<String>builder("Bad hours")
            .stage("New", 1, s -> s.entry().terminal().onEnter(start(FIRST_TOUCH, "PT1H", "weekdays")))
            .build(),
        OFFICE);

    assertRejected("sideEffect.parameters.time", "unknown", () -> badHours.start(NEW, MONDAY_10, WEB_FORM));
  }

  @Test
  void missing_parts_are_refused() {
    LifecycleRun lead = INBOUND.start(NEW, MONDAY_10, WEB_FORM).run();
    assertRejected("timedLifecycle.definition", "required", () -> TimedLifecycle.of(null, OFFICE));
    assertRejected("timedLifecycle.calendar", "required", () -> TimedLifecycle.of(INBOUND.definition(), null));
    assertRejected("run", "required", () -> INBOUND.apply(null, CONTACT, LEAD, MONDAY_10, ADA));
    assertRejected("reason", "required", () -> INBOUND.apply(lead, CONTACT, LEAD, MONDAY_10, ADA, null));
    assertRejected("refused.rejected", "required", () -> new RunStep.Refused(lead, null));
    assertRejected("moved.run", "required", () -> new RunStep.Moved(null, List.of(), List.of()));
  }
}
