package io.crmkit.lifecycle;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.CrmValidationExceptionAssert.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.fixtures.Deal;
import io.crmkit.lifecycle.fixtures.SamplePipeline;
import org.junit.jupiter.api.Test;

class CriterionRegistryTest {
  private static final ExitCriterion<Deal> BUDGET = SamplePipeline.BUDGET_KNOWN;
  private static final ExitCriterion<Deal> LEGAL = SamplePipeline.LEGAL_APPROVED;

  @Test
  void a_criterion_is_found_by_its_id_whatever_its_spelling() {
    CriterionRegistry<Deal> registry = CriterionRegistry.of(BUDGET, LEGAL);

    assertThat(registry.find(CriterionId.of("Budget  Known"))).containsSame(BUDGET);
    assertThat(registry.resolve(" LEGAL approved")).isSameAs(LEGAL);
    assertThat(registry.ids()).containsExactly(CriterionId.of("budget known"), CriterionId.of("legal approved"));
    assertThat(registry.criteria()).containsExactly(BUDGET, LEGAL);
  }

  @Test
  void an_unknown_id_is_refused_naming_the_ids_known() {
    message(
        assertRejected(() -> CriterionRegistry.of(BUDGET).resolve("authority named"), "criterion", "unknown"),
        "criterion: unknown (was 'authority named'): no criterion 'authority named'; known: 'budget known'");
    assertThat(CriterionRegistry.<Deal>empty().find(CriterionId.of("budget known"))).isEmpty();
  }

  @Test
  void two_criteria_cannot_share_an_id() {
    ExitCriterion<Deal> otherBudget = Criteria.fieldFilled("budget KNOWN", "budget", Deal::budget);

    assertRejected(() -> CriterionRegistry.of(BUDGET, otherBudget), "criteria[1].id", "duplicate");
    assertRejected(() -> CriterionRegistry.of(BUDGET).with(otherBudget), "criteria[1].id", "duplicate");
  }

  @Test
  void with_adds_criteria_and_leaves_the_registry_as_it_was() {
    CriterionRegistry<Deal> one = CriterionRegistry.of(BUDGET);

    CriterionRegistry<Deal> two = one.with(LEGAL);

    assertThat(two.ids()).hasSize(2);
    assertThat(one.ids()).hasSize(1);
    assertThat(two).hasToString("CriterionRegistry[budget known, legal approved]");
  }
}
