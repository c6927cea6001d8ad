package io.crmkit.core.customfield;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The custom fields a host defines for one record type, such as {@code "Contact"}: the definitions
 * in the order people see them, each name at most once.
 *
 * <p>{@link #check(CustomFields)} says whether a record's values fit; {@link #parse(String, String)}
 * and {@link #read(Map)} turn text input (CSV cells, form fields) into values that fit. Immutable.
 */
public final class CustomFieldSchema {
  private final String recordType;
  private final ImmutableList<CustomFieldDefinition> definitions;
  private final ImmutableMap<String, CustomFieldDefinition> byName;

  private CustomFieldSchema(String recordType, ImmutableList<CustomFieldDefinition> definitions,
      ImmutableMap<String, CustomFieldDefinition> byName) {
    this.recordType = recordType;
    this.definitions = definitions;
    this.byName = byName;
  }

  /**
   * The schema of a record type.
   *
   * @param recordType the record type as {@code Aggregate.recordType()} names it, such as
   *     {@code "Contact"}; white space folded
   * @param definitions the definitions in display order
   * @throws CrmValidationException when the record type is blank ({@code required}), a definition
   *     is null ({@code required}) or two definitions share a name ({@code duplicate})
   */
  public static CustomFieldSchema of(String recordType, List<CustomFieldDefinition> definitions) {
    String type = Texts.fold(CrmValidationException.requiredText("customFieldSchema.recordType", recordType));
    CrmValidationException.required("customFieldSchema.definitions", definitions);
    ImmutableMap.Builder<String, CustomFieldDefinition> byName = ImmutableMap.builder();
    Set<String> seen = new HashSet<>();
    for (CustomFieldDefinition d : definitions) {
      CrmValidationException.required("customFieldSchema.definitions", d);
      if (!seen.add(d.name())) {
        throw CrmValidationException.of("customFieldSchema.definitions", "duplicate", d.name(),
            "each custom field name is defined once per record type");
      }
      byName.put(d.name(), d);
    }
    return new CustomFieldSchema(type, ImmutableList.copyOf(definitions), byName.buildOrThrow());
  }

  /** The schema of a record type from definitions in display order; see {@link #of(String, List)}. */
  public static CustomFieldSchema of(String recordType, CustomFieldDefinition... definitions) {
    CrmValidationException.required("customFieldSchema.definitions", definitions);
    return of(recordType, Arrays.asList(definitions));
  }

  /** The record type the fields belong to, such as {@code "Contact"}. */
  public String recordType() {
    return recordType;
  }

  /** The definitions in display order. */
  public List<CustomFieldDefinition> definitions() {
    return definitions;
  }

  /** The definition of a field, if the schema has one by that name. */
  public Optional<CustomFieldDefinition> definition(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
  }

  /**
   * Checks a record's custom field values against the definitions: every value has a definition
   * and fits it (see {@link CustomFieldDefinition#check(CustomFieldValue)}), and every required
   * field has a value. Values are checked in name order, then required fields in display order;
   * the first problem is thrown.
   *
   * @return the values, unchanged
   * @throws CrmValidationException naming {@code customFields.<name>} with rule {@code unknown},
   *     {@code type}, {@code length}, {@code picklist}, {@code range} or {@code required}
   */
  public CustomFields check(CustomFields fields) {
    CrmValidationException.required("customFields", fields);
    fields.asMap().forEach((name, value) -> definitionOf(name).check(value));
    for (CustomFieldDefinition d : definitions) {
      if (d.required() && fields.get(d.name()).isEmpty()) {
        throw CrmValidationException.of("customFields." + d.name(), "required", null,
            "a value for " + d.label() + " is required on every " + recordType);
      }
    }
    return fields;
  }

  /**
   * Reads text input for one field into a value that fits it; see
   * {@link CustomFieldDefinition#parse(String)} for what each type reads.
   *
   * @throws CrmValidationException naming {@code customFields.<name>} with rule {@code unknown}
   *     when the schema has no such field, or as {@link CustomFieldDefinition#parse(String)} does
   */
  public CustomFieldValue parse(String name, String raw) {
    return definitionOf(name).parse(raw);
  }

  /**
   * Reads a row of text input, field name to text, into checked custom fields. A null or blank
   * text is a field left out; the result is then checked as {@link #check(CustomFields)} does, so a
   * required field left blank is refused.
   *
   * @throws CrmValidationException as {@link #parse(String, String)} and {@link #check(CustomFields)}
   */
  public CustomFields read(Map<String, String> texts) {
    CrmValidationException.required("customFields", texts);
    Map<String, CustomFieldValue> values = new TreeMap<>();
    texts.forEach((name, raw) -> {
      if (raw != null && !Texts.isBlank(raw)) {
        values.put(name, parse(name, raw));
      }
    });
    return check(CustomFields.of(values));
  }

  private CustomFieldDefinition definitionOf(String name) {
    CustomFieldDefinition d = name == null ? null : byName.get(name);
    if (d == null) {
      throw CrmValidationException.of("customFields." + name, "unknown", name,
          recordType + " has no custom field of that name");
    }
    return d;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomFieldSchema other
        && recordType.equals(other.recordType) && definitions.equals(other.definitions);
  }

  @Override
  public int hashCode() {
    return 31 * recordType.hashCode() + definitions.hashCode();
  }

  @Override
  public String toString() {
    return "CustomFieldSchema[" + recordType + ", " + definitions + "]";
  }
}
