package io.crmkit.lifecycle.shipped;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.CHURN;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.CHURNED;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.FIRST_PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.LAPSE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.LAPSING;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.REACTIVATED;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.REPEAT_PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.SUBSCRIBER;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.MONDAY;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.accepted;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.daysAfterMonday;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.in;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.EventName;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.NamedEventOccurred;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.Transition;
import io.crmkit.lifecycle.TransitionResult.Accepted;
import io.crmkit.lifecycle.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The B2C customer lifecycle's definition: its criteria with the words of their refusals, its events, its options. */
class B2cCustomerLifecycleTest {
  private static final Instant FEBRUARY = Instant.parse("2026-02-01T00:00:00Z");
  private final LifecycleDefinition<PurchaseActivity> customers = B2cCustomerLifecycle.definition();

  @Test
  void a_purchase_at_the_time_of_the_move_takes_a_subscriber_to_first_purchase() {
    Accepted accepted = accepted(customers.transition(
        in(SUBSCRIBER), PURCHASE, PurchaseActivity.none(MONDAY).withPurchaseAt(FEBRUARY), FEBRUARY));

    assertThat(accepted.to()).isEqualTo(FIRST_PURCHASE);
    assertThat(names(accepted)).containsExactly(EventName.of("first purchase made"));
  }

  @Test
  void a_purchase_trigger_without_a_purchase_at_that_time_is_refused() {
    PurchaseActivity boughtInJanuary = PurchaseActivity.of(1, Instant.parse("2026-01-01T00:00:00Z"), FEBRUARY);

    assertThat(rejected(customers.transition(in(FIRST_PURCHASE), PURCHASE, boughtInJanuary, FEBRUARY)).violations())
        .containsExactly(Violation.of("purchase_missing", CriterionId.of("purchase made"),
            "no purchase is made at 2026-02-01T00:00:00Z",
            List.of("last purchase = 2026-01-01T00:00:00Z", "as of = 2026-02-01T00:00:00Z")));
    assertThat(rejected(customers.transition(in(SUBSCRIBER), PURCHASE, PurchaseActivity.none(FEBRUARY), FEBRUARY))
        .violations())
        .containsExactly(Violation.of("purchase_missing", CriterionId.of("purchase made"),
            "no purchase is made at 2026-02-01T00:00:00Z", List.of("no purchases", "as of = 2026-02-01T00:00:00Z")));
  }

  @Test
  void further_purchases_keep_a_repeat_customer_where_they_are() {
    PurchaseActivity bought = PurchaseActivity.of(2, MONDAY, MONDAY).withPurchaseAt(daysAfterMonday(3));

    Accepted accepted = accepted(customers.transition(in(REPEAT_PURCHASE), PURCHASE, bought, daysAfterMonday(3)));

    assertThat(accepted.state()).isEqualTo(in(REPEAT_PURCHASE));
    assertThat(accepted.events()).isEmpty();
  }

  @Test
  void a_customer_lapses_only_after_the_lapsing_period_without_a_purchase() {
    PurchaseActivity fortyDaysLater = PurchaseActivity.of(1, MONDAY, daysAfterMonday(40));

    assertThat(rejected(customers.transition(in(FIRST_PURCHASE), LAPSE, fortyDaysLater, daysAfterMonday(40))).violations())
        .containsExactly(Violation.of("recent_purchase", CriterionId.of("lapsing period passed"),
            "the last purchase was 40 days ago; a customer lapses after 90 days without a purchase",
            List.of("last purchase = 2026-03-02T09:00:00Z", "as of = 2026-04-11T09:00:00Z")));
    Accepted lapsed = accepted(customers.transition(
        in(FIRST_PURCHASE), LAPSE, fortyDaysLater.at(daysAfterMonday(90)), daysAfterMonday(90)));
    assertThat(lapsed.to()).isEqualTo(LAPSING);
    assertThat(names(lapsed)).containsExactly(EventName.of("customer lapsing"));
  }

  @Test
  void a_day_is_a_day_and_less_is_zero_days() {
    assertThat(rejected(customers.transition(
        in(REPEAT_PURCHASE), LAPSE, PurchaseActivity.of(2, MONDAY, daysAfterMonday(1)), daysAfterMonday(1)))
        .violations().get(0).message())
        .isEqualTo("the last purchase was 1 day ago; a customer lapses after 90 days without a purchase");
    assertThat(rejected(customers.transition(
        in(REPEAT_PURCHASE), LAPSE, PurchaseActivity.of(2, MONDAY, MONDAY.plusSeconds(3600)), MONDAY.plusSeconds(3600)))
        .violations().get(0).message())
        .isEqualTo("the last purchase was 0 days ago; a customer lapses after 90 days without a purchase");
  }

  @Test
  void a_lapsing_customer_churns_only_after_the_churn_period() {
    PurchaseActivity hundredDaysLater = PurchaseActivity.of(3, MONDAY, daysAfterMonday(100));

    assertThat(rejected(customers.transition(in(LAPSING), CHURN, hundredDaysLater, daysAfterMonday(100))).violations())
        .containsExactly(Violation.of("recent_purchase", CriterionId.of("churn period passed"),
            "the last purchase was 100 days ago; a customer churns after 180 days without a purchase",
            List.of("last purchase = 2026-03-02T09:00:00Z", "as of = 2026-06-10T09:00:00Z")));
    Accepted churned = accepted(customers.transition(
        in(LAPSING), CHURN, hundredDaysLater.at(daysAfterMonday(180)), daysAfterMonday(180)));
    assertThat(churned.to()).isEqualTo(CHURNED);
    assertThat(names(churned)).containsExactly(EventName.of("customer churned"));
  }

  @Test
  void time_without_purchases_counts_from_a_purchase_only() {
    assertThat(rejected(customers.transition(in(FIRST_PURCHASE), LAPSE, PurchaseActivity.none(FEBRUARY), FEBRUARY))
        .violations())
        .containsExactly(Violation.of(Violation.NOT_MET, CriterionId.of("lapsing period passed"),
            "the customer has made no purchase to count from", List.of("no purchases", "as of = 2026-02-01T00:00:00Z")));
  }

  @Test
  void a_churned_customer_who_buys_is_reactivated_and_a_lapsing_one_is_a_repeat_customer_again() {
    PurchaseActivity buysAgain = PurchaseActivity.of(1, MONDAY, MONDAY).withPurchaseAt(daysAfterMonday(200));

    Accepted reactivated = accepted(customers.transition(in(CHURNED), PURCHASE, buysAgain, daysAfterMonday(200)));
    Accepted retained = accepted(customers.transition(in(LAPSING), PURCHASE, buysAgain, daysAfterMonday(200)));

    assertThat(reactivated.to()).isEqualTo(REACTIVATED);
    assertThat(names(reactivated)).containsExactly(EventName.of("customer reactivated"));
    assertThat(retained.to()).isEqualTo(REPEAT_PURCHASE);
    assertThat(accepted(customers.transition(in(REACTIVATED), PURCHASE, buysAgain, daysAfterMonday(200))).to())
        .isEqualTo(REPEAT_PURCHASE);
  }

  @Test
  void no_move_goes_back_so_an_automation_makes_them_all() {
    for (Transition<PurchaseActivity> transition : customers.transitions()) {
      for (StageName from : transition.from()) {
        assertThat(customers.isBackward(from, transition.to())).as("%s -> %s", from, transition.to()).isFalse();
      }
    }
  }

  @Test
  void options_set_the_periods() {
    LifecycleDefinition<PurchaseActivity> quick =
        B2cCustomerLifecycle.definition(B2cCustomerOptions.defaults().withLapsingAfterDays(30).withChurnedAfterDays(60));
    PurchaseActivity fortyDaysLater = PurchaseActivity.of(1, MONDAY, daysAfterMonday(40));

    assertThat(quick.transition(in(FIRST_PURCHASE), LAPSE, fortyDaysLater, daysAfterMonday(40)).isAccepted()).isTrue();
    assertThat(rejected(quick.transition(in(LAPSING), CHURN, fortyDaysLater, daysAfterMonday(40))).violations().get(0)
        .message()).isEqualTo("the last purchase was 40 days ago; a customer churns after 60 days without a purchase");
  }

  @Test
  void options_are_checked() {
    assertThat(B2cCustomerOptions.defaults()).isEqualTo(new B2cCustomerOptions(90, 180));
    assertRejected("b2cCustomerOptions.lapsingAfterDays", "range", () -> new B2cCustomerOptions(0, 180));
    CrmValidationException e = assertRejected(
        "b2cCustomerOptions.churnedAfterDays", "order", () -> B2cCustomerOptions.defaults().withChurnedAfterDays(90));
    assertThat(e.getMessage()).isEqualTo(
        "b2cCustomerOptions.churnedAfterDays: order (was '90'): a customer churns later than they lapse: more than 90 days");
  }

  @Test
  void purchase_activity_is_checked() {
    assertRejected("purchaseActivity.purchases", "range", () -> new PurchaseActivity(-1, Optional.empty(), MONDAY));
    assertRejected("purchaseActivity.lastPurchaseAt", "required", () -> new PurchaseActivity(2, Optional.empty(), MONDAY));
    assertRejected("purchaseActivity.lastPurchaseAt", "forbidden", () -> new PurchaseActivity(0, Optional.of(MONDAY), MONDAY));
    assertRejected("purchaseActivity.lastPurchaseAt", "order", () -> PurchaseActivity.of(1, FEBRUARY.plusSeconds(1), FEBRUARY));
  }

  private static List<EventName> names(Accepted accepted) {
    return accepted.events().stream()
        .filter(NamedEventOccurred.class::isInstance)
        .map(e -> ((NamedEventOccurred) e).name())
        .toList();
  }
}
