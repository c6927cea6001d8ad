package io.crmkit.identity.normalise;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.value.PostalAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Street addresses in matching form: {@linkplain Folding#matchingForm(String) folded} (lower-case,
 * no accents, punctuation a space) and common abbreviations spelt out, so that
 * {@code 12 Main St.} and {@code 12 main street} agree.
 *
 * <p>The shipped abbreviations ({@code address-abbreviations.csv} beside this class) are the
 * usual English street suffixes and words: {@code rd} road, {@code ave} avenue, {@code dr} drive,
 * {@code ln} lane, {@code ct} court, {@code cres} crescent, {@code pl} place, {@code blvd}
 * boulevard, {@code hwy} highway, {@code apt} apartment and more. {@code st} is {@code street} as
 * the last word and {@code saint} elsewhere ({@code St James St} is {@code saint james street}).
 */
public final class AddressNormaliser implements Normaliser {
  private static final AddressNormaliser STANDARD = new AddressNormaliser(words(Resources.rows("address-abbreviations.csv")));

  private final Map<String, String> abbreviations;

  private AddressNormaliser(Map<String, String> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** The normaliser with the shipped abbreviations. */
  public static AddressNormaliser standard() {
    return STANDARD;
  }

  /**
   * A normaliser with other abbreviations: word by abbreviation, both brought to matching form.
   *
   * @throws CrmValidationException naming {@code address.abbreviations} when an abbreviation or
   *     its word is blank or more than one word, or when a word is itself an abbreviation, or
   *     {@code street} or {@code saint} is one (either would make normalising twice differ from
   *     once); an entry for {@code st} is ignored
   */
  public static AddressNormaliser of(Map<String, String> abbreviations) {
    CrmValidationException.required("address.abbreviations", abbreviations);
    return new AddressNormaliser(words(abbreviations.entrySet().stream()
        .map(e -> List.of(e.getKey(), e.getValue())).toList()));
  }

  private static Map<String, String> words(List<List<String>> rows) {
    Map<String, String> words = new HashMap<>();
    for (List<String> row : rows) {
      if (row.size() != 2) {
        throw CrmValidationException.of("address.abbreviations", "pair", row, "an abbreviation and its word");
      }
      String abbreviation = Folding.matchingForm(row.get(0));
      String word = Folding.matchingForm(row.get(1));
      if (abbreviation.isEmpty() || word.isEmpty() || abbreviation.contains(" ") || word.contains(" ")) {
        throw CrmValidationException.of("address.abbreviations", "word", row, "one word each");
      }
      words.put(abbreviation, word);
    }
    for (String word : words.values()) {
      if (words.containsKey(word) || word.equals("st")) {
        throw CrmValidationException.of("address.abbreviations", "idempotent", word,
            "a spelt-out word must not itself be an abbreviation");
      }
    }
    if (words.containsKey("street") || words.containsKey("saint")) {
      throw CrmValidationException.of("address.abbreviations", "idempotent", "st",
          "street and saint are what st becomes, not abbreviations");
    }
    words.remove("st");
    return Map.copyOf(words);
  }

  /** The address line in matching form, or empty when no letter or digit is left. */
  @Override
  public Optional<String> normalise(String raw) {
    String folded = Folding.matchingForm(raw);
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    String[] tokens = folded.split(" ");
    StringBuilder out = new StringBuilder(folded.length() + 16);
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      String word = token.equals("st") ? (i == tokens.length - 1 ? "street" : "saint") : abbreviations.get(token);
      if (i > 0) {
        out.append(' ');
      }
      out.append(word == null ? token : word);
    }
    return Optional.of(out.toString());
  }

  /** The street lines of a postal address as one line in matching form, or empty when it has none. */
  public Optional<String> street(PostalAddress address) {
    CrmValidationException.required("address", address);
    return normalise(String.join(" ", address.lines()));
  }

  @Override
  public String toString() {
    return "address";
  }
}
