package io.crmkit.core;

/** The typed id of an aggregate: a non-blank text of at most 64 characters, stripped. */
public interface AggregateId {
  /** The longest id accepted. */
  int MAX_LENGTH = 64;

  /** The id as text. */
  String value();

  /**
   * Checks an id's text and returns it stripped.
   *
   * @throws CrmValidationException when it is null, blank, too long or holds control characters
   */
  static String checked(String field, String raw) {
    String value = CrmValidationException.requiredText(field, raw);
    if (value.length() > MAX_LENGTH) {
      throw CrmValidationException.of(field, "length", raw, "at most " + MAX_LENGTH + " characters");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw CrmValidationException.of(field, "invalid", raw, "control characters are not allowed");
    }
    return value;
  }
}
