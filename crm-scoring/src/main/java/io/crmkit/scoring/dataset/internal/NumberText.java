package io.crmkit.scoring.dataset.internal;

/**
 * Reads a decimal number strictly: an optional sign, digits with an optional decimal point, and an
 * optional exponent ({@code 12}, {@code -0.5}, {@code .5}, {@code 1e3}). Anything else (thousands
 * separators, {@code NaN}, {@code Infinity}, hexadecimal, a trailing {@code d} or {@code f}) is not
 * a number.
 */
public final class NumberText {
  private NumberText() {}

  /** Whether the text, stripped, is a finite decimal number. */
  public static boolean isNumber(String text) {
    String s = text.strip();
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == n && Double.isFinite(Double.parseDouble(s));
  }

  /**
   * The number of a text for which {@link #isNumber} holds.
   *
   * @throws NumberFormatException when it is not a number
   */
  public static double parse(String text) {
    if (!isNumber(text)) {
      throw new NumberFormatException("not a decimal number: " + text);
    }
    return Double.parseDouble(text.strip());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
