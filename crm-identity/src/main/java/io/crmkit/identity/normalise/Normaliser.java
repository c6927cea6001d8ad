package io.crmkit.identity.normalise;

import io.crmkit.identity.record.IdentityRecord;
import java.util.Optional;

/**
 * Turns a field's raw value into its matching form, the text that comparisons and blocking keys
 * read. A value that is missing, blank or unusable (an impossible date, a phone number that is
 * not valid in its region) has no matching form: it counts as missing, never as a disagreement.
 *
 * <p>Every normaliser is idempotent: the matching form of a matching form is itself.
 */
@FunctionalInterface
public interface Normaliser {

  /** The matching form of a raw value, or empty when the value is blank or unusable. */
  Optional<String> normalise(String raw);

  /**
   * The matching form of a record's field, or empty when the record has no usable value. By
   * default the value alone decides; a normaliser that needs another field of the record (a phone
   * number's region) reads it here.
   */
  default Optional<String> normalise(IdentityRecord record, String field) {
    return record.value(field).flatMap(this::normalise);
  }

  /** Free text: {@link Folding#matchingForm(String) folded} to lower-case letters and digits. */
  static Normaliser text() {
    return TextNormaliser.TEXT;
  }

  /** An identifier (tax number, customer number): upper-case letters and digits only. */
  static Normaliser identifier() {
    return TextNormaliser.IDENTIFIER;
  }

  /** A personal name; see {@link NameNormaliser}. */
  static Normaliser name() {
    return NameNormaliser.INSTANCE;
  }

  /** An e-mail address; see {@link EmailNormaliser}. */
  static Normaliser email() {
    return EmailNormaliser.INSTANCE;
  }

  /** A street address; see {@link AddressNormaliser}. */
  static Normaliser address() {
    return AddressNormaliser.standard();
  }

  /** A date with the day before the month in {@code 03/04/1975}; see {@link DateNormaliser}. */
  static Normaliser date() {
    return DateNormaliser.dayFirst();
  }

  /**
   * A phone number in E.164, read in {@code region} when written nationally; see
   * {@link PhoneNormaliser}.
   *
   * @throws io.crmkit.core.CrmValidationException when the region is not one libphonenumber knows
   */
  static Normaliser phone(String region) {
    return PhoneNormaliser.forRegion(region);
  }
}
