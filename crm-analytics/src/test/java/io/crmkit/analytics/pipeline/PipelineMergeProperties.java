package io.crmkit.analytics.pipeline;

import static io.crmkit.analytics.pipeline.PipelineFixtures.EUR;
import static io.crmkit.analytics.pipeline.PipelineFixtures.T0;
import static io.crmkit.analytics.pipeline.PipelineFixtures.inEuros;
import static io.crmkit.analytics.pipeline.PipelineFixtures.split;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.period.PeriodUnit;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.opportunity.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Every pipeline tally: any split of the input, tallied chunk by chunk and merged, equals one pass. */
class PipelineMergeProperties {
  private final PipelineAnalysis analysis = PipelineAnalysis.valuedBy(inEuros());

  @Property
  void deal_outcomes_merged_over_any_split_equal_one_pass(
      @ForAll("deals") List<OpportunitySnapshot> deals, @ForAll @Size(max = 4) List<Integer> cuts) {
    DealOutcomes merged = DealOutcomes.empty(EUR);
    for (List<OpportunitySnapshot> chunk : split(deals, cuts)) {
      merged = merged.combine(analysis.outcomes(chunk));
    }

    assertThat(merged).isEqualTo(analysis.outcomes(deals));
  }

  @Property
  void pipeline_created_per_month_and_segment_merged_over_any_split_equals_one_pass(
      @ForAll("deals") List<OpportunitySnapshot> deals, @ForAll @Size(max = 4) List<Integer> cuts) {
    Grouped<PeriodGroup, PipelineTotal> merged = Grouped.empty();
    for (List<OpportunitySnapshot> chunk : split(deals, cuts)) {
      merged = merged.combine(analysis.createdBy(PeriodUnit.MONTH, DealDimension.SEGMENT, chunk));
    }

    assertThat(merged).isEqualTo(analysis.createdBy(PeriodUnit.MONTH, DealDimension.SEGMENT, deals));
  }

  @Property
  void open_pipeline_by_source_merged_in_any_order_equals_one_pass(
      @ForAll("deals") List<OpportunitySnapshot> deals, @ForAll @Size(max = 4) List<Integer> cuts) {
    List<List<OpportunitySnapshot>> chunks = new ArrayList<>(split(deals, cuts));
    Collections.reverse(chunks);
    Grouped<String, PipelineTotal> merged = Grouped.empty();
    for (List<OpportunitySnapshot> chunk : chunks) {
      merged = merged.combine(analysis.openPipelineBy(DealDimension.SOURCE, chunk));
    }

    assertThat(merged).isEqualTo(analysis.openPipelineBy(DealDimension.SOURCE, deals));
    assertThat(merged.total(PipelineTotal.empty(EUR))).isEqualTo(analysis.openPipeline(deals));
  }

  @Property
  void the_weighted_pipeline_never_exceeds_the_pipeline(@ForAll("deals") List<OpportunitySnapshot> deals) {
    PipelineTotal open = analysis.openPipeline(deals);

    assertThat(open.weightedAmount().compareTo(open.amount())).isLessThanOrEqualTo(0);
  }

  @Property
  void the_funnel_merged_over_any_split_of_deals_and_log_equals_one_pass(
      @ForAll("journeys") List<Journey> journeys, @ForAll @Size(max = 4) List<Integer> cuts, @ForAll long seed) {
    // given: the snapshots and log lines of all deals, shuffled together and split anywhere
    List<Object> rows = new ArrayList<>();
    for (Journey journey : journeys) {
      rows.add(journey.deal());
      rows.addAll(journey.log());
    }
    Collections.shuffle(rows, new Random(seed));
    FunnelStages stages = FunnelStages.defaults();

    // when
    FunnelTally merged = FunnelTally.empty(stages);
    for (List<Object> chunk : split(rows, cuts)) {
      merged = merged.combine(FunnelTally.of(stages, only(chunk, OpportunitySnapshot.class),
          only(chunk, StageChange.class)));
    }

    // then
    FunnelTally onePass = FunnelTally.of(stages, journeys.stream().map(Journey::deal).toList(),
        journeys.stream().flatMap(j -> j.log().stream()).toList());
    assertThat(merged).isEqualTo(onePass);
    assertThat(merged.steps()).isEqualTo(onePass.steps());
  }

  @Property
  void funnel_counts_fall_from_stage_to_stage_and_every_deal_reaches_the_first(
      @ForAll("journeys") List<Journey> journeys) {
    FunnelTally funnel = FunnelTally.of(FunnelStages.defaults(), journeys.stream().map(Journey::deal).toList(),
        journeys.stream().flatMap(j -> j.log().stream()).toList());

    List<FunnelStep> steps = funnel.steps();
    assertThat(steps.get(0).reached()).isEqualTo(journeys.size());
    for (int i = 1; i < steps.size(); i++) {
      assertThat(steps.get(i).reached()).isLessThanOrEqualTo(steps.get(i - 1).reached());
    }
    assertThat(steps.get(steps.size() - 1).conversionToNext().part()).isEqualTo(funnel.won());
    assertThat(steps.stream().mapToLong(FunnelStep::lostHere).sum()).isEqualTo(funnel.lost());
  }

  @Property
  void time_in_stage_merged_over_any_split_of_the_log_equals_one_pass(
      @ForAll("journeys") List<Journey> journeys, @ForAll @Size(max = 4) List<Integer> cuts, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 40) int asOfDay) {
    List<StageChange> log = new ArrayList<>(journeys.stream().flatMap(j -> j.log().stream()).toList());
    Collections.shuffle(log, new Random(seed));
    Instant asOf = T0.plus(Duration.ofDays(asOfDay));

    StageHistories merged = StageHistories.empty();
    for (List<StageChange> chunk : split(log, cuts)) {
      merged = merged.combine(StageHistories.of(chunk));
    }

    StageHistories onePass = StageHistories.of(log);
    assertThat(merged).isEqualTo(onePass);
    assertThat(merged.timeInStage(asOf)).isEqualTo(onePass.timeInStage(asOf));
    assertThat(merged.stuck(asOf, Duration.ofDays(3))).isEqualTo(onePass.stuck(asOf, Duration.ofDays(3)));
  }

  /** A deal and the log of how it got to its stage. */
  record Journey(OpportunitySnapshot deal, List<StageChange> log) {}

  @Provide
  Arbitrary<List<OpportunitySnapshot>> deals() {
    return PipelineFixtures.deals().list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Journey>> journeys() {
    Arbitrary<List<Integer>> paths = Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<Integer> ending = Arbitraries.integers().between(0, 2);
    Arbitrary<Boolean> logged = Arbitraries.of(true, false);
    Arbitrary<Journey> journey = Combinators.combine(paths, ending, logged, Arbitraries.integers().between(0, 10))
        .as((path, end, withCreation, start) -> journey(path, end, withCreation, start));
    return journey.list().ofMaxSize(15).map(PipelineMergeProperties::numbered);
  }

  /** A deal that went through open stages {@code path} (indices, repeats collapsed) and then stayed, won or lost. */
  private static Journey journey(List<Integer> path, int end, boolean withCreation, int startDay) {
    List<Stage> open = FunnelStages.defaults().stages();
    List<Stage> visited = new ArrayList<>();
    for (int index : path) {
      Stage stage = open.get(index);
      if (visited.isEmpty() || !visited.get(visited.size() - 1).equals(stage)) {
        visited.add(stage);
      }
    }
    if (end == 1) {
      visited.add(Stage.CLOSED_WON);
    } else if (end == 2) {
      visited.add(Stage.CLOSED_LOST);
    }
    OpportunityId id = OpportunityId.of("x");
    List<StageChange> log = new ArrayList<>();
    Instant at = T0.plus(Duration.ofDays(startDay));
    if (withCreation) {
      log.add(StageChange.created(id, visited.get(0), at));
    }
    for (int i = 1; i < visited.size(); i++) {
      at = at.plus(Duration.ofHours(13 * i + 7));
      log.add(StageChange.of(id, visited.get(i - 1), visited.get(i), at));
    }
    Stage now = visited.get(visited.size() - 1);
    return new Journey(PipelineFixtures.aDeal("x").stage(now).build(), log);
  }

  private static List<Journey> numbered(List<Journey> journeys) {
    List<Journey> numbered = new ArrayList<>();
    for (int i = 0; i < journeys.size(); i++) {
      OpportunityId id = OpportunityId.of("deal-" + i);
      Journey j = journeys.get(i);
      numbered.add(new Journey(j.deal().withId(id),
          j.log().stream().map(c -> new StageChange(id, c.from(), c.to(), c.at())).toList()));
    }
    return numbered;
  }

  private static <T> List<T> only(List<Object> rows, Class<T> type) {
    return rows.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
