package io.crmkit.identity.compare;

import static io.crmkit.identity.compare.ComparisonLevel.dayMonthSwapped;
import static io.crmkit.identity.compare.ComparisonLevel.datesWithin;
import static io.crmkit.identity.compare.ComparisonLevel.exact;
import static io.crmkit.identity.compare.ComparisonLevel.jaroWinkler;
import static io.crmkit.identity.compare.ComparisonLevel.levenshtein;
import static io.crmkit.identity.compare.ComparisonLevel.nickname;
import static io.crmkit.identity.compare.ComparisonLevel.phonetic;

import io.crmkit.identity.normalise.DateNormaliser;
import io.crmkit.identity.normalise.Normaliser;
import io.crmkit.identity.normalise.PhoneNormaliser;

/**
 * Ready-made comparisons for the usual fields of a person, with Splink's default bands
 * (Jaro-Winkler at least 0.9, then at least 0.7).
 */
public final class Comparisons {
  private Comparisons() {}

  /**
   * A given name or family name: exact (adjusted for common names), nickname, Jaro-Winkler
   * {@code >= 0.9}, phonetic (Double Metaphone), Jaro-Winkler {@code >= 0.7}, else.
   */
  public static Comparison name(String field) {
    return Comparison.of(field, Normaliser.name(), exact(), nickname(), jaroWinkler(0.9), phonetic(),
        jaroWinkler(0.7)).withTermFrequencies();
  }

  /** Free text (a suburb, a company): exact (adjusted for common values), Jaro-Winkler {@code >= 0.9}, {@code >= 0.7}, else. */
  public static Comparison text(String field) {
    return Comparison.of(field, Normaliser.text(), exact(), jaroWinkler(0.9), jaroWinkler(0.7)).withTermFrequencies();
  }

  /** A street address: exact, Jaro-Winkler {@code >= 0.9}, {@code >= 0.7}, else, after spelling out abbreviations. */
  public static Comparison address(String field) {
    return Comparison.of(field, Normaliser.address(), exact(), jaroWinkler(0.9), jaroWinkler(0.7));
  }

  /** A value that agrees exactly or not at all (a state, a gender), adjusted for common values. */
  public static Comparison exactly(String field) {
    return Comparison.of(field, Normaliser.text(), exact()).withTermFrequencies();
  }

  /** An identifier (tax number, customer number, device id): exact, one edit, two edits, else. */
  public static Comparison identifier(String field) {
    return Comparison.of(field, Normaliser.identifier(), exact(), levenshtein(1), levenshtein(2));
  }

  /** A postal code: exact (adjusted for common codes), one edit, else. */
  public static Comparison postcode(String field) {
    return Comparison.of(field, Normaliser.identifier(), exact(), levenshtein(1)).withTermFrequencies();
  }

  /**
   * A date such as a date of birth, day first in {@code 03/04/1975}: exact, day and month
   * swapped, one typed digit off, within a year, else.
   */
  public static Comparison date(String field) {
    return date(field, DateNormaliser.dayFirst());
  }

  /** A date read by the given date normaliser, with the levels of {@link #date(String)}. */
  public static Comparison date(String field, DateNormaliser dates) {
    return Comparison.of(field, dates, exact(), dayMonthSwapped(), levenshtein(1), datesWithin(365));
  }

  /**
   * An e-mail address: exact, one edit (a typo), else. No Jaro-Winkler band: addresses made from
   * a name ({@code john.jones812@...}, {@code john_jones384@...}) are close for different people.
   */
  public static Comparison email(String field) {
    return Comparison.of(field, Normaliser.email(), exact(), levenshtein(1));
  }

  /**
   * A phone number in E.164, read in {@code region} when written nationally: exact, one digit
   * off, else.
   *
   * @throws io.crmkit.core.CrmValidationException naming {@code phone.region} when libphonenumber
   *     does not know the region
   */
  public static Comparison phone(String field, String region) {
    return phone(field, PhoneNormaliser.forRegion(region));
  }

  /** A phone number read by the given normaliser (one that reads each record's region, say). */
  public static Comparison phone(String field, PhoneNormaliser phones) {
    return Comparison.of(field, phones, exact(), levenshtein(1));
  }
}
