package io.crmkit.core.value;

import io.crmkit.core.CrmValidationException;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form: {@code +} and 7 to 15 digits, the first not zero.
 *
 * <p>White space (no-break and thin spaces included), dots, hyphens and dashes, slashes and
 * parentheses are dropped and a leading {@code 00} is read as {@code +}. A trunk prefix written
 * {@code (0)} after the country code, as in {@code +44 (0)20 7946 0958}, is dropped with its digit:
 * it is dialled only inside the country. Numbers written in a national format (no country code) are
 * refused here; crm-identity parses them with the contact's region.
 *
 * @param value the number as {@code +} followed by digits
 */
public record PhoneNumber(String value) implements Comparable<PhoneNumber> {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}.\\-\\u2010-\\u2015/()]");
  private static final Pattern TRUNK_PREFIX = Pattern.compile("\\(\\s*0\\s*\\)");

  /** Checks and normalises the number. */
  public PhoneNumber {
    String raw = value;
    String text = CrmValidationException.requiredText("phone", value);
    String compact = SEPARATORS.matcher(TRUNK_PREFIX.matcher(text).replaceFirst("")).replaceAll("");
    if (compact.startsWith("00")) {
      compact = "+" + compact.substring(2);
    }
    if (!E164.matcher(compact).matches()) {
      throw CrmValidationException.of("phone", "e164", raw,
          "an international number is required: + and country code, 7 to 15 digits");
    }
    value = compact;
  }

  /** Makes a number from text in international form. */
  public static PhoneNumber of(String raw) {
    return new PhoneNumber(raw);
  }

  @Override
  public int compareTo(PhoneNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
