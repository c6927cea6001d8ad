package io.crmkit.lifecycle.internal;

import io.crmkit.core.CrmValidationException;

/**
 * The canonical form of the names of crm-lifecycle (stages, triggers, events, criteria, kinds of
 * side effect) and comparisons with it. Not API.
 *
 * <p>The rule: leading and trailing white space is removed, every run of white space inside
 * becomes one space, and every character is lower-cased with Unicode's simple, locale-independent
 * mapping ({@link Character#toLowerCase(int)}). White space is Java's white space, the Unicode
 * space separators (no-break, thin, ideographic spaces...) and U+0085. The work is done with plain
 * loops: no regular expression, so a name can be compared at transition time without cost.
 */
public final class Names {
  /** The longest name accepted, in characters after folding. */
  public static final int MAX_LENGTH = 200;

  private Names() {}

  /**
   * The canonical form of a name.
   *
   * @param field the field to name in the exception
   * @throws CrmValidationException rule {@code required} when null or blank, {@code length} when
   *     longer than {@link #MAX_LENGTH}, {@code invalid} when it holds a control character
   */
  public static String canonical(String field, String raw) {
    String label = label(field, raw);
    StringBuilder canonical = new StringBuilder(label.length());
    label.codePoints().forEach(c -> canonical.appendCodePoint(Character.toLowerCase(c)));
    return canonical.toString();
  }

  /**
   * A name as a person wrote it, tidied: white space stripped and folded, case kept.
   *
   * @throws CrmValidationException as {@link #canonical(String, String)}
   */
  public static String label(String field, String raw) {
    if (raw == null || isBlank(raw)) {
      throw CrmValidationException.of(field, "required", raw, "a non-blank name is required");
    }
    String folded = fold(raw);
    if (folded.length() > MAX_LENGTH) {
      throw CrmValidationException.of(field, "length", raw, "at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < folded.length(); i++) {
      if (Character.isISOControl(folded.charAt(i))) {
        throw CrmValidationException.of(field, "invalid", raw, "control characters are not allowed");
      }
    }
    return folded;
  }

  /**
   * A text as a person wrote it, tidied (white space stripped and folded), for reasons and
   * descriptions.
   *
   * @throws CrmValidationException rule {@code required} when null or blank
   */
  public static String text(String field, String raw) {
    if (raw == null || isBlank(raw)) {
      throw CrmValidationException.of(field, "required", raw, "a non-blank text is required");
    }
    return fold(raw);
  }

  /**
   * Whether a text, put in canonical form, equals {@code canonical}; allocates nothing. A text
   * that is blank never matches.
   */
  public static boolean matches(String canonical, CharSequence text) {
    int n = text.length();
    int start = 0;
    while (start < n && isSpace(text.charAt(start))) {
      start++;
    }
    int end = n;
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    int k = 0;
    int i = start;
    while (i < end) {
      char ch = text.charAt(i);
      if (isSpace(ch)) {
        while (i < end && isSpace(text.charAt(i))) {
          i++;
        }
        if (k >= canonical.length() || canonical.charAt(k) != ' ') {
          return false;
        }
        k++;
        continue;
      }
      int c = Character.codePointAt(text, i);
      int lower = Character.toLowerCase(c);
      if (k >= canonical.length() || Character.codePointAt(canonical, k) != lower) {
        return false;
      }
      k += Character.charCount(lower);
      i += Character.charCount(c);
    }
    return k == canonical.length() && start < end;
  }

  /** Whether a character is white space in the sense of this class. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pendingSpace = folded.length() > 0;
      } else {
        if (pendingSpace) {
          folded.append(' ');
          pendingSpace = false;
        }
        folded.append(c);
      }
    }
    return folded.toString();
  }
}
