package io.crmkit.lifecycle;

import io.crmkit.lifecycle.internal.Names;

/**
 * The name of a business event that a transition declares, such as {@code deal won} or {@code became customer}: stable for subscribers when stages are renamed.
 *
 * <p>Names are compared in canonical form: white space stripped and every run of it folded to one
 * space, letters lower-cased with Unicode's simple, locale-independent mapping. So
 * {@code EventName.of(" Deal  Won ")} equals {@code EventName.of("deal won")}; the value is
 * {@code "deal won"}.
 *
 * @param value the name in canonical form
 */
public record EventName(String value) {
  /**
   * Checks the name and puts it in canonical form.
   *
   * @throws io.crmkit.core.CrmValidationException field {@code eventName}: rule {@code required} when
   *     blank, {@code length} past 200 characters, {@code invalid} with a control character
   */
  public EventName {
    value = Names.canonical("eventName", value);
  }

  /** Makes the name of an event. */
  public static EventName of(String name) {
    return new EventName(name);
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
