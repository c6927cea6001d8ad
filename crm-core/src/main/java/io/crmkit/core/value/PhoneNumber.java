package io.crmkit.core.value;

import io.crmkit.core.CrmValidationException;

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
  /** Checks and normalises the number. */
  public PhoneNumber {
    String raw = value;
    String text = CrmValidationException.requiredText("phone", value);
    String compact = withoutSeparators(withoutTrunkPrefix(text));
    if (compact.startsWith("00")) {
      compact = "+" + compact.substring(2);
    }
    if (!isE164(compact)) {
      throw CrmValidationException.of("phone", "e164", raw,
          "an international number is required: + and country code, 7 to 15 digits");
    }
    value = compact;
  }

  // The steps below are written out rather than as regular expressions, which cost an import more
  // than the rest of its reading of a phone number.

  /** The text without its first trunk prefix: {@code (}, {@code 0} and {@code )}, ASCII white space allowed between. */
  private static String withoutTrunkPrefix(String text) {
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      int zero = skipAsciiSpace(text, open + 1);
      if (zero < text.length() && text.charAt(zero) == '0') {
        int close = skipAsciiSpace(text, zero + 1);
        if (close < text.length() && text.charAt(close) == ')') {
          return text.substring(0, open) + text.substring(close + 1);
        }
      }
    }
    return text;
  }

  private static int skipAsciiSpace(String text, int from) {
    int i = from;
    while (i < text.length() && isAsciiSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The text without white space, separators of any kind, dots, hyphens and dashes, slashes and parentheses. */
  private static String withoutSeparators(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSeparator(c)) {
        kept.append(c);
      }
    }
    return kept.length() == text.length() ? text : kept.toString();
  }

  private static boolean isSeparator(char c) {
    if (isAsciiSpace(c) || c == '.' || c == '-' || c == '/' || c == '(' || c == ')'
        || (c >= '\u2010' && c <= '\u2015')) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether the text is {@code +}, a digit 1 to 9 and 6 to 14 more digits. */
  private static boolean isE164(String text) {
    if (text.length() < 8 || text.length() > 16 || text.charAt(0) != '+' || text.charAt(1) < '1'
        || text.charAt(1) > '9') {
      return false;
    }
    for (int i = 2; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
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
