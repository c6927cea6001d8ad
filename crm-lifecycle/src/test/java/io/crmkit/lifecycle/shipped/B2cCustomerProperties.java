package io.crmkit.lifecycle.shipped;

import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.CHURNED;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.FIRST_PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.LAPSING;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.REACTIVATED;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.REPEAT_PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.SUBSCRIBER;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.ContactId;
import io.crmkit.lifecycle.AuditRecord;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TimeInStage;
import io.crmkit.lifecycle.Transition;
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

/**
 * The B2C evaluator's invariants over random purchase histories, as-of instants and periods: a
 * customer's stage is a function of their purchases up to the as-of instant and of that instant, a
 * purchase at the as-of instant never leaves a customer lapsing or churned, and the path keeps to
 * the declared lifecycle, never going back and leaving Churned only by reactivation.
 */
class B2cCustomerProperties {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final ContactId LIN = ContactId.of("con-lin");

  /** A customer's history and the instant to evaluate it at. */
  record History(B2cCustomerOptions options, Instant subscribedAt, List<Instant> purchases, Instant asOf) {
    CustomerPurchases customer() {
      return CustomerPurchases.of(LIN, subscribedAt, purchases);
    }

    CustomerStage evaluated() {
      return B2cCustomerEvaluator.of(options).evaluate(customer(), asOf).orElseThrow();
    }
  }

  @Provide
  Arbitrary<History> histories() {
    Arbitrary<B2cCustomerOptions> options = Arbitraries.integers().between(1, 120).flatMap(lapse ->
        Arbitraries.integers().between(lapse + 1, 400).map(churn -> new B2cCustomerOptions(lapse, churn)));
    // purchases in bursts and gaps: whole days apart (so that periods run out exactly at purchases), or hours
    Arbitrary<Instant> instants = Arbitraries.oneOf(
        Arbitraries.longs().between(0, 1_000).map(days -> START.plus(Duration.ofDays(days))),
        Arbitraries.longs().between(0, 24_000).map(hours -> START.plus(Duration.ofHours(hours))));
    return Combinators.combine(options, instants, instants.list().ofMaxSize(12), instants)
        .as((o, subscribed, purchases, asOf) -> new History(o, subscribed.isAfter(asOf) ? asOf : subscribed, purchases, asOf));
  }

  @Property
  void a_customers_stage_is_the_function_of_their_purchases_and_the_as_of_instant(@ForAll("histories") History history) {
    assertThat(history.evaluated().stage()).isEqualTo(expectedStage(history.purchases(), history.asOf(), history.options()));
  }

  @Property
  void the_order_of_the_purchases_and_those_after_the_as_of_instant_do_not_matter(
      @ForAll("histories") History history, @ForAll Random random) {
    List<Instant> shuffled = new ArrayList<>(history.purchases());
    Collections.shuffle(shuffled, random);
    shuffled.add(history.asOf().plusSeconds(1));
    shuffled.add(history.asOf().plus(Duration.ofDays(400)));

    History other = new History(history.options(), history.subscribedAt(), shuffled, history.asOf());

    assertThat(other.evaluated()).isEqualTo(history.evaluated());
  }

  @Property
  void a_purchase_at_the_as_of_instant_never_leaves_a_customer_lapsing_or_churned(@ForAll("histories") History history) {
    List<Instant> more = new ArrayList<>(history.purchases());
    more.add(history.asOf());

    StageName stage = new History(history.options(), history.subscribedAt(), more, history.asOf()).evaluated().stage();

    assertThat(stage).isIn(FIRST_PURCHASE, REPEAT_PURCHASE, REACTIVATED);
  }

  @Property
  void the_path_takes_declared_transitions_by_the_evaluation_never_backwards_and_leaves_churned_only_by_reactivation(
      @ForAll("histories") History history) {
    LifecycleDefinition<PurchaseActivity> lifecycle = B2cCustomerLifecycle.definition(history.options());
    List<AuditRecord> path = history.evaluated().path();

    assertThat(path.get(0).isEntry()).isTrue();
    assertThat(path.get(0).to()).isEqualTo(SUBSCRIBER);
    for (AuditRecord move : path.subList(1, path.size())) {
      StageName from = move.from().orElseThrow();
      assertThat(declared(lifecycle, from, move)).as("%s", move).isTrue();
      assertThat(move.actor()).isEqualTo(B2cCustomerEvaluator.EVALUATION);
      assertThat(lifecycle.isBackward(from, move.to())).isFalse();
      assertThat(move.to()).isNotIn(SUBSCRIBER);
      if (!from.equals(SUBSCRIBER)) {
        assertThat(move.to()).isNotEqualTo(FIRST_PURCHASE);
      }
      if (from.equals(CHURNED)) {
        assertThat(move.to()).isEqualTo(REACTIVATED);
        assertThat(move.trigger()).contains(PURCHASE);
      }
    }
  }

  @Property
  void every_purchase_up_to_the_as_of_instant_is_one_move_and_the_time_in_stages_adds_up(
      @ForAll("histories") History history) {
    List<AuditRecord> path = history.evaluated().path();

    long purchases = history.purchases().stream().filter(p -> !p.isAfter(history.asOf())).count();
    assertThat(path.stream().filter(r -> r.trigger().filter(PURCHASE::equals).isPresent()).count()).isEqualTo(purchases);
    Instant entered = path.get(0).at();
    assertThat(TimeInStage.of(path, history.asOf()).total()).isEqualTo(Duration.between(entered, history.asOf()));
  }

  /** The stage worked out directly from the definitions of the stages: the oracle the evaluator must agree with. */
  static StageName expectedStage(List<Instant> purchases, Instant asOf, B2cCustomerOptions options) {
    List<Instant> bought = purchases.stream().filter(p -> !p.isAfter(asOf)).sorted().toList();
    if (bought.isEmpty()) {
      return SUBSCRIBER;
    }
    Instant last = bought.get(bought.size() - 1);
    Duration quiet = Duration.between(last, asOf);
    if (quiet.compareTo(options.churnPeriod()) >= 0) {
      return CHURNED;
    }
    if (quiet.compareTo(options.lapsingPeriod()) >= 0) {
      return LAPSING;
    }
    if (bought.size() == 1) {
      return FIRST_PURCHASE;
    }
    Instant before = bought.get(bought.size() - 2);
    return Duration.between(before, last).compareTo(options.churnPeriod()) >= 0 ? REACTIVATED : REPEAT_PURCHASE;
  }

  private static boolean declared(LifecycleDefinition<PurchaseActivity> lifecycle, StageName from, AuditRecord move) {
    for (Transition<PurchaseActivity> transition : lifecycle.transitions()) {
      if (transition.trigger().equals(move.trigger().orElseThrow())
          && transition.from().contains(from)
          && transition.to().equals(move.to())) {
        return true;
      }
    }
    return false;
  }
}
