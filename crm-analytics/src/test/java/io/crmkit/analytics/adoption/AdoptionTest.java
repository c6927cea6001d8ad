package io.crmkit.analytics.adoption;

import static io.crmkit.analytics.pipeline.PipelineFixtures.EUR;
import static io.crmkit.analytics.pipeline.PipelineFixtures.aDeal;
import static io.crmkit.analytics.pipeline.PipelineFixtures.eur;
import static io.crmkit.analytics.pipeline.PipelineFixtures.inEuros;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.period.PeriodUnit;
import io.crmkit.analytics.period.ReportingPeriod;
import io.crmkit.analytics.pipeline.DealDimension;
import io.crmkit.analytics.pipeline.DealKind;
import io.crmkit.analytics.pipeline.OpportunitySnapshot;
import io.crmkit.analytics.pipeline.PipelineTotal;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.opportunity.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdoptionTest {

  private static AccountHealth health(String account, String grade) {
    return new AccountHealth(AccountId.of(account), grade);
  }

  @Test
  void the_health_grade_distribution_counts_accounts_per_grade_case_ignored() {
    GradeDistribution grades = GradeDistribution.of(List.of(health("a", "red"), health("b", "Yellow"),
        health("c", "yellow "), health("d", "green"), health("e", "green")));

    assertThat(grades.counts()).containsExactly(Map.entry("green", 2L), Map.entry("red", 1L), Map.entry("yellow", 2L));
    assertThat(grades.accounts()).isEqualTo(5);
    assertThat(grades.share("YELLOW")).isEqualTo(Proportion.of(2, 5));
    assertThat(grades.share("blue")).isEqualTo(Proportion.of(0, 5));
    assertThat(GradeDistribution.of(List.of()).share("red").share()).isEmpty();
  }

  @Test
  void a_grade_with_no_account_is_not_a_count() {
    assertRejected("gradeDistribution.counts", "range", () -> new GradeDistribution(Map.of("red", 0L)));
    assertRejected("accountHealth.grade", "required", () -> health("a", " "));
  }

  private static RenewalRecord renewal(String account, String since, RenewalOutcome outcome) {
    LocalDate customerSince = LocalDate.parse(since);
    return new RenewalRecord(AccountId.of(account), customerSince, customerSince.plusYears(1), outcome);
  }

  /**
   * Monthly cohorts: January 2025 renewed 2 of 3 decided (one pending); February 2025 0 of 1; March
   * 2025 only pending, so no rate; April 2025 has no account at all.
   */
  @Test
  void the_renewal_rate_of_each_cohort_leaves_out_pending_renewals() {
    List<RenewalRecord> renewals = List.of(
        renewal("a", "2025-01-03", RenewalOutcome.RENEWED), renewal("b", "2025-01-20", RenewalOutcome.RENEWED),
        renewal("c", "2025-01-31", RenewalOutcome.CHURNED), renewal("d", "2025-01-15", RenewalOutcome.PENDING),
        renewal("e", "2025-02-10", RenewalOutcome.CHURNED), renewal("f", "2025-03-10", RenewalOutcome.PENDING));

    CohortRenewals cohorts = CohortRenewals.of(renewals, PeriodUnit.MONTH);

    assertThat(cohorts.renewals(month(2025, 1))).isEqualTo(Proportion.of(2, 3));
    assertThat(cohorts.renewals(month(2025, 2))).isEqualTo(Proportion.of(0, 1));
    assertThat(cohorts.renewals(month(2025, 3)).share()).as("only pending: zero-size").isEmpty();
    assertThat(cohorts.renewals(month(2025, 4)).share()).as("no account").isEmpty();
    assertThat(cohorts.periods()).containsExactly(month(2025, 1), month(2025, 2), month(2025, 3));
    assertThat(cohorts.overall()).isEqualTo(Proportion.of(2, 4));
  }

  @Test
  void a_period_that_is_not_a_cohort_of_the_unit_is_refused() {
    CohortRenewals monthly = CohortRenewals.of(List.of(), PeriodUnit.MONTH);

    assertRejected("cohort", "unit", () -> monthly.renewals(ReportingPeriod.quarter(2025, 1)));
    assertRejected("cohort", "unit",
        () -> monthly.renewals(ReportingPeriod.of(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 2, 1))));
    assertRejected("cohortRenewals.unit", "mismatch",
        () -> monthly.combine(CohortRenewals.of(List.of(), PeriodUnit.QUARTER)));
    assertRejected("renewalRecord.dueOn", "order", () -> new RenewalRecord(AccountId.of("a"),
        LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), RenewalOutcome.RENEWED));
  }

  private static ReportingPeriod month(int year, int month) {
    return ReportingPeriod.month(YearMonth.of(year, month));
  }

  @Test
  void the_expansion_pipeline_is_the_open_expansion_deals() {
    List<OpportunitySnapshot> deals = List.of(
        aDeal("a").kind(DealKind.EXPANSION).stage(Stage.PROPOSAL).amount(eur("1000")).segment("SMB").build(),
        aDeal("b").kind(DealKind.EXPANSION).stage(Stage.COMMIT).amount(eur("2000")).segment("Enterprise").build(),
        aDeal("c").kind(DealKind.EXPANSION).stage(Stage.CLOSED_WON).amount(eur("5000")).build(),
        aDeal("d").kind(DealKind.NEW_BUSINESS).stage(Stage.PROPOSAL).amount(eur("7000")).build(),
        aDeal("e").kind(DealKind.RENEWAL).stage(Stage.COMMIT).amount(eur("9000")).build());

    assertThat(ExpansionPipeline.of(deals, inEuros())).isEqualTo(new PipelineTotal(EUR, 2, eur("3000"), eur("2400")));
    assertThat(ExpansionPipeline.by(DealDimension.SEGMENT, deals, inEuros()).get("SMB").orElseThrow().amount())
        .isEqualTo(eur("1000"));
  }

  /**
   * Five fields, an 80% bar (4 of 5): record 1 has 5, record 2 has 4, record 3 has 2. Completion
   * 11/15; records meeting the bar 2/3; phone filled in 1 of 3, below the bar; region 2 of 3, below.
   */
  @Test
  void field_completion_per_record_type_against_the_80_percent_bar() {
    List<String> fields = List.of("name", "email", "phone", "title", "region");
    List<RecordCompleteness> records = List.of(
        new RecordCompleteness("Contact", "1", fields, Set.of("name", "email", "phone", "title", "region")),
        new RecordCompleteness("Contact", "2", fields, Set.of("name", "email", "title", "region")),
        new RecordCompleteness("Contact", "3", fields, Set.of("name", "email")),
        new RecordCompleteness("Account", "9", List.of("name", "domain"), Set.of("name")));

    FieldCompletion contacts = FieldCompletion.byRecordType(records, FieldCompletion.COMPLETENESS_BAR)
        .get("Contact").orElseThrow();

    assertThat(contacts.records()).isEqualTo(3);
    assertThat(contacts.fields()).isEqualTo(Proportion.of(11, 15));
    assertThat(contacts.meetingBar()).isEqualTo(Proportion.of(2, 3));
    assertThat(contacts.meetsBar()).as("73% < 80%").isFalse();
    assertThat(contacts.byField())
        .containsEntry("phone", Proportion.of(1, 3)).containsEntry("name", Proportion.of(3, 3));
    assertThat(contacts.fieldsBelowBar()).containsExactly("phone", "region", "title");
    FieldCompletion accounts = FieldCompletion.byRecordType(records, 50).get("Account").orElseThrow();
    assertThat(accounts.meetsBar()).as("1 of 2 meets a 50% bar").isTrue();
    assertThat(FieldCompletion.empty(80).completionRate()).isEmpty();
    assertThat(FieldCompletion.empty(80).meetsBar()).isFalse();
  }

  @Test
  void a_checklist_reads_which_fields_of_a_crm_core_record_are_filled() {
    FieldChecklist<Contact> checklist = FieldChecklist.<Contact>empty()
        .with("email", c -> !c.emails().isEmpty())
        .with("phone", c -> !c.phones().isEmpty())
        .with("jobTitle", c -> c.jobTitle().isPresent())
        .withCustomField("region");
    Contact ada = PeopleFixtures.aContact().jobTitle("Analyst")
        .customFields(CustomFields.of(Map.of("region", new CustomFieldValue.Text("EMEA"))))
        .build();

    RecordCompleteness completeness = checklist.check(ada);

    assertThat(completeness).isEqualTo(new RecordCompleteness("Contact", "con-ada",
        List.of("email", "phone", "jobTitle", "region"), Set.of("email", "jobTitle", "region")));
    assertThat(completeness.meets(75)).isTrue();
    assertThat(completeness.meets(80)).isFalse();
    assertRejected("field", "duplicate", () -> checklist.with("email", c -> true));
    assertRejected("recordCompleteness.expected", "required", () -> FieldChecklist.<Contact>empty().check(ada));
  }

  @Test
  void bad_completeness_rows_and_bars_are_refused() {
    assertRejected("recordCompleteness.filled", "unknown",
        () -> new RecordCompleteness("Contact", "1", List.of("name"), Set.of("email")));
    assertRejected("recordCompleteness.expected", "duplicate",
        () -> new RecordCompleteness("Contact", "1", List.of("name", "name"), Set.of()));
    assertRejected("fieldCompletion.barPercent", "range", () -> FieldCompletion.of(List.of(), 0));
    assertRejected("fieldCompletion.barPercent", "range", () -> FieldCompletion.of(List.of(), 101));
    assertRejected("fieldCompletion.barPercent", "mismatch",
        () -> FieldCompletion.empty(80).combine(FieldCompletion.empty(90)));
  }

  @Test
  void active_users_are_the_distinct_users_of_each_period_in_the_zone() {
    // given: ana twice in January, ben once in January and once on 1 February 00:30 in Paris (still
    // 31 January in UTC)
    List<UserActivity> activity = List.of(
        new UserActivity(UserId.of("ana"), Instant.parse("2026-01-05T09:00:00Z")),
        new UserActivity(UserId.of("ana"), Instant.parse("2026-01-20T09:00:00Z")),
        new UserActivity(UserId.of("ben"), Instant.parse("2026-01-06T09:00:00Z")),
        new UserActivity(UserId.of("ben"), Instant.parse("2026-01-31T23:30:00Z")));

    ActiveUsers utc = ActiveUsers.of(activity, PeriodUnit.MONTH, ZoneOffset.UTC);
    ActiveUsers paris = ActiveUsers.of(activity, PeriodUnit.MONTH, ZoneId.of("Europe/Paris"));

    assertThat(utc.count(LocalDate.of(2026, 1, 1))).isEqualTo(2);
    assertThat(utc.count(LocalDate.of(2026, 2, 1))).isZero();
    assertThat(paris.count(LocalDate.of(2026, 2, 1))).isEqualTo(1);
    assertThat(utc.ofSeats(LocalDate.of(2026, 1, 1), 10)).isEqualTo(Proportion.of(2, 10));
    assertThat(ActiveUsers.of(activity, PeriodUnit.DAY, ZoneOffset.UTC).periods()).hasSize(4);
    assertRejected("seats", "range", () -> utc.ofSeats(LocalDate.of(2026, 1, 1), 1));
    assertRejected("activeUsers.unit", "mismatch", () -> utc.combine(paris));
  }
}
