package io.crmkit.scoring.dataset;

import io.crmkit.core.CrmValidationException;

/**
 * One value of a lead's feature: a number or a category. A missing value is no value at all (the
 * feature is absent from the lead's {@link LeadFacts}).
 */
public sealed interface FeatureValue {

  /** The value as text: the category, or the number in its shortest form ({@code 3} for 3.0). */
  String text();

  /** Makes a number. */
  static Numeric of(double number) {
    return new Numeric(number);
  }

  /** Makes a category. */
  static Category of(String category) {
    return new Category(category);
  }

  /**
   * A numeric value, such as a number of employees or of website visits.
   *
   * @param value a finite number
   */
  record Numeric(double value) implements FeatureValue {
    /**
     * Checks the number.
     *
     * @throws CrmValidationException when the number is NaN or infinite (rule {@code finite})
     */
    public Numeric {
      if (!Double.isFinite(value)) {
        throw CrmValidationException.of("lead.value", "finite", value, "a number must be finite");
      }
      value = value == 0.0 ? 0.0 : value; // -0.0 and 0.0 are the same value
    }

    @Override
    public String text() {
      return shortest(value);
    }

    /** The number in its shortest form: {@code 3} for 3.0, {@code 2.5} for 2.5. */
    static String shortest(double value) {
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return Double.toString(value);
    }
  }

  /**
   * A categorical value, such as an industry, a lead source or a country.
   *
   * @param value the category, stripped of surrounding white space, never blank
   */
  record Category(String value) implements FeatureValue {
    /**
     * Checks and strips the category.
     *
     * @throws CrmValidationException when the category is missing or blank (rule {@code required})
     */
    public Category {
      value = CrmValidationException.requiredText("lead.value", value).strip();
    }

    @Override
    public String text() {
      return value;
    }
  }
}
