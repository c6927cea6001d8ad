package io.crmkit.lifecycle.shipped;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.CriterionRegistry;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TriggerName;
import java.util.List;

/**
 * The B2C customer lifecycle, driven by purchases and by time passing without one: a subscriber
 * makes a first purchase, then repeat purchases; a customer who buys nothing for the lapsing period
 * is lapsing, and for the churn period has churned; a churned customer who buys again is
 * reactivated.
 *
 * <pre>
 * Subscriber(1) -purchase-> First purchase(2) -purchase-> Repeat purchase(3) -purchase-> Repeat purchase
 *   First purchase, Repeat purchase, Reactivated -lapse-> Lapsing(3) -churn-> Churned(3)
 *   Lapsing -purchase-> Repeat purchase;  Churned -purchase-> Reactivated(3) -purchase-> Repeat purchase
 * </pre>
 *
 * <p>Exit criteria (ids in quotes): every {@code purchase} needs "{@value #PURCHASE_MADE_ID}" (the
 * record's last purchase is at its as-of instant; {@code no purchase is made at 2026-03-02T09:00:00Z});
 * {@code lapse} needs "{@value #LAPSING_PERIOD_PASSED_ID}" and {@code churn}
 * "{@value #CHURN_PERIOD_PASSED_ID}" (no purchase for the period; {@code the last purchase was 40
 * days ago; a customer lapses after 90 days without a purchase}).
 *
 * <p>Every move is automatic. The customer stages share one rank, so an automation may move a
 * customer around the cycle of buying, lapsing and coming back; a customer never returns to
 * Subscriber or First purchase, and leaves Churned only by the declared reactivation.
 *
 * <p>{@link B2cCustomerEvaluator} works out, for a whole customer base, each customer's stage and
 * path as of an instant from their purchases. The definition with the default options ships as the
 * resource {@value #JSON_RESOURCE} ({@link #shippedJson()}), read with
 * {@link #criteria(B2cCustomerOptions)}.
 */
public final class B2cCustomerLifecycle {
  /** The lifecycle's name. */
  public static final String NAME = "B2C customer";
  /** The class-path resource of the definition with the default options. */
  public static final String JSON_RESOURCE = "/io/crmkit/lifecycle/shipped/b2c-customer.json";

  /** Signed up, bought nothing yet; the entry stage. */
  public static final StageName SUBSCRIBER = StageName.of("Subscriber");
  /** Bought once, recently. */
  public static final StageName FIRST_PURCHASE = StageName.of("First purchase");
  /** Bought more than once, recently. */
  public static final StageName REPEAT_PURCHASE = StageName.of("Repeat purchase");
  /** Bought nothing for the lapsing period. */
  public static final StageName LAPSING = StageName.of("Lapsing");
  /** Bought nothing for the churn period. */
  public static final StageName CHURNED = StageName.of("Churned");
  /** Bought again after having churned. */
  public static final StageName REACTIVATED = StageName.of("Reactivated");

  /** The customer made a purchase. */
  public static final TriggerName PURCHASE = TriggerName.of("purchase");
  /** The lapsing period passed without a purchase. */
  public static final TriggerName LAPSE = TriggerName.of("lapse");
  /** The churn period passed without a purchase. */
  public static final TriggerName CHURN = TriggerName.of("churn");

  /** The id of the criterion that a purchase is made at the time of the move. */
  public static final String PURCHASE_MADE_ID = "purchase made";
  /** The id of the criterion that the lapsing period passed without a purchase. */
  public static final String LAPSING_PERIOD_PASSED_ID = "lapsing period passed";
  /** The id of the criterion that the churn period passed without a purchase. */
  public static final String CHURN_PERIOD_PASSED_ID = "churn period passed";

  /** The code of a violation: no purchase is made at the time of the move. */
  public static final String PURCHASE_MISSING = "purchase_missing";
  /** The code of a violation: the last purchase is too recent for the customer to lapse or churn. */
  public static final String RECENT_PURCHASE = "recent_purchase";

  /** The customer stages, in the order of the lifecycle. */
  public static final List<StageName> STAGES =
      List.of(SUBSCRIBER, FIRST_PURCHASE, REPEAT_PURCHASE, LAPSING, CHURNED, REACTIVATED);

  private static final ExitCriterion<PurchaseActivity> PURCHASE_MADE =
      new B2cCriteria.PurchaseMade(CriterionId.of(PURCHASE_MADE_ID));

  private B2cCustomerLifecycle() {}

  /** The lifecycle with the {@linkplain B2cCustomerOptions#defaults() default options}. */
  public static LifecycleDefinition<PurchaseActivity> definition() {
    return Default.DEFINITION;
  }

  /** The lifecycle with the given options. */
  public static LifecycleDefinition<PurchaseActivity> definition(B2cCustomerOptions options) {
    CrmValidationException.required("options", options);
    return LifecycleDefinition.builder(NAME, criteria(options))
        .stage("Subscriber", 1, s -> s.entry())
        .stage("First purchase", 2)
        .stage("Repeat purchase", 3)
        .stage("Lapsing", 3)
        .stage("Churned", 3)
        .stage("Reactivated", 3)
        .triggers("purchase", "lapse", "churn")
        .transition("purchase", "Subscriber", "First purchase", t -> t
            .requires(PURCHASE_MADE_ID)
            .emits("first purchase made"))
        .transition("purchase", t -> t
            .from("First purchase", "Repeat purchase", "Lapsing", "Reactivated")
            .to("Repeat purchase")
            .requires(PURCHASE_MADE_ID))
        .transition("purchase", "Churned", "Reactivated", t -> t
            .requires(PURCHASE_MADE_ID)
            .emits("customer reactivated"))
        .transition("lapse", t -> t
            .from("First purchase", "Repeat purchase", "Reactivated")
            .to("Lapsing")
            .requires(LAPSING_PERIOD_PASSED_ID)
            .emits("customer lapsing"))
        .transition("churn", "Lapsing", "Churned", t -> t
            .requires(CHURN_PERIOD_PASSED_ID)
            .emits("customer churned"))
        .build();
  }

  /**
   * The exit criteria of the lifecycle with these options, by id: to read a definition from JSON
   * with {@link io.crmkit.lifecycle.json.LifecycleJson#read(String, CriterionRegistry)}. Registries
   * made from equal options hold equal criteria.
   */
  public static CriterionRegistry<PurchaseActivity> criteria(B2cCustomerOptions options) {
    CrmValidationException.required("options", options);
    return CriterionRegistry.of(
        PURCHASE_MADE,
        new B2cCriteria.NoPurchaseFor(CriterionId.of(LAPSING_PERIOD_PASSED_ID), options.lapsingAfterDays(), "lapses"),
        new B2cCriteria.NoPurchaseFor(CriterionId.of(CHURN_PERIOD_PASSED_ID), options.churnedAfterDays(), "churns"));
  }

  /** The text of the shipped JSON definition, {@value #JSON_RESOURCE}: the lifecycle with the default options. */
  public static String shippedJson() {
    return ShippedResources.text(JSON_RESOURCE);
  }

  /** The definition with the default options, made when first asked for. */
  private static final class Default {
    static final LifecycleDefinition<PurchaseActivity> DEFINITION = definition(B2cCustomerOptions.defaults());
  }
}
