package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Text helpers of the rules package: folding white space and case-blind search, without regular expressions. */
final class Words {
  private Words() {}

  /** Whether a character is white space, the Unicode space separators included. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** The text with every run of white space folded to one space, stripped; the same instance when already folded. */
  static String fold(String text) {
    if (isFolded(text)) {
      return text;
    }
    StringBuilder folded = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = folded.length() > 0;
      } else {
        if (space) {
          folded.append(' ');
          space = false;
        }
        folded.append(c);
      }
    }
    return folded.toString();
  }

  private static boolean isFolded(String text) {
    boolean previousSpace = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = isSpace(c);
      if (space && (previousSpace || c != ' ')) {
        return false;
      }
      previousSpace = space;
    }
    return !previousSpace || text.isEmpty();
  }

  /** A required text, folded: fails with rule {@code required} naming {@code field} when null or blank. */
  static String required(String field, String text) {
    CrmValidationException.required(field, text);
    String folded = fold(text);
    if (folded.isEmpty()) {
      throw CrmValidationException.of(field, "required", text, "a non-blank text is required");
    }
    return folded;
  }

  /** The text folded and lower-cased, as names are compared. */
  static String key(String text) {
    return fold(text).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code text} holds {@code part}, ignoring case as {@link String#regionMatches(boolean,
   * int, String, int, int)} does; allocates nothing.
   *
   * <p>Only where the first character could match (the same test {@code regionMatches} applies to
   * a pair of characters) is the rest compared; surrogates are always handed to it whole.
   */
  static boolean containsIgnoreCase(String text, String part) {
    int length = part.length();
    int last = text.length() - length;
    if (length == 0) {
      return last >= 0;
    }
    char first = part.charAt(0);
    boolean screen = !Character.isSurrogate(first);
    char firstUpper = Character.toUpperCase(first);
    char firstLower = Character.toLowerCase(firstUpper);
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (screen && c != first && !Character.isSurrogate(c)) {
        char upper = Character.toUpperCase(c);
        if (upper != firstUpper && Character.toLowerCase(upper) != firstLower) {
          continue;
        }
      }
      if (text.regionMatches(true, i, part, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** A number as a person writes it: {@code 50}, {@code 2.5}. */
  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  /** A text in double quotes. */
  static String quoted(String text) {
    return '"' + text + '"';
  }

  /** Compiles a regular expression as rules use it: case-blind, Unicode-aware; rule {@code invalid} naming {@code field} when it does not compile. */
  static Pattern pattern(String field, String regex) {
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw CrmValidationException.of(field, "invalid", regex,
          "not a regular expression: " + e.getDescription() + " near index " + e.getIndex());
    }
  }
}
