package io.crmkit.lifecycle.timers;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.UserId;
import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.calendar.BusinessCalendar;
import io.crmkit.lifecycle.fixtures.CalendarFixtures;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import io.crmkit.lifecycle.shipped.CaseProgress;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.lifecycle.shipped.SupportCaseLifecycle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Test data for running lifecycles with their timers: the Berlin office (09:00-17:00 Monday to
 * Friday), the B2B lead and support case lifecycles on it, people, records, and the timer side
 * effects a lifecycle emits. A test adds only what it is about.
 */
final class TimerFixtures {
  /** The Berlin office of {@link CalendarFixtures#berlinOffice()}. */
  static final BusinessCalendar OFFICE = CalendarFixtures.berlinOffice();
  /** The B2B lead lifecycle with the default options (sales acceptance in 8 business hours) on the office's hours. */
  static final TimedLifecycle<B2bJourney> LEADS = TimedLifecycle.of(B2bLeadLifecycle.definition(), OFFICE);
  /** The support case lifecycle with the default options (resolution in 40 business hours) on the office's hours. */
  static final TimedLifecycle<CaseProgress> CASES = TimedLifecycle.of(SupportCaseLifecycle.definition(), OFFICE);

  /** The fixture lead. */
  static final LeadId LEAD_ID = LeadId.of("lead-grace");
  /** The fixture case. */
  static final CaseId CASE_ID = SalesFixtures.aSupportCase().build().id();
  /** Marketing's scoring, which qualifies leads. */
  static final Actor SCORING = Actor.automation("lead scoring");
  /** A salesperson, agent or success manager. */
  static final Actor ADA = Actor.person(UserId.of("ada"));

  private TimerFixtures() {}

  /** A lead scored 80 and graded A: it passes the default MQL criteria. */
  static B2bJourney aQualifiedLead() {
    return B2bJourney.of(LEAD_ID).withScore(80).withFit(FitGrade.A);
  }

  /**
   * A lead whose every criterion holds: qualified, a rejection reason, an opportunity, a first
   * contact and a kickoff; only the lifecycle's graph decides where it may go.
   */
  static B2bJourney aLeadReadyForEverything() {
    return aQualifiedLead()
        .withRejectionReason("no budget this year")
        .withOpportunity(OpportunityId.of("opp-grace"))
        .withFirstContactAt(Instant.parse("2025-01-01T00:00:00Z"))
        .withKickoffOn(LocalDate.parse("2025-01-15"));
  }

  /** The fixture case with nothing done. */
  static CaseProgress aNewCase(Instant at) {
    return CaseProgress.of(SalesFixtures.aSupportCase().build(), at);
  }

  /** The fixture case with a resolution written and confirmed: every criterion holds. */
  static CaseProgress aCaseReadyForEverything(Instant at) {
    return new CaseProgress(SalesFixtures.aSupportCase().build(), Optional.of("re-indexed the export"), true, at);
  }

  /** A lead in MQL since an instant: entered as a lead an hour before, qualified by scoring then. */
  static LifecycleRun aLeadInMqlSince(Instant qualifiedAt) {
    LifecycleRun lead = LEADS.start(B2bLeadLifecycle.LEAD, qualifiedAt.minusSeconds(3600), SCORING).run();
    return moved(LEADS.apply(lead, B2bLeadLifecycle.QUALIFY, aQualifiedLead(), qualifiedAt, SCORING));
  }

  /** Asserts that a step moved the record and returns its next run. */
  static LifecycleRun moved(RunStep step) {
    assertThat(step).as("%s", step).isInstanceOf(RunStep.Moved.class);
    return step.run();
  }

  /** A start of a timer with a target and the hours that count, as the shipped lifecycles emit it. */
  static SideEffect start(String timer, String target, String time) {
    return SideEffect.of(SideEffect.START_TIMER, Map.of(SideEffect.TIMER, timer, "target", target, "time", time));
  }

  /** A start of a timer with a target, the hours that count and a warning before the target. */
  static SideEffect start(String timer, String target, String time, String warning) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put(SideEffect.TIMER, timer);
    parameters.put("target", target);
    parameters.put("time", time);
    parameters.put("warning", warning);
    return SideEffect.of(SideEffect.START_TIMER, parameters);
  }

  /** A side effect of a kind with parameters, for the unhappy paths. */
  static SideEffect effect(String kind, Map<String, String> parameters) {
    return SideEffect.of(kind, parameters);
  }
}
