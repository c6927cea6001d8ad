package io.crmkit.identity.quality;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record to judge the quality of: an id and named fields, each holding zero or more text
 * values (a contact's e-mail addresses are one field with several values). Values are stripped and
 * blank ones dropped, so a field is filled exactly when it keeps a value.
 *
 * @param id the record's id, stripped
 * @param values the values of each field, by field name
 */
public record DataRecord(String id, Map<String, List<String>> values) {

  /** Checks the parts, strips the values and drops blank ones. */
  public DataRecord {
    id = CrmValidationException.requiredText("dataRecord.id", id).strip();
    CrmValidationException.required("dataRecord.values", values);
    Map<String, List<String>> clean = new LinkedHashMap<>();
    values.forEach((field, texts) -> {
      String name = CrmValidationException.requiredText("dataRecord.field", field).strip();
      List<String> kept = new ArrayList<>();
      for (String t : CrmValidationException.required("dataRecord.values." + name, texts)) {
        if (t != null && !t.isBlank()) {
          kept.add(t.strip());
        }
      }
      clean.merge(name, kept, (a, b) -> {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
      });
    });
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    clean.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    values = Collections.unmodifiableMap(frozen);
  }

  /** A record with one value per field; {@code null} or blank values leave the field empty. */
  public static DataRecord of(String id, Map<String, String> fields) {
    CrmValidationException.required("dataRecord.values", fields);
    Map<String, List<String>> values = new LinkedHashMap<>();
    fields.forEach((field, value) -> values.put(field, value == null ? List.of() : Collections.singletonList(value)));
    return new DataRecord(id, values);
  }

  /** The values of a field; empty when the field is absent or blank. */
  public List<String> values(String field) {
    return values.getOrDefault(field, List.of());
  }

  /** The first value of a field, if any. */
  public Optional<String> value(String field) {
    return values(field).stream().findFirst();
  }

  /** Whether the field holds a value. */
  public boolean isFilled(String field) {
    return !values(field).isEmpty();
  }
}
