package io.crmkit.lifecycle.shipped;

import static io.crmkit.lifecycle.shipped.B2cCustomerEvaluator.EVALUATION;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.CHURN;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.CHURNED;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.FIRST_PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.LAPSE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.LAPSING;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.REACTIVATED;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.REPEAT_PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.SUBSCRIBER;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.ContactId;
import io.crmkit.lifecycle.AuditRecord;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TimeInStage;
import io.crmkit.lifecycle.TriggerName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where B2C customers stand as of an instant, worked out from their purchases, and the paths that led there. */
class B2cCustomerEvaluatorTest {
  /** When the fixture customers subscribe: 1 January 2026. */
  private static final Instant SUBSCRIBED = Instant.parse("2026-01-01T00:00:00Z");
  private static final ContactId LIN = ContactId.of("con-lin");

  private final B2cCustomerEvaluator evaluator = B2cCustomerEvaluator.of(B2cCustomerOptions.defaults());

  private static Instant day(long days) {
    return SUBSCRIBED.plus(Duration.ofDays(days));
  }

  private static CustomerPurchases linBuyingOn(long... days) {
    return CustomerPurchases.of(LIN, SUBSCRIBED, Arrays.stream(days).mapToObj(B2cCustomerEvaluatorTest::day).toList());
  }

  private CustomerStage asOf(CustomerPurchases customer, Instant asOf) {
    return evaluator.evaluate(customer, asOf).orElseThrow();
  }

  private static AuditRecord move(StageName from, StageName to, TriggerName trigger, Instant at) {
    return AuditRecord.move(EVALUATION, at, from, to, trigger, false, Optional.empty());
  }

  @Test
  void a_subscriber_who_never_bought_stays_a_subscriber() {
    CustomerStage lin = asOf(linBuyingOn(), day(400));

    assertThat(lin.customer()).isEqualTo(LIN);
    assertThat(lin.state()).isEqualTo(LifecycleState.of(SUBSCRIBER, SUBSCRIBED));
    assertThat(lin.path()).containsExactly(AuditRecord.entry(EVALUATION, SUBSCRIBED, SUBSCRIBER));
  }

  @Test
  void one_recent_purchase_is_a_first_purchase_and_two_are_repeat_purchases() {
    assertThat(asOf(linBuyingOn(10), day(20)).stage()).isEqualTo(FIRST_PURCHASE);
    assertThat(asOf(linBuyingOn(10, 15), day(20)).path()).containsExactly(
        AuditRecord.entry(EVALUATION, SUBSCRIBED, SUBSCRIBER),
        move(SUBSCRIBER, FIRST_PURCHASE, PURCHASE, day(10)),
        move(FIRST_PURCHASE, REPEAT_PURCHASE, PURCHASE, day(15)));
  }

  @Test
  void purchases_that_keep_a_repeat_customer_in_place_are_in_the_path_and_keep_the_time_entered() {
    CustomerStage lin = asOf(linBuyingOn(10, 15, 30), day(40));

    assertThat(lin.state()).isEqualTo(LifecycleState.of(REPEAT_PURCHASE, day(15)));
    assertThat(lin.path()).last().isEqualTo(move(REPEAT_PURCHASE, REPEAT_PURCHASE, PURCHASE, day(30)));
  }

  @Test
  void a_customer_lapses_at_the_very_instant_the_lapsing_period_runs_out() {
    assertThat(evaluator.evaluate(linBuyingOn(10), day(100).minusSeconds(1)).orElseThrow().stage())
        .isEqualTo(FIRST_PURCHASE);
    CustomerStage lin = asOf(linBuyingOn(10), day(100));

    assertThat(lin.state()).isEqualTo(LifecycleState.of(LAPSING, day(100)));
  }

  @Test
  void a_customer_who_stops_buying_lapses_then_churns_each_when_its_period_runs_out() {
    CustomerStage lin = asOf(linBuyingOn(10), day(400));

    assertThat(lin.path()).containsExactly(
        AuditRecord.entry(EVALUATION, SUBSCRIBED, SUBSCRIBER),
        move(SUBSCRIBER, FIRST_PURCHASE, PURCHASE, day(10)),
        move(FIRST_PURCHASE, LAPSING, LAPSE, day(100)),
        move(LAPSING, CHURNED, CHURN, day(190)));
  }

  @Test
  void a_churned_customer_who_buys_again_is_reactivated_then_a_repeat_customer() {
    CustomerStage reactivated = asOf(linBuyingOn(10, 250), day(260));
    CustomerStage again = asOf(linBuyingOn(10, 250, 255), day(260));

    assertThat(reactivated.path()).containsExactly(
        AuditRecord.entry(EVALUATION, SUBSCRIBED, SUBSCRIBER),
        move(SUBSCRIBER, FIRST_PURCHASE, PURCHASE, day(10)),
        move(FIRST_PURCHASE, LAPSING, LAPSE, day(100)),
        move(LAPSING, CHURNED, CHURN, day(190)),
        move(CHURNED, REACTIVATED, PURCHASE, day(250)));
    assertThat(again.stage()).isEqualTo(REPEAT_PURCHASE);
  }

  @Test
  void a_lapsing_customer_who_buys_before_churning_is_a_repeat_customer_again() {
    assertThat(asOf(linBuyingOn(10, 150), day(160)).path()).endsWith(
        move(FIRST_PURCHASE, LAPSING, LAPSE, day(100)),
        move(LAPSING, REPEAT_PURCHASE, PURCHASE, day(150)));
  }

  @Test
  void time_passes_before_a_purchase_made_at_the_instant_a_period_runs_out() {
    assertThat(asOf(linBuyingOn(10, 100), day(100)).path()).endsWith(
        move(FIRST_PURCHASE, LAPSING, LAPSE, day(100)),
        move(LAPSING, REPEAT_PURCHASE, PURCHASE, day(100)));
    assertThat(asOf(linBuyingOn(10, 190), day(190)).path()).endsWith(
        move(LAPSING, CHURNED, CHURN, day(190)),
        move(CHURNED, REACTIVATED, PURCHASE, day(190)));
  }

  @Test
  void two_purchases_at_one_instant_count_twice() {
    assertThat(asOf(linBuyingOn(10, 10), day(10)).stage()).isEqualTo(REPEAT_PURCHASE);
  }

  @Test
  void purchases_after_the_as_of_instant_are_ignored_and_their_order_does_not_matter() {
    CustomerStage inOrder = asOf(linBuyingOn(10, 50, 300), day(200));

    assertThat(asOf(linBuyingOn(300, 50, 10), day(200))).isEqualTo(inOrder);
    assertThat(asOf(linBuyingOn(10, 50), day(200))).isEqualTo(inOrder);
    assertThat(inOrder.stage()).isEqualTo(LAPSING);
  }

  @Test
  void a_customer_who_bought_before_subscribing_enters_at_the_first_purchase() {
    CustomerPurchases guest = CustomerPurchases.of(LIN, day(30), List.of(day(10)));

    assertThat(asOf(guest, day(20)).path()).containsExactly(
        AuditRecord.entry(EVALUATION, day(10), SUBSCRIBER),
        move(SUBSCRIBER, FIRST_PURCHASE, PURCHASE, day(10)));
  }

  @Test
  void a_customer_not_yet_subscribed_at_the_as_of_instant_is_not_in_the_lifecycle() {
    assertThat(evaluator.evaluate(CustomerPurchases.of(LIN, day(30), List.of(day(40))), day(20))).isEmpty();
  }

  @Test
  void a_customer_base_is_evaluated_in_order_leaving_out_customers_not_there_yet() {
    CustomerPurchases ann = CustomerPurchases.of(ContactId.of("con-ann"), SUBSCRIBED, List.of(day(5)));
    CustomerPurchases bob = CustomerPurchases.of(ContactId.of("con-bob"), day(500), List.of());
    CustomerPurchases cyd = CustomerPurchases.of(ContactId.of("con-cyd"), SUBSCRIBED, List.of(day(1), day(2)));

    List<CustomerStage> base = evaluator.evaluate(List.of(ann, bob, cyd), day(50));

    assertThat(base).extracting(CustomerStage::customer).containsExactly(ann.customer(), cyd.customer());
    assertThat(base).extracting(CustomerStage::stage).containsExactly(FIRST_PURCHASE, REPEAT_PURCHASE);
    assertThat(base.get(0)).isEqualTo(asOf(ann, day(50)));
  }

  @Test
  void the_path_gives_the_time_spent_in_each_stage() {
    CustomerStage lin = asOf(linBuyingOn(10), day(400));

    TimeInStage time = TimeInStage.of(lin.path(), day(400));

    assertThat(time.in(SUBSCRIBER)).isEqualTo(Duration.ofDays(10));
    assertThat(time.in(FIRST_PURCHASE)).isEqualTo(Duration.ofDays(90));
    assertThat(time.in(LAPSING)).isEqualTo(Duration.ofDays(90));
    assertThat(time.in(CHURNED)).isEqualTo(Duration.ofDays(210));
  }

  @Test
  void options_set_when_customers_lapse_and_churn() {
    B2cCustomerEvaluator quick = B2cCustomerEvaluator.of(new B2cCustomerOptions(30, 60));

    assertThat(quick.evaluate(linBuyingOn(10), day(45)).orElseThrow().stage()).isEqualTo(LAPSING);
    assertThat(quick.evaluate(linBuyingOn(10), day(70)).orElseThrow().stage()).isEqualTo(CHURNED);
    assertThat(quick.definition()).isEqualTo(B2cCustomerLifecycle.definition(new B2cCustomerOptions(30, 60)));
  }

  @Test
  void a_missing_purchase_is_refused_naming_its_place() {
    List<Instant> purchases = new ArrayList<>();
    purchases.add(day(1));
    purchases.add(null);

    assertRejected("customerPurchases.purchases[1]", "required", () -> CustomerPurchases.of(LIN, SUBSCRIBED, purchases));
    assertRejected("customers[1]", "required", () -> evaluator.evaluate(Arrays.asList(linBuyingOn(), null), day(1)));
  }

  @Test
  void a_customer_stage_ends_its_path_in_its_stage() {
    assertRejected("customerStage.path", "inconsistent", () -> new CustomerStage(
        LIN, LifecycleState.of(LAPSING, SUBSCRIBED), List.of(AuditRecord.entry(EVALUATION, SUBSCRIBED, SUBSCRIBER))));
    assertRejected("customerStage.path", "required",
        () -> new CustomerStage(LIN, LifecycleState.of(LAPSING, SUBSCRIBED), List.of()));
  }
}
