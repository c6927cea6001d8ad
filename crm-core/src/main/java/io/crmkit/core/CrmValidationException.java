package io.crmkit.core;

import io.crmkit.core.internal.Texts;
import java.util.Objects;

/**
 * Bad input refused when a value, aggregate or request is made: names the field, the rule it broke
 * and the value it was given.
 *
 * <p>Thrown for malformed input only. Expected business refusals (unmet exit criteria, a denied
 * consent) are results, never this exception.
 */
public final class CrmValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_SHOWN = 80;

  private final String field;
  private final String rule;
  private final String rejectedValue;

  private CrmValidationException(String field, String rule, String rejectedValue, String detail) {
    super(message(field, rule, rejectedValue, detail));
    this.field = field;
    this.rule = rule;
    this.rejectedValue = rejectedValue;
  }

  /**
   * The refusal of a record built without a required field, for the builders Immutables generates
   * from crmkit's types ({@link CrmStyle}): they pass the message "Cannot build Contact, some of
   * required attributes are not set [id, createdAt]", which becomes field {@code contact.id} (the
   * first missing one), rule {@code required}, and the whole list in the message. Host code uses
   * {@link #of}.
   *
   * @param builderMessage the generated builder's message
   */
  public CrmValidationException(String builderMessage) {
    this(MissingFields.field(builderMessage), "required", "null", builderMessage);
  }

  /**
   * Makes the exception for one field.
   *
   * @param field the field as a user names it, dotted for nested fields ({@code "contact.email"})
   * @param rule a short rule code, such as {@code "required"}, {@code "invalid"}, {@code "range"}
   * @param rejectedValue the value given, or {@code null} when none was given
   */
  public static CrmValidationException of(String field, String rule, Object rejectedValue) {
    return new CrmValidationException(field, rule, String.valueOf(rejectedValue), "");
  }

  /** Makes the exception with a sentence that explains the rule to a person. */
  public static CrmValidationException of(
      String field, String rule, Object rejectedValue, String detail) {
    return new CrmValidationException(field, rule, String.valueOf(rejectedValue), detail);
  }

  /** Fails with rule {@code required} when {@code value} is null; returns it otherwise. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw of(field, "required", null, "a value is required");
    }
    return value;
  }

  /**
   * Fails with rule {@code required} when the text is null or blank; returns it stripped. Blank and
   * stripped count the Unicode spaces too (a no-break space is as blank as a space).
   */
  public static String requiredText(String field, String value) {
    if (value == null || Texts.isBlank(value)) {
      throw of(field, "required", value, "a non-blank text is required");
    }
    return Texts.strip(value);
  }

  /** The field that was refused. */
  public String field() {
    return field;
  }

  /** The rule it broke. */
  public String rule() {
    return rule;
  }

  /** The value that was refused, as text ({@code "null"} when none was given). */
  public String rejectedValue() {
    return rejectedValue;
  }

  private static String message(String field, String rule, String value, String detail) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    String shown = value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "..." : value;
    String base = field + ": " + rule + " (was '" + shown + "')";
    return detail == null || detail.isEmpty() ? base : base + ": " + detail;
  }
}
