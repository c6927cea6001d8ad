package io.crmkit.scoring.internal;

import io.crmkit.core.CrmValidationException;
import java.util.Locale;

/** Texts and numbers as crm-scoring's values check them: folded, keyed, finite. */
public final class Texts {
  private Texts() {}

  /** The text with white space runs folded to one space and stripped; rule {@code required} when blank. */
  public static String required(String field, String text) {
    CrmValidationException.required(field, text);
    StringBuilder folded = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = folded.length() > 0;
      } else {
        if (space) {
          folded.append(' ');
          space = false;
        }
        folded.append(c);
      }
    }
    if (folded.length() == 0) {
      throw CrmValidationException.of(field, "required", text, "a non-blank text is required");
    }
    return folded.toString();
  }

  /** A name as names are compared: folded and lower-cased. */
  public static String key(String field, String text) {
    return required(field, text).toLowerCase(Locale.ROOT);
  }

  /** Fails with rule {@code finite} unless the number is finite. */
  public static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw CrmValidationException.of(field, "finite", value, "a finite number is required");
    }
    return value;
  }
}
