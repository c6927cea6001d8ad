package io.crmkit.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.pipeline.PipelineFixtures;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.support.CaseType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class ServiceMergeProperties {

  @Provide
  Arbitrary<List<CaseRecord>> cases() {
    Instant t0 = Instant.parse("2026-01-05T09:00:00Z");
    Arbitrary<Optional<Duration>> delays =
        Arbitraries.integers().between(0, 10_000).map(m -> Duration.ofMinutes(m)).optional(0.7);
    Arbitrary<CaseRecord> record = Builders.withBuilder(() -> CaseRecord.builder().openedAt(t0))
        .use(Arbitraries.integers().between(1, 9999).map(i -> CaseId.of("case-" + i))).in(CaseRecord.Builder::id)
        .use(Arbitraries.of(CaseType.class)).in(CaseRecord.Builder::type)
        .use(delays).in((b, d) -> b.firstRespondedAt(d.map(t0::plus)))
        .use(delays).in((b, d) -> b.resolvedAt(d.map(t0::plus)))
        .use(Arbitraries.of(SlaOutcome.class)).in(CaseRecord.Builder::firstResponse)
        .use(Arbitraries.of(SlaOutcome.class)).in(CaseRecord.Builder::resolution)
        .use(Arbitraries.integers().between(1, 5).optional(0.5)).in((b, c) -> b.csat(toInt(c)))
        .use(Arbitraries.integers().between(0, 3)).in(CaseRecord.Builder::reopenCount)
        .use(Arbitraries.integers().between(1, 4).optional(0.6)).in((b, c) -> b.contacts(toInt(c)))
        .use(Arbitraries.of(true, false)).in(CaseRecord.Builder::deflected)
        .build(CaseRecord.Builder::build);
    return record.list().ofMaxSize(40);
  }

  private static OptionalInt toInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  @Property
  void the_service_tally_merged_over_any_split_equals_one_pass(
      @ForAll("cases") List<CaseRecord> cases, @ForAll @Size(max = 4) List<Integer> cuts) {
    ServiceTally merged = ServiceTally.none();
    Grouped<CaseType, ServiceTally> mergedByType = Grouped.empty();
    for (List<CaseRecord> chunk : PipelineFixtures.split(cases, cuts)) {
      merged = merged.combine(ServiceTally.of(chunk));
      mergedByType = mergedByType.combine(ServiceTally.byType(chunk));
    }

    assertThat(merged).isEqualTo(ServiceTally.of(cases));
    assertThat(mergedByType).isEqualTo(ServiceTally.byType(cases));
  }

  @Property
  void adding_cases_one_at_a_time_equals_one_pass(@ForAll("cases") List<CaseRecord> cases) {
    ServiceTally incremental = ServiceTally.none();
    for (CaseRecord record : cases) {
      incremental = incremental.add(record);
    }

    assertThat(incremental).isEqualTo(ServiceTally.of(cases));
    assertThat(incremental.cases()).isEqualTo(cases.size());
  }
}
