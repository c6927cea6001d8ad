package io.crmkit.analytics.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.period.PeriodUnit;
import io.crmkit.analytics.pipeline.PipelineFixtures;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Every adoption tally: any split of the input, tallied chunk by chunk and merged, equals one pass. */
class AdoptionMergeProperties {

  @Provide
  Arbitrary<List<AccountHealth>> grades() {
    return Combinators.combine(Arbitraries.integers().between(1, 500), Arbitraries.of("red", "yellow", "green"))
        .as((id, grade) -> new AccountHealth(AccountId.of("acc-" + id), grade)).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<RenewalRecord>> renewals() {
    return Combinators.combine(Arbitraries.integers().between(1, 500), Arbitraries.integers().between(0, 800),
            Arbitraries.of(RenewalOutcome.class))
        .as((id, day, outcome) -> {
          LocalDate since = LocalDate.of(2024, 1, 1).plusDays(day);
          return new RenewalRecord(AccountId.of("acc-" + id), since, since.plusYears(1), outcome);
        }).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<RecordCompleteness>> completeness() {
    List<String> fields = List.of("name", "email", "phone", "title", "region");
    Arbitrary<Set<String>> filled = Arbitraries.of(fields).set().ofMaxSize(5);
    return Combinators.combine(Arbitraries.of("Contact", "Lead"), Arbitraries.integers().between(1, 99), filled)
        .as((type, id, f) -> new RecordCompleteness(type, "r" + id, fields, new HashSet<>(f))).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<UserActivity>> activity() {
    return Combinators.combine(Arbitraries.of("ana", "ben", "cy", "dee"), Arbitraries.integers().between(0, 120 * 24))
        .as((user, hours) -> new UserActivity(UserId.of(user),
            Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofHours(hours)))).list().ofMaxSize(60);
  }

  @Property
  void grade_distribution_merged_over_any_split_equals_one_pass(
      @ForAll("grades") List<AccountHealth> accounts, @ForAll @Size(max = 4) List<Integer> cuts) {
    GradeDistribution merged = GradeDistribution.of(List.of());
    for (List<AccountHealth> chunk : PipelineFixtures.split(accounts, cuts)) {
      merged = merged.combine(GradeDistribution.of(chunk));
    }

    assertThat(merged).isEqualTo(GradeDistribution.of(accounts));
    assertThat(merged.accounts()).isEqualTo(accounts.size());
  }

  @Property
  void cohort_renewals_merged_over_any_split_equal_one_pass(
      @ForAll("renewals") List<RenewalRecord> renewals, @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll PeriodUnit unit) {
    CohortRenewals merged = CohortRenewals.of(List.of(), unit);
    for (List<RenewalRecord> chunk : PipelineFixtures.split(renewals, cuts)) {
      merged = merged.combine(CohortRenewals.of(chunk, unit));
    }

    assertThat(merged).isEqualTo(CohortRenewals.of(renewals, unit));
  }

  @Property
  void field_completion_merged_over_any_split_equals_one_pass(
      @ForAll("completeness") List<RecordCompleteness> records, @ForAll @Size(max = 4) List<Integer> cuts) {
    Grouped<String, FieldCompletion> merged = Grouped.empty();
    for (List<RecordCompleteness> chunk : PipelineFixtures.split(records, cuts)) {
      merged = merged.combine(FieldCompletion.byRecordType(chunk, FieldCompletion.COMPLETENESS_BAR));
    }

    assertThat(merged).isEqualTo(FieldCompletion.byRecordType(records, FieldCompletion.COMPLETENESS_BAR));
  }

  @Property
  void active_users_merged_over_any_split_equal_one_pass(
      @ForAll("activity") List<UserActivity> activity, @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll PeriodUnit unit) {
    ActiveUsers merged = ActiveUsers.of(List.of(), unit, ZoneOffset.UTC);
    for (List<UserActivity> chunk : PipelineFixtures.split(activity, cuts)) {
      merged = merged.combine(ActiveUsers.of(chunk, unit, ZoneOffset.UTC));
    }

    assertThat(merged).isEqualTo(ActiveUsers.of(activity, unit, ZoneOffset.UTC));
    assertThat(merged.combine(merged)).as("a user active twice counts once").isEqualTo(merged);
  }
}
