package io.crmkit.lifecycle;

import io.crmkit.lifecycle.internal.Names;

/**
 * The name of a trigger, the request to move a record out of its stage, such as {@code qualify} or {@code mark as won}.
 *
 * <p>Names are compared in canonical form: white space stripped and every run of it folded to one
 * space, letters lower-cased with Unicode's simple, locale-independent mapping. So
 * {@code TriggerName.of(" Mark as  Won ")} equals {@code TriggerName.of("mark as won")}; the value is
 * {@code "mark as won"}.
 *
 * @param value the name in canonical form
 */
public record TriggerName(String value) {
  /**
   * Checks the name and puts it in canonical form.
   *
   * @throws io.crmkit.core.CrmValidationException field {@code triggerName}: rule {@code required} when
   *     blank, {@code length} past 200 characters, {@code invalid} with a control character
   */
  public TriggerName {
    value = Names.canonical("triggerName", value);
  }

  /** Makes the name of a trigger. */
  public static TriggerName of(String name) {
    return new TriggerName(name);
  }

  /** Whether {@code text}, put in canonical form, is this name; allocates nothing. */
  public boolean matches(CharSequence text) {
    return Names.matches(value, text);
  }

  @Override
  public String toString() {
    return value;
  }
}
