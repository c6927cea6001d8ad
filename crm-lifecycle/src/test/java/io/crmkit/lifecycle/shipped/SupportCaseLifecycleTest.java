package io.crmkit.lifecycle.shipped;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.ADA;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.MONDAY;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.SYNC;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.aCase;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.aCaseResolvedAt;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.accepted;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.daysAfterMonday;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.in;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.noProgress;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.rejected;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.startTimer;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.ASK_CUSTOMER;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.CLOSE;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.CLOSED;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.CUSTOMER_REPLIED;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.IN_PROGRESS;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.NEW;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.REOPEN;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.RESOLVE;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.RESOLVED;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.START_WORK;
import static io.crmkit.lifecycle.shipped.SupportCaseLifecycle.WAITING_ON_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.core.support.SupportCase;
import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.CriterionRegistry;
import io.crmkit.lifecycle.EventName;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleEntered;
import io.crmkit.lifecycle.LifecycleStart;
import io.crmkit.lifecycle.NamedEventOccurred;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult.Accepted;
import io.crmkit.lifecycle.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The support case lifecycle: its criteria with the words of their refusals, the service-level clocks, reopening. */
class SupportCaseLifecycleTest {
  private final LifecycleDefinition<CaseProgress> cases = SupportCaseLifecycle.definition();

  /** A case resolved on Monday, seen {@code days} days later, with a resolution written. */
  private static CaseProgress resolvedMondaySeenAfter(long days) {
    return new CaseProgress(aCaseResolvedAt(MONDAY), Optional.of("rebuilt the export index"), false, daysAfterMonday(days));
  }

  // ------------------------------------------------------------------------------------ clocks

  @Test
  void a_new_case_starts_the_first_response_and_resolution_clocks() {
    LifecycleStart start = cases.start(NEW, MONDAY, SYNC);

    assertThat(start.sideEffects()).containsExactly(
        startTimer("first-response", "PT8H", "business"), startTimer("resolution", "PT40H", "business"));
    assertThat(start.events()).containsExactly(new LifecycleEntered("Support case", NEW, SYNC, MONDAY));
  }

  @Test
  void starting_work_stops_the_first_response_clock() {
    assertThat(accepted(cases.transition(in(NEW), START_WORK, noProgress(), MONDAY, ADA)).sideEffects())
        .containsExactly(SideEffect.stopTimer("first-response"));
  }

  @Test
  void waiting_on_the_customer_pauses_the_resolution_clock_and_their_reply_resumes_it() {
    Accepted asked = accepted(cases.transition(in(IN_PROGRESS), ASK_CUSTOMER, noProgress(), MONDAY, ADA));
    Accepted replied = accepted(cases.transition(in(WAITING_ON_CUSTOMER), CUSTOMER_REPLIED, noProgress(), MONDAY, SYNC));
    Accepted askedFirst = accepted(cases.transition(in(NEW), ASK_CUSTOMER, noProgress(), MONDAY, ADA));

    assertThat(asked.to()).isEqualTo(WAITING_ON_CUSTOMER);
    assertThat(asked.sideEffects()).containsExactly(SideEffect.pauseTimer("resolution"));
    assertThat(replied.to()).isEqualTo(IN_PROGRESS);
    assertThat(replied.sideEffects()).containsExactly(SideEffect.resumeTimer("resolution"));
    assertThat(askedFirst.sideEffects())
        .containsExactly(SideEffect.stopTimer("first-response"), SideEffect.pauseTimer("resolution"));
  }

  @Test
  void resolving_stops_the_resolution_clock_and_starts_the_auto_close_clock() {
    CaseProgress resolution = noProgress().withResolution("rebuilt the export index");

    Accepted resolved = accepted(cases.transition(in(IN_PROGRESS), RESOLVE, resolution, MONDAY, ADA));
    Accepted whileWaiting = accepted(cases.transition(in(WAITING_ON_CUSTOMER), RESOLVE, resolution, MONDAY, ADA));

    assertThat(resolved.sideEffects()).containsExactly(
        SideEffect.stopTimer("resolution"), startTimer("auto-close", "P7D", "calendar"));
    assertThat(whileWaiting.sideEffects()).containsExactly(
        SideEffect.resumeTimer("resolution"), SideEffect.stopTimer("resolution"), startTimer("auto-close", "P7D", "calendar"));
    assertThat(resolved.events()).filteredOn(NamedEventOccurred.class::isInstance)
        .extracting(e -> ((NamedEventOccurred) e).name()).containsExactly(EventName.of("case resolved"));
  }

  @Test
  void a_customers_reply_reopens_a_resolved_case_by_automation_with_a_new_resolution_cycle() {
    Accepted reopened = accepted(cases.transition(in(RESOLVED), REOPEN, noProgress(), MONDAY, SYNC));

    assertThat(reopened.to()).isEqualTo(IN_PROGRESS);
    assertThat(reopened.audit().backward()).isFalse();
    assertThat(reopened.sideEffects()).containsExactly(
        SideEffect.stopTimer("auto-close"), startTimer("resolution", "PT40H", "business"));
  }

  // ---------------------------------------------------------------------------------- criteria

  @Test
  void a_case_is_not_resolved_without_a_resolution_written() {
    assertThat(rejected(cases.transition(in(IN_PROGRESS), RESOLVE, noProgress(), MONDAY, ADA)).violations())
        .containsExactly(Violation.of(Violation.FIELD_MISSING, CriterionId.of("resolution written"),
            "resolution is not filled in", List.of("resolution = (none)")));
    assertThat(noProgress().withResolution("  \u2003 ").resolution()).isEmpty();
  }

  @Test
  void a_resolved_case_closes_neither_unconfirmed_nor_before_the_auto_close_period() {
    assertThat(rejected(cases.transition(in(RESOLVED), CLOSE, resolvedMondaySeenAfter(2), daysAfterMonday(2))).violations())
        .containsExactly(Violation.of(Violation.NONE_MET, CriterionId.of("ready to close"),
            "none of these holds: the customer confirmed the resolution; the case has been resolved for 7 days",
            List.of("the customer has not confirmed the resolution",
                "the case was resolved 2 days ago; it closes without the customer's confirmation after 7 days")));
  }

  @Test
  void the_time_since_resolution_reads_in_days() {
    assertThat(closingRefusal(resolvedMondaySeenAfter(1)))
        .endsWith("the case was resolved 1 day ago; it closes without the customer's confirmation after 7 days");
    assertThat(closingRefusal(resolvedMondaySeenAfter(0)))
        .endsWith("the case was resolved less than a day ago; it closes without the customer's confirmation after 7 days");
    assertThat(closingRefusal(new CaseProgress(aCase(), Optional.empty(), false, MONDAY)))
        .endsWith("the case has no resolution time");
  }

  @Test
  void each_part_of_ready_to_close_says_what_it_misses_with_its_code() {
    CriterionRegistry<CaseProgress> criteria = SupportCaseLifecycle.criteria(SupportCaseOptions.defaults());

    assertThat(criteria.resolve("resolution confirmed").check(resolvedMondaySeenAfter(2))).containsExactly(
        Violation.of(Violation.NOT_MET, CriterionId.of("resolution confirmed"),
            "the customer has not confirmed the resolution"));
    assertThat(criteria.resolve("resolved long enough").check(resolvedMondaySeenAfter(2))).containsExactly(
        Violation.of("resolved_recently", CriterionId.of("resolved long enough"),
            "the case was resolved 2 days ago; it closes without the customer's confirmation after 7 days",
            List.of("resolved at = 2026-03-02T09:00:00Z", "as of = 2026-03-04T09:00:00Z")));
    assertThat(criteria.resolve("resolved long enough").check(noProgress())).containsExactly(
        Violation.of(Violation.FIELD_MISSING, CriterionId.of("resolved long enough"),
            "the case has no resolution time", List.of("resolved at = (none)")));
  }

  @Test
  void a_case_closes_once_the_customer_confirms_or_the_auto_close_period_has_passed() {
    Accepted confirmed = accepted(cases.transition(
        in(RESOLVED), CLOSE, resolvedMondaySeenAfter(1).withResolutionConfirmed(), daysAfterMonday(1), ADA));
    Accepted timedOut = accepted(cases.transition(in(RESOLVED), CLOSE, resolvedMondaySeenAfter(7), daysAfterMonday(7)));

    assertThat(confirmed.to()).isEqualTo(CLOSED);
    assertThat(confirmed.sideEffects()).containsExactly(SideEffect.stopTimer("auto-close"));
    assertThat(timedOut.to()).isEqualTo(CLOSED);
    assertThat(rejected(cases.transition(in(CLOSED), REOPEN, noProgress(), MONDAY, ADA)).codes())
        .containsExactly(Violation.TERMINAL_STAGE);
  }

  // ----------------------------------------------------------------------------- crm-core status

  @Test
  void each_stage_stands_for_a_crm_core_case_status_and_back() {
    assertThat(SupportCaseLifecycle.STAGES).extracting(SupportCaseLifecycle::caseStatus).containsExactly(
        CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.WAITING_ON_CUSTOMER, CaseStatus.RESOLVED, CaseStatus.CLOSED);
    for (StageName stage : SupportCaseLifecycle.STAGES) {
      assertThat(SupportCaseLifecycle.stageFor(SupportCaseLifecycle.caseStatus(stage))).contains(stage);
    }
    assertThat(SupportCaseLifecycle.stageFor(CaseStatus.ON_HOLD)).isEmpty();
    assertRejected("stage", "unknown", () -> SupportCaseLifecycle.caseStatus(StageName.of("On hold")));
  }

  @Test
  void a_cases_progress_is_read_from_its_custom_fields() {
    SupportCase documented = SalesFixtures.aSupportCase()
        .customFields(CustomFields.of(Map.of(
            "resolution", new CustomFieldValue.Text("rebuilt   the index"),
            "resolution_confirmed", new CustomFieldValue.Flag(true))))
        .build();

    CaseProgress progress = CaseProgress.of(documented, MONDAY);

    assertThat(progress.resolution()).contains("rebuilt the index");
    assertThat(progress.resolutionConfirmed()).isTrue();
    assertThat(CaseProgress.of(aCase(), MONDAY)).isEqualTo(new CaseProgress(aCase(), Optional.empty(), false, MONDAY));
  }

  // ---------------------------------------------------------------------------------- options

  @Test
  void options_set_the_targets_and_the_hours_that_count() {
    SupportCaseOptions critical = SupportCaseOptions.defaults()
        .withFirstResponseHours(1).withResolutionHours(8).withBusinessHours(false).withAutoCloseAfterDays(3);
    LifecycleDefinition<CaseProgress> definition = SupportCaseLifecycle.definition(critical);

    assertThat(definition.start(NEW, MONDAY, Actor.automatic()).sideEffects()).containsExactly(
        startTimer("first-response", "PT1H", "calendar"), startTimer("resolution", "PT8H", "calendar"));
    assertThat(closingRefusal(definition, resolvedMondaySeenAfter(2)))
        .endsWith("the case was resolved 2 days ago; it closes without the customer's confirmation after 3 days");
    assertThat(SupportCaseOptions.defaults()).isEqualTo(new SupportCaseOptions(8, 40, true, 7));
  }

  @Test
  void options_are_checked() {
    CrmValidationException e = assertRejected("supportCaseOptions.firstResponseHours", "range",
        () -> SupportCaseOptions.defaults().withFirstResponseHours(0));
    assertThat(e.getMessage()).isEqualTo("supportCaseOptions.firstResponseHours: range (was '0'): at least 1 hour");
    assertRejected("supportCaseOptions.resolutionHours", "range", () -> SupportCaseOptions.defaults().withResolutionHours(-4));
    assertRejected("supportCaseOptions.autoCloseAfterDays", "range", () -> SupportCaseOptions.defaults().withAutoCloseAfterDays(0));
    assertRejected("caseProgress.supportCase", "required", () -> new CaseProgress(null, Optional.empty(), false, MONDAY));
  }

  private String closingRefusal(CaseProgress progress) {
    return closingRefusal(cases, progress);
  }

  private static String closingRefusal(LifecycleDefinition<CaseProgress> definition, CaseProgress progress) {
    return rejected(definition.transition(in(RESOLVED), CLOSE, progress, progress.asOf())).violations().get(0)
        .evidence().get(1);
  }
}
