package io.crmkit.lifecycle;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.Deal.aDeal;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.ADVANCE;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.CLOSED_LOST;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.CLOSED_WON;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.COMMIT;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.DISCOVERY;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.LOSE;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.PROPOSAL;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.REVISE;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.STEP_BACK;
import static io.crmkit.lifecycle.fixtures.SamplePipeline.in;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.Money;
import io.crmkit.lifecycle.fixtures.Deal;
import io.crmkit.lifecycle.fixtures.SamplePipeline;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link LifecycleDefinition#availableTriggers}: the next steps of a record, for a user interface. */
class AvailableTriggersTest {
  private final LifecycleDefinition<Deal> pipeline = SamplePipeline.pipeline();

  @Test
  void each_trigger_out_of_the_stage_comes_with_its_target_and_unmet_criteria_in_declaration_order() {
    // given a deal in Proposal with a budget but no pricing agreed and no close date
    Deal deal = aDeal().withBudget(Money.of("1000", "EUR"));

    // when
    var available = pipeline.availableTriggers(in(PROPOSAL), deal);

    // then
    assertThat(available).extracting(AvailableTrigger::trigger).containsExactly(ADVANCE, LOSE, STEP_BACK, REVISE);
    AvailableTrigger advance = available.get(0);
    assertThat(advance.target()).isEqualTo(COMMIT);
    assertThat(advance.label()).isEqualTo("advance");
    assertThat(advance.isReady()).isFalse();
    assertThat(advance.unmet()).extracting(Violation::criterion)
        .containsExactly(CriterionId.of("pricing agreed"), CriterionId.of("close date agreed"));
    assertThat(available.get(1).target()).isEqualTo(CLOSED_LOST);
    assertThat(available.get(1).isReady()).isTrue();
  }

  @Test
  void a_trigger_leading_back_says_it_needs_a_reason() {
    var available = pipeline.availableTriggers(in(PROPOSAL), aDeal());

    AvailableTrigger stepBack = available.get(2);
    assertThat(stepBack.label()).isEqualTo("Step back");
    assertThat(stepBack.backward()).isTrue();
    assertThat(stepBack.needsReason()).isTrue();
    assertThat(stepBack.isReady()).isTrue();
    assertThat(available.get(0).needsReason()).isFalse();
  }

  @Test
  void a_trigger_is_ready_once_every_criterion_holds() {
    Deal deal = aDeal().withBudget(Money.of("1000", "EUR")).withApproval("pricing").withCloseDate(LocalDate.of(2026, 4, 1));

    assertThat(pipeline.availableTriggers(in(PROPOSAL), deal).get(0).isReady()).isTrue();
  }

  @Test
  void a_terminal_stage_offers_no_trigger() {
    assertThat(pipeline.availableTriggers(in(CLOSED_WON), aDeal())).isEmpty();
  }

  @Test
  void the_first_stage_offers_its_own_triggers_only() {
    assertThat(pipeline.availableTriggers(in(DISCOVERY), aDeal()))
        .extracting(AvailableTrigger::trigger)
        .containsExactly(ADVANCE, LOSE);
  }

  @Test
  void an_unknown_stage_is_bad_input() {
    assertRejected(
        () -> pipeline.availableTriggers(in(StageName.of("Negotiation")), aDeal()), "current.stage", "unknown");
  }
}
