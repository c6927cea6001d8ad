package io.crmkit.lifecycle;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.ADA;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.ADVANCE;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.COMMIT;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.DISCOVERY;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.PROPOSAL;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.REVISE;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.SOLUTION_FIT;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.STEP_BACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link TimeInStage}: time in each stage, worked out from the audit records as of an instant. */
class TimeInStageTest {
  private static final Instant DAY_0 = Instant.parse("2026-01-05T09:00:00Z");

  private static Instant day(int n) {
    return DAY_0.plus(Duration.ofDays(n));
  }

  private static AuditRecord move(int day, StageName from, StageName to, TriggerName trigger) {
    boolean back = trigger.equals(STEP_BACK);
    return AuditRecord.move(ADA, day(day), from, to, trigger, back, back ? Optional.of("why") : Optional.empty());
  }

  private static final List<AuditRecord> HISTORY = List.of(
      AuditRecord.entry(ADA, day(0), DISCOVERY),
      move(3, DISCOVERY, SOLUTION_FIT, ADVANCE),
      move(5, SOLUTION_FIT, PROPOSAL, ADVANCE),
      move(6, PROPOSAL, PROPOSAL, REVISE),
      move(8, PROPOSAL, SOLUTION_FIT, STEP_BACK),
      move(9, SOLUTION_FIT, PROPOSAL, ADVANCE));

  @Test
  void each_stay_counts_until_the_next_record_and_the_last_until_the_instant_asked() {
    TimeInStage times = TimeInStage.of(HISTORY, day(10));

    assertThat(times.in(DISCOVERY)).isEqualTo(Duration.ofDays(3));
    assertThat(times.in(SOLUTION_FIT)).isEqualTo(Duration.ofDays(3));
    assertThat(times.in(PROPOSAL)).isEqualTo(Duration.ofDays(4));
    assertThat(times.in(COMMIT)).isEqualTo(Duration.ZERO);
    assertThat(times.total()).isEqualTo(Duration.ofDays(10));
    assertThat(times.durations().keySet()).containsExactly(DISCOVERY, SOLUTION_FIT, PROPOSAL);
  }

  @Test
  void records_after_the_instant_asked_are_not_counted() {
    TimeInStage times = TimeInStage.of(HISTORY, day(4));

    assertThat(times.durations()).containsExactly(
        java.util.Map.entry(DISCOVERY, Duration.ofDays(3)), java.util.Map.entry(SOLUTION_FIT, Duration.ofDays(1)));
    assertThat(times.asOf()).isEqualTo(day(4));
  }

  @Test
  void without_the_entry_record_the_time_before_the_first_move_is_unknown_and_not_counted() {
    TimeInStage times = TimeInStage.of(HISTORY.subList(1, HISTORY.size()), day(10));

    assertThat(times.in(DISCOVERY)).isEqualTo(Duration.ZERO);
    assertThat(times.total()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void no_history_gives_no_time() {
    assertThat(TimeInStage.of(List.of(), day(1)).durations()).isEmpty();
  }

  @Test
  void records_out_of_order_are_refused() {
    List<AuditRecord> shuffled = List.of(HISTORY.get(0), HISTORY.get(1), move(2, SOLUTION_FIT, PROPOSAL, ADVANCE));

    assertRejected(() -> TimeInStage.of(shuffled, day(10)), "history[2]", "order");
  }

  @Test
  void a_move_from_a_stage_the_record_was_not_in_is_refused() {
    List<AuditRecord> gap = List.of(HISTORY.get(0), HISTORY.get(2));

    assertRejected(() -> TimeInStage.of(gap, day(10)), "history[1]", "discontinuous");
  }

  @Test
  void a_state_knows_its_time_in_stage() {
    LifecycleState state = LifecycleState.of(PROPOSAL, day(2));

    assertThat(state.timeInStage(day(5))).isEqualTo(Duration.ofDays(3));
    assertThat(state.timeInStage(day(1))).isEqualTo(Duration.ZERO);
  }
}
