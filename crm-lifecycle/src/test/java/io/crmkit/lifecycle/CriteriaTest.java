package io.crmkit.lifecycle;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.fixtures.Deal.aDeal;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.Money;
import io.crmkit.lifecycle.fixtures.Deal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The ready-made exit criteria and their combinations: when each holds, and what it says when not. */
class CriteriaTest {
  private static final ExitCriterion<Deal> BUDGET = Criteria.fieldFilled("budget known", "budget", Deal::budget);
  private static final ExitCriterion<Deal> NEXT_STEP = Criteria.fieldFilled("next step set", "next step", Deal::nextStep);
  private static final ExitCriterion<Deal> MEASURES =
      Criteria.notePresent("measures written", "Success  measures", Deal::noteKinds);
  private static final ExitCriterion<Deal> BUYER =
      Criteria.contactRoleNamed("economic buyer named", "economic buyer", Deal::contactRoles);
  private static final ExitCriterion<Deal> DISCOUNT =
      Criteria.approvalRecorded("discount approved", "discount", Deal::approvals);
  private static final ExitCriterion<Deal> CLOSE_DATE =
      Criteria.dateAgreed("close date agreed", "close date", Deal::closeDate);

  @Test
  void a_field_is_filled_when_it_has_a_value() {
    assertThat(BUDGET.holds(aDeal().withBudget(Money.of("10", "EUR")))).isTrue();
    assertThat(NEXT_STEP.holds(aDeal().withNextStep("call back"))).isTrue();
  }

  @Test
  void an_empty_field_is_named_with_what_was_found() {
    assertThat(BUDGET.check(aDeal())).containsExactly(Violation.of(
        Violation.FIELD_MISSING, CriterionId.of("budget known"), "budget is not filled in", List.of("budget = (none)")));
    assertThat(NEXT_STEP.check(aDeal().withNextStep(" \u00A0"))).containsExactly(Violation.of(
        Violation.FIELD_MISSING, CriterionId.of("next step set"), "next step is not filled in",
        List.of("next step = ' \u00A0'")));
    assertThat(BUDGET.description()).isEqualTo("budget is filled in");
  }

  @Test
  void null_empty_optionals_collections_and_maps_are_not_filled() {
    assertThat(filled(d -> null)).isFalse();
    assertThat(filled(d -> OptionalInt.empty())).isFalse();
    assertThat(filled(d -> List.of())).isFalse();
    assertThat(filled(d -> Map.of())).isFalse();
    assertThat(filled(d -> OptionalInt.of(0))).isTrue();
    assertThat(filled(d -> List.of("x"))).isTrue();
    assertThat(filled(d -> Map.of("k", "v"))).isTrue();
    assertThat(filled(d -> 0)).isTrue();
    assertThat(Criteria.fieldFilled("seats", "seats", (Deal d) -> List.of()).check(aDeal()).get(0).evidence())
        .containsExactly("seats = []");
    assertThat(Criteria.fieldFilled("terms", "terms", (Deal d) -> Map.of()).check(aDeal()).get(0).evidence())
        .containsExactly("terms = {}");
  }

  @Test
  void a_note_of_the_kind_is_found_whatever_its_case_and_spacing() {
    assertThat(MEASURES.holds(aDeal().withNote("call").withNote(" SUCCESS MEASURES "))).isTrue();
  }

  @Test
  void a_missing_note_names_the_kinds_present() {
    assertThat(MEASURES.check(aDeal().withNote("call").withNote("Demo"))).containsExactly(Violation.of(
        Violation.NOTE_MISSING, CriterionId.of("measures written"), "no note of kind 'Success measures' is written",
        List.of("notes written: call, Demo")));
    assertThat(MEASURES.check(aDeal()).get(0).evidence()).containsExactly("no notes written");
    assertThat(MEASURES.description()).isEqualTo("a note of kind 'Success measures' is written");
  }

  @Test
  void a_missing_contact_role_names_the_roles_named() {
    assertThat(BUYER.holds(aDeal().withRole("Economic Buyer"))).isTrue();
    assertThat(BUYER.check(aDeal().withRole("Champion"))).containsExactly(Violation.of(
        Violation.CONTACT_ROLE_MISSING, CriterionId.of("economic buyer named"),
        "no contact is named as 'economic buyer'", List.of("roles named: Champion")));
    assertThat(BUYER.check(aDeal()).get(0).evidence()).containsExactly("no roles named");
    assertThat(BUYER.description()).isEqualTo("a contact is named as 'economic buyer'");
  }

  @Test
  void a_missing_approval_names_the_approvals_recorded() {
    assertThat(DISCOUNT.holds(aDeal().withApproval("Discount"))).isTrue();
    assertThat(DISCOUNT.check(aDeal().withApproval("legal"))).containsExactly(Violation.of(
        Violation.APPROVAL_MISSING, CriterionId.of("discount approved"),
        "no 'discount' approval is recorded", List.of("approvals recorded: legal")));
    assertThat(DISCOUNT.check(aDeal()).get(0).evidence()).containsExactly("no approvals recorded");
    assertThat(DISCOUNT.description()).isEqualTo("a 'discount' approval is recorded");
  }

  @Test
  void a_date_is_agreed_when_present() {
    assertThat(CLOSE_DATE.holds(aDeal().withCloseDate(LocalDate.of(2026, 9, 30)))).isTrue();
    assertThat(CLOSE_DATE.check(aDeal())).containsExactly(Violation.of(
        Violation.DATE_NOT_AGREED, CriterionId.of("close date agreed"), "close date is not agreed",
        List.of("close date = (none)")));
    assertThat(CLOSE_DATE.description()).isEqualTo("close date is agreed");
  }

  @Test
  void a_predicate_criterion_says_what_it_was_told() {
    ExitCriterion<Deal> bigEnough = Criteria.that(
        "big enough", "the budget is at least 10,000", d -> d.budget().isPresent(), "the budget is under 10,000");

    assertThat(bigEnough.check(aDeal())).containsExactly(
        Violation.of(Violation.NOT_MET, CriterionId.of("big enough"), "the budget is under 10,000"));
    assertThat(bigEnough.holds(aDeal().withBudget(Money.of("20000", "EUR")))).isTrue();
    assertThat(bigEnough.description()).isEqualTo("the budget is at least 10,000");
  }

  @Test
  void all_lists_the_violations_of_every_part_that_does_not_hold() {
    ExitCriterion<Deal> ready = Criteria.all("ready", "ready for a proposal", BUDGET, MEASURES, BUYER);

    assertThat(ready.check(aDeal().withNote("success measures")))
        .extracting(Violation::criterion)
        .containsExactly(CriterionId.of("budget known"), CriterionId.of("economic buyer named"));
    assertThat(ready.check(aDeal())).hasSize(3);
    assertThat(ready.holds(aDeal().withBudget(Money.of("1", "EUR")).withNote("success measures").withRole("economic buyer")))
        .isTrue();
    assertThat(ready.id()).isEqualTo(CriterionId.of("ready"));
    assertThat(ready.description()).isEqualTo("ready for a proposal");
  }

  @Test
  void any_holds_when_one_part_does_and_otherwise_lists_each_part_as_evidence() {
    ExitCriterion<Deal> demoOrPilot = Criteria.any("demo or pilot", "a demo or a pilot was done",
        Criteria.notePresent("demo", "demo", Deal::noteKinds),
        Criteria.notePresent("pilot", "pilot", Deal::noteKinds));

    assertThat(demoOrPilot.holds(aDeal().withNote("pilot"))).isTrue();
    assertThat(demoOrPilot.check(aDeal())).containsExactly(Violation.of(
        Violation.NONE_MET, CriterionId.of("demo or pilot"),
        "none of these holds: a note of kind 'demo' is written; a note of kind 'pilot' is written",
        List.of("no note of kind 'demo' is written", "no note of kind 'pilot' is written")));
  }

  @Test
  void not_holds_when_its_part_does_not() {
    ExitCriterion<Deal> noDiscount = Criteria.not("no discount", "no discount was approved", DISCOUNT);

    assertThat(noDiscount.holds(aDeal())).isTrue();
    assertThat(noDiscount.check(aDeal().withApproval("discount"))).containsExactly(Violation.of(
        Violation.MUST_NOT_HOLD, CriterionId.of("no discount"), "must not hold: a 'discount' approval is recorded"));
  }

  @Test
  void a_combination_needs_at_least_one_part() {
    assertRejected(() -> Criteria.all("none", "nothing", List.<ExitCriterion<Deal>>of()), "criterion.parts", "required");
    assertRejected(() -> Criteria.any("none", "nothing", List.<ExitCriterion<Deal>>of()), "criterion.parts", "required");
  }

  @Test
  void a_criterion_needs_an_id_and_its_names() {
    assertRejected(() -> Criteria.fieldFilled(" ", "budget", Deal::budget), "criterionId", "required");
    assertRejected(() -> Criteria.fieldFilled("budget known", "", Deal::budget), "criterion.field", "required");
    assertRejected(() -> Criteria.notePresent("n", " ", Deal::noteKinds), "criterion.kind", "required");
    assertRejected(() -> Criteria.contactRoleNamed("r", null, Deal::contactRoles), "criterion.role", "required");
    assertRejected(() -> Criteria.approvalRecorded("a", "legal", null), "criterion.approvalsRecorded", "required");
    assertRejected(() -> Criteria.dateAgreed("d", "close date", null), "criterion.dateValue", "required");
    assertRejected(() -> Criteria.that("p", "holds", null, "does not"), "criterion.predicate", "required");
    assertRejected(() -> Criteria.that("p", "holds", d -> true, " "), "criterion.message", "required");
  }

  private static boolean filled(Function<Deal, Object> value) {
    return Criteria.fieldFilled("f", "f", value).holds(aDeal());
  }

  @Test
  void an_accessor_returning_an_empty_optional_of_anything_counts_as_unfilled() {
    assertThat(filled(d -> Optional.empty())).isFalse();
    assertThat(filled(d -> Optional.of(""))).isTrue();
  }
}
