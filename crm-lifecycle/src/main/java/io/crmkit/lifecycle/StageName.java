package io.crmkit.lifecycle;

import io.crmkit.lifecycle.internal.Names;

/**
 * The name of a stage of a lifecycle, such as {@code mql} or {@code closed won}.
 *
 * <p>Names are compared in canonical form: white space stripped and every run of it folded to one
 * space, letters lower-cased with Unicode's simple, locale-independent mapping. So
 * {@code StageName.of(" Closed  Won ")} equals {@code StageName.of("closed won")}; the value is
 * {@code "closed won"}.
 *
 * @param value the name in canonical form
 */
public record StageName(String value) {
  /**
   * Checks the name and puts it in canonical form.
   *
   * @throws io.crmkit.core.CrmValidationException field {@code stageName}: rule {@code required} when
   *     blank, {@code length} past 200 characters, {@code invalid} with a control character
   */
  public StageName {
    value = Names.canonical("stageName", value);
  }

  /** Makes the name of a stage. */
  public static StageName of(String name) {
    return new StageName(name);
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
