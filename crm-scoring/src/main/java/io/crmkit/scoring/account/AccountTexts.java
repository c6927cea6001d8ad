package io.crmkit.scoring.account;

import io.crmkit.core.CrmValidationException;

/** Folding of texts in the account package. */
final class AccountTexts {
  private AccountTexts() {}

  /** The text with white space runs folded to one space and stripped; rule {@code required} when blank. */
  static String required(String field, String text) {
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
}
