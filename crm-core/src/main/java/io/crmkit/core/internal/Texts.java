package io.crmkit.core.internal;

import java.util.regex.Pattern;

/**
 * Text helpers shared by crm-core's values. Not API.
 *
 * <p>White space here is what a person sees as space: Java's white space, the Unicode space
 * separators ({@code \p{Z}}: no-break, thin, ideographic spaces...) and U+0085 (next line). Java's
 * {@link String#strip()} and {@link String#isBlank()} leave the no-break spaces alone, which lets
 * an invisible name through.
 */
public final class Texts {
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u001C-\\u001F\\u0085]+");

  private Texts() {}

  /** Whether a character is white space in the sense of this class. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** Whether the text is empty or holds only white space. */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The text without leading and trailing white space. */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * Folds every run of white space to one space and strips the text. Folding twice gives the same
   * text as folding once.
   */
  public static String fold(String text) {
    return isFolded(text) ? text : strip(SPACES.matcher(text).replaceAll(" "));
  }

  /** Whether folding leaves the text as it is: no white space at its ends, none but single spaces inside. */
  private static boolean isFolded(String text) {
    boolean afterSpace = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (afterSpace || c != ' ') {
          return false;
        }
        afterSpace = true;
      } else {
        afterSpace = false;
      }
    }
    return !afterSpace || text.isEmpty();
  }
}
