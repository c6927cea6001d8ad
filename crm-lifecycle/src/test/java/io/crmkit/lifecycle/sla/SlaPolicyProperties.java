package io.crmkit.lifecycle.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.support.CaseStatus;
import io.crmkit.lifecycle.fixtures.SlaArbitraries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;

class SlaPolicyProperties {

  @Property(tries = 300)
  void events_seen_once_are_seen_again_later_with_the_same_ids(@ForAll("policies") SlaPolicy policy,
      @ForAll("timelinesWithTwoInstants") Tuple3<CaseTimeline, Instant, Instant> given) {
    List<SlaEvent> earlier = policy.evaluate(given.get1(), given.get2()).events();
    List<SlaEvent> later = policy.evaluate(given.get1(), given.get3()).events();
    assertThat(later).containsAll(earlier);
  }

  @Property(tries = 300)
  void every_timer_obeys_remaining_plus_elapsed_is_the_target(@ForAll("policies") SlaPolicy policy,
      @ForAll("timelinesWithInstants") Tuple2<CaseTimeline, Instant> given) {
    SlaSnapshot sla = policy.evaluate(given.get1(), given.get2());
    for (SlaTimer t : sla.timers()) {
      assertThat(t.remaining(sla.asOf()).plus(t.elapsed(sla.asOf()))).isEqualTo(t.target().duration());
      assertThat(t.startedAt()).isBeforeOrEqualTo(sla.asOf());
    }
    assertThat(sla.events()).allSatisfy(e -> assertThat(e.occurredAt()).isBeforeOrEqualTo(sla.asOf()));
  }

  @Property(tries = 300)
  void no_timer_counts_while_the_case_waits_on_the_customer_and_none_runs_once_it_is_resolved(
      @ForAll("policies") SlaPolicy policy, @ForAll("timelinesWithInstants") Tuple2<CaseTimeline, Instant> given) {
    // given the status of the case at the instant
    CaseTimeline timeline = given.get1();
    Instant asOf = given.get2();
    CaseStatus status = CaseStatus.NEW;
    for (CaseFact f : timeline.facts()) {
      if (!f.at().isAfter(asOf) && f instanceof CaseFact.StatusChanged changed) {
        status = changed.to();
      }
    }
    // when
    SlaSnapshot sla = policy.evaluate(timeline, asOf);
    // then
    for (SlaTimer t : sla.timers()) {
      if (policy.stopStatuses().contains(status)) {
        assertThat(t.isStopped()).as("stopped in %s", status).isTrue();
      } else if (policy.pauseStatuses().contains(status) && !t.isStopped()) {
        assertThat(t.isPaused()).as("paused in %s", status).isTrue();
      }
    }
  }

  @Property(tries = 300)
  void each_timer_has_cycles_numbered_from_one_and_at_most_the_last_runs(@ForAll("policies") SlaPolicy policy,
      @ForAll("timelinesWithInstants") Tuple2<CaseTimeline, Instant> given) {
    SlaSnapshot sla = policy.evaluate(given.get1(), given.get2());
    Map<String, List<SlaTimer>> byName = sla.timers().stream().collect(Collectors.groupingBy(SlaTimer::name));
    byName.forEach((name, timers) -> {
      List<SlaTimer> cycles = sla.timers(name);
      assertThat(cycles).extracting(SlaTimer::cycle)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, cycles.size()).boxed().toList());
      assertThat(cycles.subList(0, cycles.size() - 1)).allSatisfy(t -> assertThat(t.isStopped()).isTrue());
      SlaMetric metric = List.of(SlaMetric.values()).stream().filter(m -> m.timerName().equals(name)).findFirst()
          .orElseThrow();
      assertThat(policy.target(given.get1().severity(), metric)).contains(cycles.get(0).target());
    });
  }

  @Property(tries = 300)
  void evaluation_is_a_pure_function(@ForAll("policies") SlaPolicy policy,
      @ForAll("timelinesWithInstants") Tuple2<CaseTimeline, Instant> given) {
    assertThat(policy.evaluate(given.get1(), given.get2())).isEqualTo(policy.evaluate(given.get1(), given.get2()));
  }

  @Provide
  Arbitrary<SlaPolicy> policies() {
    return SlaArbitraries.policies();
  }

  @Provide
  Arbitrary<Tuple2<CaseTimeline, Instant>> timelinesWithInstants() {
    return SlaArbitraries.caseTimelinesWithInstants();
  }

  @Provide
  Arbitrary<Tuple3<CaseTimeline, Instant, Instant>> timelinesWithTwoInstants() {
    return SlaArbitraries.caseTimelinesWithInstants().flatMap(t -> Arbitraries.longs().between(0, 3 * 86_400L)
        .map(s -> Tuple.of(t.get1(), t.get2(), t.get2().plusSeconds(s))));
  }
}
