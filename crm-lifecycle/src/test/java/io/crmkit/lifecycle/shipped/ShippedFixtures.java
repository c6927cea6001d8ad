package io.crmkit.lifecycle.shipped;

import io.crmkit.core.lead.FitGrade;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.core.support.SupportCase;
import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TransitionResult.Accepted;
import io.crmkit.lifecycle.TransitionResult.Rejected;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Test data for the shipped lifecycles: records with nothing known, states, activities logged on
 * the fixture opportunity, and assertions on transition results. A test adds only what it is about.
 */
final class ShippedFixtures {
  /** When moves happen: Monday 2 March 2026, 09:00 UTC. */
  static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
  /** A salesperson, agent or success manager. */
  static final Actor ADA = Actor.person(UserId.of("ada"));
  /** An automation. */
  static final Actor SYNC = Actor.automation("nightly sync");
  /** The fixture lead. */
  static final LeadId GRACE = LeadId.of("lead-grace");

  private ShippedFixtures() {}

  /** The instant {@code days} days after {@link #MONDAY}. */
  static Instant daysAfterMonday(long days) {
    return MONDAY.plus(Duration.ofDays(days));
  }

  /** A record in a stage since {@link #MONDAY}. */
  static LifecycleState in(StageName stage) {
    return LifecycleState.of(stage, MONDAY);
  }

  /** Asserts that a move was accepted and returns it. */
  static Accepted accepted(TransitionResult result) {
    assertThat(result).as("%s", result).isInstanceOf(Accepted.class);
    return (Accepted) result;
  }

  /** Asserts that a move was refused and returns the refusal. */
  static Rejected rejected(TransitionResult result) {
    assertThat(result).as("%s", result).isInstanceOf(Rejected.class);
    return (Rejected) result;
  }

  /** A start of a timer with its target and the hours that count. */
  static SideEffect startTimer(String timer, String target, String time) {
    return SideEffect.of(SideEffect.START_TIMER, Map.of("timer", timer, "target", target, "time", time));
  }

  // ------------------------------------------------------------------------------------ B2B

  /** A lead about which nothing is known. */
  static B2bJourney aJourney() {
    return B2bJourney.of(GRACE);
  }

  /** A lead scored 80 and graded A: it passes the default MQL criteria. */
  static B2bJourney aQualifiedJourney() {
    return aJourney().withScore(80).withFit(FitGrade.A);
  }

  // ---------------------------------------------------------------------------- Opportunity

  /** The fixture opportunity "Acme - 200 seats" in Discovery. */
  static Opportunity anOpportunity() {
    return SalesFixtures.anOpportunityIn(Stage.DISCOVERY).build();
  }

  /** The fixture opportunity with no activities logged. */
  static OpportunityEvidence noEvidence() {
    return OpportunityEvidence.of(anOpportunity());
  }

  /** An activity of a type logged on the fixture opportunity, not done. */
  static Activity.Builder anActivityOnTheDeal(ActivityType type, String subject) {
    return Activity.builder()
        .id(ActivityId.of("act-" + type.name().toLowerCase(Locale.ROOT) + "-" + Math.abs(subject.hashCode())))
        .type(type)
        .subject(subject)
        .opportunityId(anOpportunity().id())
        .createdAt(SalesFixtures.CREATED_AT)
        .updatedAt(SalesFixtures.CREATED_AT);
  }

  /** A note written on the fixture opportunity. */
  static Activity note(String subject) {
    return anActivityOnTheDeal(ActivityType.NOTE, subject).build();
  }

  /** An e-mail logged on the fixture opportunity. */
  static Activity email(String subject) {
    return anActivityOnTheDeal(ActivityType.EMAIL, subject).build();
  }

  /** A meeting held (done) on the fixture opportunity. */
  static Activity meetingHeld(String subject) {
    return anActivityOnTheDeal(ActivityType.MEETING, subject).doneAt(SalesFixtures.CREATED_AT).build();
  }

  /** An open approval task with an approver and a target date. */
  static Activity.Builder anApproval(String subject) {
    return anActivityOnTheDeal(ActivityType.TASK, subject)
        .ownerId(UserId.of("user-legal"))
        .due(Instant.parse("2026-03-20T17:00:00Z"));
  }

  // ------------------------------------------------------------------------------- Support

  /** The fixture case CS-000001, new. */
  static SupportCase aCase() {
    return SalesFixtures.aSupportCase().build();
  }

  /** The fixture case resolved at {@code resolvedAt}. */
  static SupportCase aCaseResolvedAt(Instant resolvedAt) {
    return SalesFixtures.aSupportCase()
        .status(CaseStatus.RESOLVED)
        .firstRespondedAt(resolvedAt)
        .resolvedAt(resolvedAt)
        .build();
  }

  /** The progress of the new fixture case at {@link #MONDAY}: no resolution, not confirmed. */
  static CaseProgress noProgress() {
    return CaseProgress.of(aCase(), MONDAY);
  }
}
