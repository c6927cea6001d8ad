package io.crmkit.analytics.clv;

import io.crmkit.core.CrmValidationException;

/** The refusal of mixed time units, shared by every CLV type. */
public final class Units {
  private Units() {}

  /**
   * Checks that {@code given} is {@code expected}.
   *
   * @param field the field whose unit is checked; the refusal names {@code <field>.unit}
   * @throws CrmValidationException with rule {@code sameUnit} when they differ
   */
  public static void requireSame(String field, ModelTimeUnit expected, ModelTimeUnit given) {
    CrmValidationException.required(field + ".unit", given);
    if (expected != given) {
      throw CrmValidationException.of(field + ".unit", "sameUnit", given.label(),
          "the model counts time in " + expected.label() + "s; give " + field + " in " + expected.label()
              + "s too (units are never converted silently)");
    }
  }
}
