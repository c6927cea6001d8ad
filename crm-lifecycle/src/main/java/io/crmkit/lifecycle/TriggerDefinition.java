package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.internal.Names;

/**
 * A trigger of a lifecycle as its definition declares it: a request to move a record, such as
 * {@code qualify}, {@code mark as won} or {@code reopen}. Transitions say where it leads from each
 * stage.
 *
 * @param name the trigger's name, by which transitions, callers and JSON refer to it
 * @param label the trigger's name as people read it, white space folded, case kept
 */
public record TriggerDefinition(TriggerName name, String label) {
  /** Checks the trigger and folds the label. */
  public TriggerDefinition {
    CrmValidationException.required("trigger.name", name);
    label = Names.label("trigger.label", label);
  }

  /** A trigger named by its label. */
  public static TriggerDefinition of(String label) {
    return new TriggerDefinition(TriggerName.of(label), label);
  }

  @Override
  public String toString() {
    return label;
  }
}
