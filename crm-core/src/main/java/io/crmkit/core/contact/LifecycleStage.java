package io.crmkit.core.contact;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;

/**
 * Where a contact stands in the relationship: subscriber, lead, MQL and so on. Lifecycles are
 * configurable in crm-lifecycle; the constants are the common B2B and B2C stages.
 *
 * @param name the stage's name, white space folded
 */
public record LifecycleStage(String name) {
  /** Signed up for content; not yet a lead. */
  public static final LifecycleStage SUBSCRIBER = new LifecycleStage("Subscriber");
  /** A prospect who showed interest. */
  public static final LifecycleStage LEAD = new LifecycleStage("Lead");
  /** Marketing-qualified lead. */
  public static final LifecycleStage MQL = new LifecycleStage("MQL");
  /** Sales-accepted lead. */
  public static final LifecycleStage SAL = new LifecycleStage("SAL");
  /** Sales-qualified lead. */
  public static final LifecycleStage SQL = new LifecycleStage("SQL");
  /** Has an open opportunity. */
  public static final LifecycleStage OPPORTUNITY = new LifecycleStage("Opportunity");
  /** Has bought. */
  public static final LifecycleStage CUSTOMER = new LifecycleStage("Customer");
  /** A customer who recommends. */
  public static final LifecycleStage EVANGELIST = new LifecycleStage("Evangelist");

  /** Checks and folds the name. */
  public LifecycleStage {
    name = Texts.fold(CrmValidationException.requiredText("lifecycleStage", name));
  }

  /** Makes a stage by name. */
  public static LifecycleStage of(String name) {
    return new LifecycleStage(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
