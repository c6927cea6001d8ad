package io.crmkit.analytics.service;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crmkit.analytics.csv.CsvLoad;
import io.crmkit.analytics.csv.RejectedRow;
import io.crmkit.analytics.period.PeriodUnit;
import io.crmkit.analytics.period.ReportingPeriod;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.core.support.CaseType;
import io.crmkit.core.support.SupportCase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceTallyTest {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /** A question opened at {@link #T0}, nothing else known. */
  static CaseRecord.Builder aCase(String id) {
    return CaseRecord.builder().id(CaseId.of(id)).type(CaseType.QUESTION).openedAt(T0);
  }

  static Instant after(Duration d) {
    return T0.plus(d);
  }

  /**
   * Five cases, hand-checked:
   *
   * <pre>
   * case type      response  resolved  FR sla     resolution sla  csat  contacts  reopened  deflected
   * 1    problem   30 min    4 h       met        met             5     1         0         no
   * 2    problem   2 h       1 day     breached   met             3     3         1         no
   * 3    question  10 min    20 min    met        met             4     1         0         no
   * 4    question  -         5 min     no target  no target       -     -         0         yes
   * 5    incident  1 h       -         met        running         -     2         0         no
   *
   * first response within target 3/4; resolution 3/3; mean response (30+120+10+60)/4 = 55 min;
   * mean resolution (240+1440+20+5)/4 = 426.25 min; CSAT 2/3, mean rating 4; first-contact
   * resolution 2/3 (case 4 untracked); reopened 1/4; deflected 1/5
   * </pre>
   */
  static final List<CaseRecord> CASES = List.of(
      aCase("1").type(CaseType.PROBLEM).firstRespondedAt(after(Duration.ofMinutes(30)))
          .resolvedAt(after(Duration.ofHours(4))).firstResponse(SlaOutcome.MET).resolution(SlaOutcome.MET).csat(5)
          .contacts(1).build(),
      aCase("2").type(CaseType.PROBLEM).firstRespondedAt(after(Duration.ofHours(2)))
          .resolvedAt(after(Duration.ofDays(1))).firstResponse(SlaOutcome.BREACHED).resolution(SlaOutcome.MET)
          .csat(3).contacts(3).reopenCount(1).build(),
      aCase("3").firstRespondedAt(after(Duration.ofMinutes(10))).resolvedAt(after(Duration.ofMinutes(20)))
          .firstResponse(SlaOutcome.MET).resolution(SlaOutcome.MET).csat(4).contacts(1).build(),
      aCase("4").resolvedAt(after(Duration.ofMinutes(5))).deflected(true).build(),
      aCase("5").type(CaseType.INCIDENT).firstRespondedAt(after(Duration.ofHours(1)))
          .firstResponse(SlaOutcome.MET).resolution(SlaOutcome.RUNNING).contacts(2).build());

  @Test
  void every_service_measure_of_five_hand_checked_cases() {
    ServiceTally tally = ServiceTally.of(CASES);

    assertThat(tally.cases()).isEqualTo(5);
    assertThat(tally.firstResponseWithinTarget()).isEqualTo(Proportion.of(3, 4));
    assertThat(tally.resolutionWithinTarget()).isEqualTo(Proportion.of(3, 3));
    assertThat(tally.averageFirstResponseTime()).hasValue(Duration.ofMinutes(55));
    assertThat(tally.averageResolutionTime()).hasValue(Duration.ofMinutes(426).plusSeconds(15));
    assertThat(tally.satisfied()).isEqualTo(Proportion.of(2, 3));
    assertThat(tally.csat().getAsDouble()).isEqualTo(2.0 / 3);
    assertThat(tally.averageRating()).hasValue(4.0);
    assertThat(tally.firstContactResolution()).isEqualTo(Proportion.of(2, 3));
    assertThat(tally.reopened()).isEqualTo(Proportion.of(1, 4));
    assertThat(tally.deflected()).isEqualTo(Proportion.of(1, 5));
  }

  @Test
  void case_volume_and_rates_by_type() {
    Grouped<CaseType, ServiceTally> byType = ServiceTally.byType(CASES);

    assertThat(byType.groups()).containsOnlyKeys(CaseType.PROBLEM, CaseType.QUESTION, CaseType.INCIDENT);
    assertThat(byType.get(CaseType.PROBLEM).orElseThrow().cases()).isEqualTo(2);
    assertThat(byType.get(CaseType.PROBLEM).orElseThrow().firstResponseWithinTarget()).isEqualTo(Proportion.of(1, 2));
    assertThat(byType.get(CaseType.QUESTION).orElseThrow().deflected()).isEqualTo(Proportion.of(1, 2));
    assertThat(byType.get(CaseType.FEATURE_REQUEST)).isEmpty();
    assertThat(byType.total(ServiceTally.none())).isEqualTo(ServiceTally.of(CASES));
  }

  @Test
  void case_volume_per_week_opened() {
    List<CaseRecord> cases = List.of(aCase("a").build(), aCase("b").openedAt(T0.plus(Duration.ofDays(7))).build());

    Grouped<ReportingPeriod, ServiceTally> byWeek = ServiceTally.byPeriodOpened(cases, PeriodUnit.WEEK, ZoneOffset.UTC);

    assertThat(byWeek.get(PeriodUnit.WEEK.periodOf(LocalDate.of(2026, 1, 5))).orElseThrow().cases()).isEqualTo(1);
    assertThat(byWeek.get(PeriodUnit.WEEK.periodOf(LocalDate.of(2026, 1, 12))).orElseThrow().cases()).isEqualTo(1);
  }

  @Test
  void no_case_gives_no_rate_and_no_time() {
    ServiceTally none = ServiceTally.of(List.of());

    assertThat(none).isEqualTo(ServiceTally.none());
    assertThat(none.firstResponseWithinTarget().share()).isEmpty();
    assertThat(none.averageFirstResponseTime()).isEmpty();
    assertThat(none.averageResolutionTime()).isEmpty();
    assertThat(none.csat()).isEmpty();
    assertThat(none.averageRating()).isEmpty();
    assertThat(none.deflected().share()).isEmpty();
  }

  @Test
  void a_crm_core_case_is_judged_against_wall_clock_targets_as_of_an_instant() {
    // given: medium cases get a first response within 1 hour and a resolution within 8 hours
    ServiceTargets targets = ServiceTargets.of(Map.of(CaseSeverity.MEDIUM, Duration.ofHours(1)),
        Map.of(CaseSeverity.MEDIUM, Duration.ofHours(8)));
    Instant opened = SalesFixtures.CREATED_AT;
    SupportCase unanswered = SalesFixtures.aSupportCase().build();
    SupportCase answeredLateResolved = SalesFixtures.aSupportCase().status(CaseStatus.RESOLVED)
        .firstRespondedAt(opened.plus(Duration.ofMinutes(45))).resolvedAt(opened.plus(Duration.ofHours(9)))
        .updatedAt(opened.plus(Duration.ofHours(9))).build();

    // when / then
    CaseRecord early = CaseRecord.from(unanswered, targets, opened.plus(Duration.ofMinutes(30)));
    assertThat(early.firstResponse()).isEqualTo(SlaOutcome.RUNNING);
    assertThat(early.resolution()).isEqualTo(SlaOutcome.RUNNING);
    CaseRecord late = CaseRecord.from(unanswered, targets, opened.plus(Duration.ofHours(2)));
    assertThat(late.firstResponse()).isEqualTo(SlaOutcome.BREACHED);
    assertThat(late.resolution()).isEqualTo(SlaOutcome.RUNNING);
    CaseRecord done = CaseRecord.from(answeredLateResolved, targets, opened.plus(Duration.ofDays(3)));
    assertThat(done.firstResponse()).isEqualTo(SlaOutcome.MET);
    assertThat(done.resolution()).isEqualTo(SlaOutcome.BREACHED);
    assertThat(done.channel()).isEqualTo("email");
    assertThat(done.timeToResolution()).hasValue(Duration.ofHours(9));
    CaseRecord critical = CaseRecord.from(SalesFixtures.aSupportCase().severity(CaseSeverity.CRITICAL).build(),
        targets, opened.plus(Duration.ofDays(3)));
    assertThat(critical.firstResponse()).isEqualTo(SlaOutcome.NO_TARGET);
  }

  @Test
  void a_response_exactly_at_the_target_meets_it() {
    assertThat(ServiceTargets.judge(Optional.of(Duration.ofHours(1)), T0,
        Optional.of(after(Duration.ofHours(1))), after(Duration.ofDays(1)))).isEqualTo(SlaOutcome.MET);
  }

  @Test
  void bad_case_records_and_targets_are_refused() {
    assertRejected("caseRecord.csat", "range", () -> aCase("a").csat(6).build());
    assertRejected("caseRecord.csat", "range", () -> aCase("a").csat(0).build());
    assertRejected("caseRecord.contacts", "range", () -> aCase("a").contacts(0).build());
    assertRejected("caseRecord.reopenCount", "range", () -> aCase("a").reopenCount(-1).build());
    assertRejected("caseRecord.firstRespondedAt", "order",
        () -> aCase("a").firstRespondedAt(T0.minusSeconds(1)).build());
    assertRejected("caseRecord.resolvedAt", "order", () -> aCase("a").resolvedAt(T0.minusSeconds(1)).build());
    assertRejected("caseRecord.channel", "required", () -> aCase("a").channel(" ").build());
    assertRejected("caseRecord.type", "required", () -> CaseRecord.builder().id(CaseId.of("a")).openedAt(T0).build());
    assertRejected("serviceTargets.firstResponse", "positive",
        () -> ServiceTargets.of(Map.of(CaseSeverity.LOW, Duration.ZERO), Map.of()));
  }

  @Test
  void cases_are_read_from_csv_and_bad_rows_reported() {
    String csv = "id,type,opened_at,severity,channel,first_response_at,resolved_at,"
        + "first_response_sla,resolution_sla,csat,reopen_count,contacts,deflected\n" + """
        c-1,problem,2026-01-05T09:00:00Z,high,Phone,2026-01-05T09:30:00Z,2026-01-05T13:00:00Z,met,met,5,0,1,no
        c-2,question,2026-01-05T09:00:00Z,,,,,,,,,,
        c-3,complaint,2026-01-05T09:00:00Z,,,,,,,,,,
        c-4,question,2026-01-05T09:00:00Z,,,,,,,9,,,
        c-5,question,2026-01-05T09:00:00Z,,,,,later,,,,,
        """;

    CsvLoad<CaseRecord> load = CaseCsv.load(csv);

    assertThat(load.rows()).containsExactly(
        CASES.get(0).withId(CaseId.of("c-1")).withSeverity(CaseSeverity.HIGH).withChannel("phone")
            .withResolvedAt(after(Duration.ofHours(4))),
        aCase("c-2").build());
    assertThat(load.rejected()).extracting(RejectedRow::line, RejectedRow::field, RejectedRow::rule).containsExactly(
        tuple(4, "type", "one-of"), tuple(5, "caseRecord.csat", "range"), tuple(6, "first_response_sla", "one-of"));
  }
}
