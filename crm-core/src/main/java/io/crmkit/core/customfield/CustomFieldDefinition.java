package io.crmkit.core.customfield;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The definition of one custom field that a host adds to a record type: its API name, label, type,
 * whether it is required, and the rules of its type.
 *
 * <ul>
 *   <li>{@code name}: an API name, {@code [a-z][a-z0-9_]*}, at most 64 characters, as the values in
 *       {@link CustomFields} are keyed;
 *   <li>{@code options}: for {@link CustomFieldType#PICKLIST} only, at least one, white space folded,
 *       distinct ignoring case (so that text input can be matched to one option);
 *   <li>{@code maxLength}: for {@link CustomFieldType#TEXT} only, in characters (Unicode code
 *       points), {@value #DEFAULT_MAX_LENGTH} unless set;
 *   <li>{@code min} and {@code max}: for {@link CustomFieldType#NUMBER} only, inclusive, optional.
 * </ul>
 *
 * <p>A rule that does not fit the type (options on a text field) is refused when the definition is
 * built: it is a mistake in the host's configuration, not something to ignore.
 */
@Value.Immutable
public abstract class CustomFieldDefinition {
  /** The longest text a text field takes unless its definition says otherwise, in characters. */
  public static final int DEFAULT_MAX_LENGTH = 255;

  /** The API name: {@code industry_code}. */
  public abstract String name();

  /** The label people see: {@code Industry code}. */
  public abstract String label();

  /** The kind of value the field holds. */
  public abstract CustomFieldType type();

  /** Whether every record of the type must have a value; {@code false} unless set. */
  @Value.Default
  public boolean required() {
    return false;
  }

  /** The options of a picklist in the order people see them; empty for other types. */
  public abstract List<String> options();

  /** The longest text a text field takes, in characters (Unicode code points). */
  @Value.Default
  public int maxLength() {
    return DEFAULT_MAX_LENGTH;
  }

  /** The smallest number a number field takes, inclusive, if bounded. */
  public abstract Optional<BigDecimal> min();

  /** The largest number a number field takes, inclusive, if bounded. */
  public abstract Optional<BigDecimal> max();

  /** A builder; name, label and type are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CustomFieldDefinition}. */
  public static class Builder extends ImmutableCustomFieldDefinition.Builder {}

  /** An optional text field of at most {@value #DEFAULT_MAX_LENGTH} characters. */
  public static CustomFieldDefinition text(String name, String label) {
    return builder().name(name).label(label).type(CustomFieldType.TEXT).build();
  }

  /** An optional, unbounded number field. */
  public static CustomFieldDefinition number(String name, String label) {
    return builder().name(name).label(label).type(CustomFieldType.NUMBER).build();
  }

  /** An optional date field. */
  public static CustomFieldDefinition date(String name, String label) {
    return builder().name(name).label(label).type(CustomFieldType.DATE).build();
  }

  /** An optional yes-or-no field. */
  public static CustomFieldDefinition flag(String name, String label) {
    return builder().name(name).label(label).type(CustomFieldType.BOOLEAN).build();
  }

  /** An optional picklist with its options in display order. */
  public static CustomFieldDefinition picklist(String name, String label, String... options) {
    return builder().name(name).label(label).type(CustomFieldType.PICKLIST)
        .addOptions(CrmValidationException.required("customField.options", options)).build();
  }

  /**
   * Checks that a value fits this field: its type, and the length, option or range rule of the
   * type. Options are matched exactly; {@link #parse(String)} reads text ignoring case.
   *
   * @return the value
   * @throws CrmValidationException naming {@code customFields.<name>} with rule {@code type},
   *     {@code length}, {@code picklist} or {@code range}
   */
  public CustomFieldValue check(CustomFieldValue value) {
    String field = field();
    CrmValidationException.required(field, value);
    if (value.type() != type()) {
      throw CrmValidationException.of(field, "type", value,
          "a " + type() + " value is required, not " + value.type());
    }
    if (value instanceof CustomFieldValue.Text text) {
      int length = text.value().codePointCount(0, text.value().length());
      if (length > maxLength()) {
        throw CrmValidationException.of(field, "length", text.value(),
            "at most " + maxLength() + " characters, was " + length);
      }
    } else if (value instanceof CustomFieldValue.Choice choice) {
      if (!options().contains(choice.value())) {
        throw CrmValidationException.of(field, "picklist", choice.value(), "one of " + options());
      }
    } else if (value instanceof CustomFieldValue.Number number) {
      if (min().isPresent() && number.value().compareTo(min().get()) < 0) {
        throw CrmValidationException.of(field, "range", number.value().toPlainString(),
            "at least " + min().get().toPlainString());
      }
      if (max().isPresent() && number.value().compareTo(max().get()) > 0) {
        throw CrmValidationException.of(field, "range", number.value().toPlainString(),
            "at most " + max().get().toPlainString());
      }
    }
    return value;
  }

  /**
   * Reads text input, such as a CSV cell or a form field, into a value of this field, checked as
   * {@link #check(CustomFieldValue)} does.
   *
   * <ul>
   *   <li>{@code TEXT}: the text stripped;
   *   <li>{@code NUMBER}: a decimal number with a point and no grouping, as {@link BigDecimal}
   *       reads it ({@code 12.5}, {@code -3}, {@code 1E6});
   *   <li>{@code DATE}: an ISO date, {@code 2026-03-31};
   *   <li>{@code BOOLEAN}: {@code true}, {@code false}, {@code yes} or {@code no}, in any case;
   *   <li>{@code PICKLIST}: an option, white space folded and case ignored, returned in the
   *       spelling of the definition.
   * </ul>
   *
   * <p>A blank text is refused with rule {@code required}: a blank cell is a field left out.
   *
   * @throws CrmValidationException naming {@code customFields.<name>} with rule {@code required},
   *     {@code type} (text not of the field's type), {@code length}, {@code picklist} or
   *     {@code range} (outside the field's bounds, or beyond what {@link CustomFieldValue.Number}
   *     holds)
   */
  public CustomFieldValue parse(String raw) {
    String field = field();
    if (raw == null || Texts.isBlank(raw)) {
      throw CrmValidationException.of(field, "required", raw, "a blank text is no value: leave the field out");
    }
    String text = Texts.strip(raw);
    CustomFieldValue value = switch (type()) {
      case TEXT -> new CustomFieldValue.Text(text);
      case NUMBER -> parseNumber(field, text);
      case DATE -> new CustomFieldValue.Date(parseDate(field, text));
      case BOOLEAN -> new CustomFieldValue.Flag(parseFlag(field, text));
      case PICKLIST -> new CustomFieldValue.Choice(parseOption(field, text));
    };
    return check(value);
  }

  private String field() {
    return "customFields." + name();
  }

  private static CustomFieldValue parseNumber(String field, String text) {
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw CrmValidationException.of(field, "type", text, "not a decimal number such as 12.5");
    }
    try {
      return new CustomFieldValue.Number(number);
    } catch (CrmValidationException e) {
      throw CrmValidationException.of(field, "range", text, "a number less than 10^34 in size, at most 34 decimal places");
    }
  }

  private static LocalDate parseDate(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw CrmValidationException.of(field, "type", text, "not an ISO date such as 2026-03-31");
    }
  }

  private static boolean parseFlag(String field, String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
      case "yes":
        return true;
      case "false":
      case "no":
        return false;
      default:
        throw CrmValidationException.of(field, "type", text, "one of true, false, yes, no");
    }
  }

  private String parseOption(String field, String text) {
    String key = caseKey(Texts.fold(text));
    for (String option : options()) {
      if (caseKey(option).equals(key)) {
        return option;
      }
    }
    throw CrmValidationException.of(field, "picklist", text, "one of " + options());
  }

  /** Text compared ignoring case, the same way for options and input. */
  private static String caseKey(String text) {
    return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  @Value.Check
  CustomFieldDefinition normalised() {
    String cleanName = checkedName(name());
    String cleanLabel = Texts.fold(label());
    if (cleanLabel.isEmpty()) {
      throw CrmValidationException.of("customField.label", "required", label(), "a label is required");
    }
    List<String> cleanOptions = checkedOptions();
    if (type() != CustomFieldType.TEXT && maxLength() != DEFAULT_MAX_LENGTH) {
      throw CrmValidationException.of("customField.maxLength", "type", maxLength(),
          "a maximum length applies to TEXT fields only");
    }
    if (maxLength() < 1) {
      throw CrmValidationException.of("customField.maxLength", "range", maxLength(), "at least 1 character");
    }
    if (type() != CustomFieldType.NUMBER && (min().isPresent() || max().isPresent())) {
      throw CrmValidationException.of(min().isPresent() ? "customField.min" : "customField.max", "type",
          min().or(this::max).orElseThrow(), "bounds apply to NUMBER fields only");
    }
    Optional<BigDecimal> cleanMin = min().map(n -> bound("customField.min", n));
    Optional<BigDecimal> cleanMax = max().map(n -> bound("customField.max", n));
    if (cleanMin.isPresent() && cleanMax.isPresent() && cleanMin.get().compareTo(cleanMax.get()) > 0) {
      throw CrmValidationException.of("customField.min", "range", cleanMin.get().toPlainString(),
          "min is above max " + cleanMax.get().toPlainString());
    }
    if (cleanName.equals(name()) && cleanLabel.equals(label()) && cleanOptions.equals(options())
        && cleanMin.equals(min()) && cleanMax.equals(max())) {
      return this;
    }
    return builder().name(cleanName).label(cleanLabel).type(type()).required(required())
        .options(cleanOptions).maxLength(maxLength()).min(cleanMin).max(cleanMax).build();
  }

  private static String checkedName(String raw) {
    String name = Texts.strip(raw);
    if (!CustomFields.NAME.matcher(name).matches()) {
      throw CrmValidationException.of("customField.name", "name", raw,
          "an API name is lower-case letters, digits and _ , starting with a letter, at most 64 characters");
    }
    return name;
  }

  private List<String> checkedOptions() {
    if (type() != CustomFieldType.PICKLIST) {
      if (!options().isEmpty()) {
        throw CrmValidationException.of("customField.options", "type", options(),
            "options apply to PICKLIST fields only");
      }
      return options();
    }
    if (options().isEmpty()) {
      throw CrmValidationException.of("customField.options", "required", options(),
          "a picklist has at least one option");
    }
    List<String> clean = options().stream().map(Texts::fold).toList();
    Set<String> seen = new HashSet<>();
    for (String option : clean) {
      if (option.isEmpty()) {
        throw CrmValidationException.of("customField.options", "required", options(), "an option is not blank");
      }
      if (!seen.add(caseKey(option))) {
        throw CrmValidationException.of("customField.options", "duplicate", option,
            "options are distinct, ignoring case");
      }
    }
    return clean;
  }

  /** A bound normalised as number values are, so that equal bounds give equal definitions. */
  private static BigDecimal bound(String field, BigDecimal number) {
    try {
      return new CustomFieldValue.Number(number).value();
    } catch (CrmValidationException e) {
      throw CrmValidationException.of(field, e.rule(), number, "a bound is a number a field can hold");
    }
  }
}
