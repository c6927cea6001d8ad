package io.crmkit.lifecycle;

import io.crmkit.lifecycle.internal.Names;

/**
 * The id of an {@link ExitCriterion}: the name by which a definition, written in Java or in JSON, refers to it, such as {@code budget known}.
 *
 * <p>Names are compared in canonical form: white space stripped and every run of it folded to one
 * space, letters lower-cased with Unicode's simple, locale-independent mapping. So
 * {@code CriterionId.of(" Budget  Known ")} equals {@code CriterionId.of("budget known")}; the value
 * is {@code "budget known"}. The ids starting with {@code lifecycle.} name the engine's own rules.
 *
 * @param value the name in canonical form
 */
public record CriterionId(String value) {
  /** The engine's own rule that the trigger leads out of the record's stage. */
  public static final CriterionId TRIGGER_LEADS_OUT = new CriterionId("lifecycle.trigger leads out");

  /** The engine's own rule that an automatic move never takes a record back to a lower rank. */
  public static final CriterionId NO_AUTOMATIC_MOVE_BACK = new CriterionId("lifecycle.no automatic move back");

  /** The engine's own rule that a person who moves a record back gives a reason. */
  public static final CriterionId REASON_FOR_MOVE_BACK = new CriterionId("lifecycle.reason for move back");

  /**
   * Checks the name and puts it in canonical form.
   *
   * @throws io.crmkit.core.CrmValidationException field {@code criterionId}: rule {@code required} when
   *     blank, {@code length} past 200 characters, {@code invalid} with a control character
   */
  public CriterionId {
    value = Names.canonical("criterionId", value);
  }

  /** Makes a criterion's id. */
  public static CriterionId of(String name) {
    return new CriterionId(name);
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
