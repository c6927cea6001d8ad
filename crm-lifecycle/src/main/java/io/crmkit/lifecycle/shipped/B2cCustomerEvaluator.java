package io.crmkit.lifecycle.shipped;

import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.CHURN;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.FIRST_PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.LAPSE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.LAPSING;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.REACTIVATED;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.REPEAT_PURCHASE;
import static io.crmkit.lifecycle.shipped.B2cCustomerLifecycle.SUBSCRIBER;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.AuditRecord;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.LifecycleStart;
import io.crmkit.lifecycle.LifecycleState;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Works out where B2C customers stand as of an instant, from their purchases: each customer's
 * stage in the {@link B2cCustomerLifecycle} and the audited path that led there.
 *
 * <p>The evaluator replays each customer's history through one shared definition: the customer
 * enters as a subscriber, each purchase fires {@code purchase} at its instant, and when a period
 * without a purchase runs out before the next purchase (or before the as-of instant) {@code lapse}
 * or {@code churn} fires at the instant it ran out. Time passes before purchases: a purchase made
 * at the very instant a period runs out finds the customer lapsing (or churned). Every move is made
 * by the automation {@link #EVALUATION} and checked by the definition's exit criteria.
 *
 * <p>The result is a pure function of the purchases up to the as-of instant and of that instant:
 * the order of the purchases does not matter, and purchases after it are ignored. A customer who
 * subscribed after the as-of instant and bought nothing before it is not in the lifecycle yet.
 * Immutable and thread-safe; one definition serves every customer, none is made per customer.
 *
 * <pre>{@code
 * B2cCustomerEvaluator evaluator = B2cCustomerEvaluator.of(B2cCustomerOptions.defaults());
 * List<CustomerStage> base = evaluator.evaluate(customers, Instant.parse("2026-07-01T00:00:00Z"));
 * }</pre>
 */
public final class B2cCustomerEvaluator {
  /** The automation that makes the evaluator's moves. */
  public static final Actor EVALUATION = Actor.automation("b2c customer evaluation");

  private final LifecycleDefinition<PurchaseActivity> definition;
  private final Duration lapsingPeriod;
  private final Duration churnPeriod;

  private B2cCustomerEvaluator(B2cCustomerOptions options) {
    this.definition = B2cCustomerLifecycle.definition(options);
    this.lapsingPeriod = options.lapsingPeriod();
    this.churnPeriod = options.churnPeriod();
  }

  /** An evaluator with the given options. */
  public static B2cCustomerEvaluator of(B2cCustomerOptions options) {
    return new B2cCustomerEvaluator(CrmValidationException.required("options", options));
  }

  /** The definition the evaluator replays histories through. */
  public LifecycleDefinition<PurchaseActivity> definition() {
    return definition;
  }

  /**
   * Where a customer stands as of an instant.
   *
   * @return the customer's stage and path; empty when the customer had neither subscribed nor
   *     bought by {@code asOf}
   */
  public Optional<CustomerStage> evaluate(CustomerPurchases customer, Instant asOf) {
    CrmValidationException.required("customer", customer);
    CrmValidationException.required("asOf", asOf);
    Instant[] bought = purchasesUpTo(customer.purchases(), asOf);
    Instant entry = customer.subscribedAt();
    if (bought.length > 0 && bought[0].isBefore(entry)) {
      entry = bought[0];
    }
    if (entry.isAfter(asOf)) {
      return Optional.empty();
    }
    Replay replay = new Replay(definition.start(SUBSCRIBER, entry, EVALUATION));
    for (Instant purchase : bought) {
      replay.timePasses(purchase);
      replay.purchaseAt(purchase);
    }
    replay.timePasses(asOf);
    return Optional.of(new CustomerStage(customer.customer(), replay.state, replay.path));
  }

  /**
   * Where each customer of a base stands as of an instant, in the order given; customers not in
   * the lifecycle yet at {@code asOf} are left out.
   */
  public List<CustomerStage> evaluate(Collection<CustomerPurchases> customers, Instant asOf) {
    CrmValidationException.required("customers", customers);
    CrmValidationException.required("asOf", asOf);
    List<CustomerStage> stages = new ArrayList<>(customers.size());
    int i = 0;
    for (CustomerPurchases customer : customers) {
      evaluate(CrmValidationException.required("customers[" + i + "]", customer), asOf).ifPresent(stages::add);
      i++;
    }
    return List.copyOf(stages);
  }

  private static Instant[] purchasesUpTo(List<Instant> purchases, Instant asOf) {
    Instant[] bought = new Instant[purchases.size()];
    int n = 0;
    for (int i = 0, size = purchases.size(); i < size; i++) {
      Instant purchase = purchases.get(i);
      if (!purchase.isAfter(asOf)) {
        bought[n++] = purchase;
      }
    }
    Instant[] upTo = n == bought.length ? bought : Arrays.copyOf(bought, n);
    Arrays.sort(upTo);
    return upTo;
  }

  /** One customer's history being replayed. */
  private final class Replay {
    LifecycleState state;
    final List<AuditRecord> path = new ArrayList<>();
    PurchaseActivity activity;

    Replay(LifecycleStart start) {
      this.state = start.state();
      this.path.add(start.audit());
      this.activity = PurchaseActivity.none(start.state().enteredAt());
    }

    /** Fires the periods without a purchase that run out up to {@code until}, at the instants they run out. */
    void timePasses(Instant until) {
      if (activity.lastPurchaseAt().isEmpty()) {
        return;
      }
      Instant last = activity.lastPurchaseAt().get();
      StageName stage = state.stage();
      Instant lapsesAt = last.plus(lapsingPeriod);
      if ((stage.equals(FIRST_PURCHASE) || stage.equals(REPEAT_PURCHASE) || stage.equals(REACTIVATED))
          && !lapsesAt.isAfter(until)) {
        move(LAPSE, activity.at(lapsesAt));
      }
      Instant churnsAt = last.plus(churnPeriod);
      if (state.stage().equals(LAPSING) && !churnsAt.isAfter(until)) {
        move(CHURN, activity.at(churnsAt));
      }
    }

    void purchaseAt(Instant at) {
      move(PURCHASE, activity.withPurchaseAt(at));
    }

    private void move(TriggerName trigger, PurchaseActivity seen) {
      TransitionResult result = definition.transition(state, trigger, seen, seen.asOf(), EVALUATION);
      if (!(result instanceof TransitionResult.Accepted accepted)) {
        throw new IllegalStateException(
            "the B2C lifecycle refused '" + trigger + "' from '" + state.stage() + "' at " + seen.asOf() + ": "
                + ((TransitionResult.Rejected) result).violations());
      }
      state = accepted.state();
      path.add(accepted.audit());
      activity = seen;
    }
  }
}
