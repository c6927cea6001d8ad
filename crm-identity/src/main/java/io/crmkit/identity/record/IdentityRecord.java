package io.crmkit.identity.record;

import io.crmkit.core.CrmValidationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;


/**
 * A record to match: an id and named field values, as written (matching forms are made later, by
 * the comparisons' normalisers).
 *
 * <p>The id and the field names are stripped and must not be blank; values are stripped, and a
 * blank or absent value is missing, so it is left out: {@link #value(String)} tells a missing value
 * from a present one. Fields are kept in name order.
 *
 * @param id the record's id, unique among the records matched together
 * @param values the present values by field name, in name order
 */
public record IdentityRecord(String id, Map<String, String> values) {

  /** Checks the id and field names and drops blank values. */
  public IdentityRecord {
    id = CrmValidationException.requiredText("record.id", id);
    CrmValidationException.required("record.values", values);
    HashMap<String, String> present = new HashMap<>();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String field = CrmValidationException.requiredText("record.field", entry.getKey());
      String value = entry.getValue() == null ? "" : strip(entry.getValue());
      if (present.containsKey(field)) {
        throw CrmValidationException.of("record.field", "unique", field, "a field is named once");
      }
      if (!value.isEmpty()) {
        present.put(field, value);
      }
    }
    values = Map.copyOf(present);
  }

  /** Makes a record from an id and field values; blank values are missing. */
  public static IdentityRecord of(String id, Map<String, String> values) {
    return new IdentityRecord(id, values);
  }

  /** The value of a field, stripped, or empty when the record has none. */
  public Optional<String> value(String field) {
    return Optional.ofNullable(values.get(field));
  }

  /**
   * This record with one more value, or with the value replaced; a blank value removes the field.
   * This record is unchanged.
   */
  public IdentityRecord with(String field, String value) {
    HashMap<String, String> changed = new HashMap<>(values);
    changed.put(CrmValidationException.requiredText("record.field", field), value);
    return new IdentityRecord(id, changed);
  }

  private static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }
}
