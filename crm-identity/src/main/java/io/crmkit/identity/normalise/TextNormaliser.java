package io.crmkit.identity.normalise;

import java.util.Locale;
import java.util.Optional;

/** The plain normalisers: free text and identifiers. */
enum TextNormaliser implements Normaliser {
  /** Lower-case letters and digits, single spaces between words. */
  TEXT {
    @Override
    public Optional<String> normalise(String raw) {
      return nonEmpty(Folding.matchingForm(raw));
    }
  },
  /** Upper-case letters and digits, nothing between them. */
  IDENTIFIER {
    @Override
    public Optional<String> normalise(String raw) {
      return nonEmpty(Folding.matchingForm(raw).replace(" ", "").toUpperCase(Locale.ROOT));
    }
  };

  static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
