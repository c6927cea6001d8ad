package io.crmkit.core.customfield;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The value of one custom field; its type says which {@link CustomFieldType} it fits. */
public sealed interface CustomFieldValue {

  /** The type of field this value fits. */
  CustomFieldType type();

  /**
   * Text, stripped; never blank (a field without text is a field left out).
   *
   * @param value the text
   */
  record Text(String value) implements CustomFieldValue {
    /** Checks and strips the text. */
    public Text {
      value = CrmValidationException.requiredText("customField.text", value);
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.TEXT;
    }
  }

  /**
   * A number, trailing zeros stripped so that 1.0 equals 1. It is smaller than {@code 10^34} in size
   * and has at most 34 decimal places: enough for any count, amount or score, and a bound on what a
   * CSV export writes out.
   *
   * @param value the number
   */
  record Number(BigDecimal value) implements CustomFieldValue {
    /** The most digits a number has before, and the most it has after, the decimal point. */
    public static final int MAX_DIGITS = 34;

    /**
     * Checks and normalises the number.
     *
     * @throws CrmValidationException with rule {@code required}, {@code range} (10^34 or more in
     *     size) or {@code scale} (more than 34 decimal places)
     */
    public Number {
      CrmValidationException.required("customField.number", value);
      value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
      if ((long) value.precision() - value.scale() > MAX_DIGITS) {
        throw CrmValidationException.of("customField.number", "range", value, "less than 10^34 in size");
      }
      if (value.scale() > MAX_DIGITS) {
        throw CrmValidationException.of("customField.number", "scale", value, "at most 34 decimal places");
      }
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.NUMBER;
    }
  }

  /**
   * A date.
   *
   * @param value the date
   */
  record Date(LocalDate value) implements CustomFieldValue {
    /** Checks the date. */
    public Date {
      CrmValidationException.required("customField.date", value);
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.DATE;
    }
  }

  /**
   * Yes or no.
   *
   * @param value the flag
   */
  record Flag(boolean value) implements CustomFieldValue {
    @Override
    public CustomFieldType type() {
      return CustomFieldType.BOOLEAN;
    }
  }

  /**
   * One option of a picklist, white space folded as the options are.
   *
   * @param value the option chosen
   */
  record Choice(String value) implements CustomFieldValue {
    /** Checks the option and folds its white space. */
    public Choice {
      value = Texts.fold(CrmValidationException.requiredText("customField.choice", value));
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.PICKLIST;
    }
  }

  /** Text value. */
  static CustomFieldValue text(String value) {
    return new Text(value);
  }

  /** Number value. */
  static CustomFieldValue number(BigDecimal value) {
    return new Number(value);
  }

  /** Number value from text such as {@code "12.5"}. */
  static CustomFieldValue number(String value) {
    try {
      return new Number(new BigDecimal(CrmValidationException.requiredText("customField.number", value)));
    } catch (NumberFormatException e) {
      throw CrmValidationException.of("customField.number", "number", value, "not a decimal number");
    }
  }

  /** Date value. */
  static CustomFieldValue date(LocalDate value) {
    return new Date(value);
  }

  /** Boolean value. */
  static CustomFieldValue flag(boolean value) {
    return new Flag(value);
  }

  /** Picklist value. */
  static CustomFieldValue choice(String value) {
    return new Choice(value);
  }
}
