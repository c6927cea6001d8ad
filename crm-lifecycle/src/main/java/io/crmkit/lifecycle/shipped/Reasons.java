package io.crmkit.lifecycle.shipped;

import io.crmkit.lifecycle.internal.Names;
import java.util.Optional;

/** Free texts of the shipped lifecycles' records (reasons, resolutions): folded, and absent when blank. */
final class Reasons {
  private Reasons() {}

  /**
   * A text with its white space folded, or empty when it is blank.
   *
   * @param field the field to name in an exception
   */
  static Optional<String> folded(String field, Optional<String> text) {
    return text.filter(Reasons::hasText).map(t -> Names.text(field, t));
  }

  private static boolean hasText(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Names.isSpace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
