package io.crmkit.core.customfield;

import com.google.common.collect.ImmutableSortedMap;
import io.crmkit.core.CrmValidationException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The custom field values of one record, by field name. Immutable; names are lower-case API names
 * ({@code [a-z][a-z0-9_]*}, at most 64 characters). Whether the values fit the host's definitions is
 * checked by {@link CustomFieldSchema#check(CustomFields)}.
 */
public final class CustomFields {
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final CustomFields EMPTY = new CustomFields(ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, CustomFieldValue> values;

  private CustomFields(ImmutableSortedMap<String, CustomFieldValue> values) {
    this.values = values;
  }

  /** No custom field values. */
  public static CustomFields empty() {
    return EMPTY;
  }

  /**
   * Custom field values from a map.
   *
   * @throws CrmValidationException when a name is not an API name or a value is null
   */
  public static CustomFields of(Map<String, ? extends CustomFieldValue> values) {
    CrmValidationException.required("customFields", values);
    ImmutableSortedMap.Builder<String, CustomFieldValue> b = ImmutableSortedMap.naturalOrder();
    values.forEach((name, value) -> b.put(checkedName(name), CrmValidationException.required("customFields." + name, value)));
    return new CustomFields(b.buildOrThrow());
  }

  /** These values with one field set (replacing any value it had). */
  public CustomFields with(String name, CustomFieldValue value) {
    String n = checkedName(name);
    CrmValidationException.required("customFields." + n, value);
    ImmutableSortedMap.Builder<String, CustomFieldValue> b = ImmutableSortedMap.naturalOrder();
    values.forEach((k, v) -> {
      if (!k.equals(n)) {
        b.put(k, v);
      }
    });
    b.put(n, value);
    return new CustomFields(b.buildOrThrow());
  }

  /** These values without a field. */
  public CustomFields without(String name) {
    if (!values.containsKey(name)) {
      return this;
    }
    ImmutableSortedMap.Builder<String, CustomFieldValue> b = ImmutableSortedMap.naturalOrder();
    values.forEach((k, v) -> {
      if (!k.equals(name)) {
        b.put(k, v);
      }
    });
    return new CustomFields(b.buildOrThrow());
  }

  /** The value of a field, if set. */
  public Optional<CustomFieldValue> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** All values, sorted by name. */
  public Map<String, CustomFieldValue> asMap() {
    return values;
  }

  /** Whether no field is set. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  static String checkedName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw CrmValidationException.of("customFields", "name", name,
          "a custom field name is lower-case letters, digits and _ , starting with a letter, at most 64 characters");
    }
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomFields other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "CustomFields" + values;
  }
}
