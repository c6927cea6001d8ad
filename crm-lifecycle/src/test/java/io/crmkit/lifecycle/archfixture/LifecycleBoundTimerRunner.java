package io.crmkit.lifecycle.archfixture;

import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.json.LifecycleJson;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;

/**
 * A timer runner that breaks the timer runner rule on purpose: it knows the shipped B2B lifecycle
 * and reads JSON, where it should read only side effects. Only architecture tests import it.
 */
public final class LifecycleBoundTimerRunner {
  /** The lifecycle it is bound to. */
  public LifecycleDefinition<B2bJourney> leads() {
    return B2bLeadLifecycle.definition();
  }

  /** The lifecycle it is bound to, as JSON. */
  public String leadsAsJson() {
    return LifecycleJson.write(B2bLeadLifecycle.definition());
  }
}
