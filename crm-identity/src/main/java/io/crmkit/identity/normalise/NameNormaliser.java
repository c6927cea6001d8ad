package io.crmkit.identity.normalise;

import java.util.Optional;

/**
 * Personal names in matching form: accents dropped ({@code José} is {@code jose}, {@code Jørgen}
 * is {@code jorgen}), lower-case, apostrophes dropped ({@code O'Brien} is {@code obrien}), hyphens
 * and other punctuation a space ({@code Smith-Jones} is {@code smith jones}), white space folded.
 * Nicknames are not replaced here: {@link Nicknames} tells whether two names are the same name.
 */
public final class NameNormaliser implements Normaliser {
  static final NameNormaliser INSTANCE = new NameNormaliser();

  private NameNormaliser() {}

  /** The name in matching form, or empty when no letter or digit is left. */
  @Override
  public Optional<String> normalise(String raw) {
    return TextNormaliser.nonEmpty(Folding.matchingForm(raw));
  }

  @Override
  public String toString() {
    return "name";
  }
}
