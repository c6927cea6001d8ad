package io.crmkit.identity.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Text folding for matching: white space, accents, case and punctuation.
 *
 * <p>White space is what a person sees as space: Java's white space, the Unicode space separators
 * (no-break, thin, ideographic spaces) and U+0085.
 */
public final class Folding {
  /** Letters that Unicode does not decompose into a base letter and a mark. */
  private static final Map<Integer, String> LETTERS = Map.ofEntries(
      Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "SS"),
      Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
      Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"),
      Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"),
      Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"),
      Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
      Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"),
      Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "TH"),
      Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'Ħ', "H"));

  private Folding() {}

  /** Whether a character is white space in the sense of this class. */
  public static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
  }

  /** Every run of white space as one space, none at either end. */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  /**
   * The text without accents: compatibility-decomposed (NFKD, so ligatures and full-width forms
   * become plain letters), combining marks dropped, and the letters Unicode does not decompose
   * spelt out ({@code ß} as {@code ss}, {@code ø} as {@code o}, {@code æ} as {@code ae}).
   */
  public static String withoutAccents(String text) {
    StringBuilder spelt = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      String replacement = LETTERS.get(c);
      if (replacement == null) {
        spelt.appendCodePoint(c);
      } else {
        spelt.append(replacement);
      }
    }
    String decomposed = Normalizer.normalize(spelt, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  /**
   * The matching form of free text: without accents, lower-case, apostrophes dropped
   * ({@code O'Brien} is {@code obrien}), every other character that is not a letter or a digit a
   * space, white space folded. Folding the result again gives the same text.
   */
  public static String matchingForm(String text) {
    if (isPlainLowerAscii(text)) {
      return text;
    }
    String lower = isAscii(text) ? text : withoutAccents(withoutAccents(text).toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder(lower.length());
    boolean pendingSpace = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\'' || c == '\u2019' || c == '\u02bc' || c == '`' || c == '\u2018') {
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(c);
      } else {
        pendingSpace = out.length() > 0;
      }
    }
    return out.toString();
  }

  /** Whether every character is ASCII: such text needs no decomposition, only case and punctuation. */
  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text is already in matching form and plain ASCII: the fast path of big runs. */
  private static boolean isPlainLowerAscii(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return n == 0;
    }
    char previous = 'a';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == ' ' && previous != ' ');
      if (!ok) {
        return false;
      }
      previous = c;
    }
    return true;
  }
}
