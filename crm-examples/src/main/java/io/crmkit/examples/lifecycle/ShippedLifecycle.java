package io.crmkit.examples.lifecycle;

import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import io.crmkit.lifecycle.shipped.B2cCustomerLifecycle;
import io.crmkit.lifecycle.shipped.OpportunityLifecycle;
import io.crmkit.lifecycle.shipped.SupportCaseLifecycle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The lifecycles crm-lifecycle ships, by the short names the command line uses: {@code b2b-lead},
 * {@code b2c-customer}, {@code opportunity}, {@code support-case}. Each gives its JSON definition
 * (with the default options) and its {@link ReplayContext}.
 */
public enum ShippedLifecycle {
  /** {@link B2bLeadLifecycle}: lead, MQL, SAL, SQL, closed won or lost, onboarding, renewal, expansion. */
  B2B_LEAD("b2b-lead", B2bLeadLifecycle.NAME, B2bLeadLifecycle::shippedJson, ReplayContexts::b2bLead),
  /** {@link B2cCustomerLifecycle}: subscriber, first and repeat purchase, lapsing, churned, reactivated. */
  B2C_CUSTOMER("b2c-customer", B2cCustomerLifecycle.NAME, B2cCustomerLifecycle::shippedJson,
      ReplayContexts::b2cCustomer),
  /** {@link OpportunityLifecycle}: Discovery, Solution fit, Proposal, Commit, Closed won or lost. */
  OPPORTUNITY("opportunity", OpportunityLifecycle.NAME, OpportunityLifecycle::shippedJson,
      ReplayContexts::opportunity),
  /** {@link SupportCaseLifecycle}: new, in progress, waiting on customer, resolved, closed. */
  SUPPORT_CASE("support-case", SupportCaseLifecycle.NAME, SupportCaseLifecycle::shippedJson,
      ReplayContexts::supportCase);

  private final String key;
  private final String lifecycleName;
  private final Supplier<String> json;
  private final Supplier<ReplayContext<?>> context;

  ShippedLifecycle(String key, String lifecycleName, Supplier<String> json, Supplier<ReplayContext<?>> context) {
    this.key = key;
    this.lifecycleName = lifecycleName;
    this.json = json;
    this.context = context;
  }

  /** The short name: {@code b2b-lead}. */
  public String key() {
    return key;
  }

  /** The name the definition gives the lifecycle: {@code B2B lead}. */
  public String lifecycleName() {
    return lifecycleName;
  }

  /** The shipped JSON definition, with the default options. */
  public String shippedJson() {
    return json.get();
  }

  /** The replay context: the criteria by id, with the default options, and the columns of a facts file. */
  public ReplayContext<?> context() {
    return context.get();
  }

  /** The shipped lifecycle with a short name, case ignored. */
  public static Optional<ShippedLifecycle> byKey(String key) {
    String wanted = key.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
  }

  /**
   * The shipped lifecycle a definition's name stands for: its own name ({@code B2B lead}) or its short
   * name ({@code b2b-lead}), case, spaces, hyphens and underscores aside.
   */
  public static Optional<ShippedLifecycle> byLifecycleName(String name) {
    String wanted = loose(name);
    return Arrays.stream(values())
        .filter(s -> loose(s.lifecycleName).equals(wanted) || loose(s.key).equals(wanted))
        .findFirst();
  }

  /** The short names, in order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(ShippedLifecycle::key).toList();
  }

  private static String loose(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
  }

  @Override
  public String toString() {
    return key;
  }
}
