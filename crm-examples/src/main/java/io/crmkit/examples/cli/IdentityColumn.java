package io.crmkit.examples.cli;

import io.crmkit.identity.compare.Comparison;
import io.crmkit.identity.compare.Comparisons;
import io.crmkit.identity.normalise.DateNormaliser;
import io.crmkit.identity.normalise.PhoneNormaliser;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of {@code crm dedupe} and {@code crm link} and how it is compared: {@code surname:name},
 * or a bare column name whose kind is guessed from the name.
 *
 * @param column the column
 * @param kind how it is compared
 */
record IdentityColumn(String column, Kind kind) {

  /** How a column is compared: each kind is one of crm-identity's ready-made comparisons. */
  enum Kind {
    /** A personal name: exact, nickname, Jaro-Winkler, phonetic. */
    NAME,
    /** Free text: exact, Jaro-Winkler at least 0.9 and 0.7. */
    TEXT,
    /** A street address, abbreviations spelt out. */
    ADDRESS,
    /** Agreement or not (a state, a gender). */
    EXACT,
    /** An identifier: exact, one or two edits. */
    IDENTIFIER,
    /** A postal code: exact, one edit. */
    POSTCODE,
    /** A date: exact, day and month swapped, a typo, within a year. */
    DATE,
    /** An e-mail address: exact, one edit. */
    EMAIL,
    /** A phone number read in the region: exact, one digit off. */
    PHONE;

    /** The kind's name as written on the command line. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Reads {@code column} or {@code column:kind}.
   *
   * @return empty when the kind is not one of {@link Kind}
   */
  static Optional<IdentityColumn> parse(String text) {
    String stripped = text.strip();
    int colon = stripped.lastIndexOf(':');
    if (colon < 0) {
      return Optional.of(new IdentityColumn(stripped, guess(stripped)));
    }
    String kind = stripped.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
    for (Kind k : Kind.values()) {
      if (k.name().equals(kind)) {
        return Optional.of(new IdentityColumn(stripped.substring(0, colon).strip(), k));
      }
    }
    return Optional.empty();
  }

  /** The kind a column's name suggests: {@code date_of_birth} a date, {@code soc_sec_id} an identifier. */
  static Kind guess(String column) {
    String name = column.toLowerCase(Locale.ROOT);
    if (name.contains("mail")) {
      return Kind.EMAIL;
    }
    if (name.contains("phone") || name.contains("mobile") || name.startsWith("tel")) {
      return Kind.PHONE;
    }
    if (name.contains("birth") || name.contains("dob") || name.contains("date")) {
      return Kind.DATE;
    }
    if (name.contains("postcode") || name.contains("post_code") || name.contains("zip") || name.contains("postal")) {
      return Kind.POSTCODE;
    }
    if (name.contains("number") || name.contains("ssn") || name.contains("soc_sec") || name.endsWith("_id")
        || name.equals("id")) {
      return Kind.IDENTIFIER;
    }
    if (name.contains("name")) {
      return Kind.NAME;
    }
    if (name.contains("address") || name.contains("street") || name.contains("addr")) {
      return Kind.ADDRESS;
    }
    if (name.equals("state") || name.equals("country") || name.equals("gender") || name.equals("sex")) {
      return Kind.EXACT;
    }
    return Kind.TEXT;
  }

  /** The comparison of this column. */
  Comparison comparison(PhoneNormaliser phones, DateNormaliser dates) {
    return switch (kind) {
      case NAME -> Comparisons.name(column);
      case TEXT -> Comparisons.text(column);
      case ADDRESS -> Comparisons.address(column);
      case EXACT -> Comparisons.exactly(column);
      case IDENTIFIER -> Comparisons.identifier(column);
      case POSTCODE -> Comparisons.postcode(column);
      case DATE -> Comparisons.date(column, dates);
      case EMAIL -> Comparisons.email(column);
      case PHONE -> Comparisons.phone(column, phones);
    };
  }

  @Override
  public String toString() {
    return column + ":" + kind.label();
  }
}
