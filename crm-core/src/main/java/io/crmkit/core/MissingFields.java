package io.crmkit.core;

import java.util.Locale;

/** Reads the field a generated builder reports missing, for {@link CrmValidationException}. */
final class MissingFields {
  private static final String BUILD = "Cannot build ";

  private MissingFields() {}

  /**
   * The dotted field of the first missing attribute in a builder's message, such as
   * {@code contact.id} for "Cannot build Contact, some of required attributes are not set [id,
   * createdAt]"; the whole message when it is not of that form.
   */
  static String field(String message) {
    if (message == null || !message.startsWith(BUILD)) {
      return String.valueOf(message);
    }
    int comma = message.indexOf(',', BUILD.length());
    int open = message.indexOf('[');
    int close = message.indexOf(']', open + 1);
    if (comma < 0 || open < 0 || close < 0) {
      return message;
    }
    String type = message.substring(BUILD.length(), comma).strip();
    String first = message.substring(open + 1, close).split(",", -1)[0].strip();
    if (type.isEmpty() || first.isEmpty()) {
      return message;
    }
    String record = type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1);
    return record + "." + first;
  }
}
