package io.crmkit.analytics.adoption;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The fields a type of crm-core record should have filled, each with its test: {@code
 * FieldChecklist.<Contact>empty().with("email", c -> !c.emails().isEmpty()).withCustomField("region")}.
 * An immutable value; each {@code with} returns a new checklist.
 *
 * @param <R> the record type checked
 */
public final class FieldChecklist<R extends Aggregate<?>> {
  private final Map<String, Predicate<? super R>> fields;

  private FieldChecklist(Map<String, Predicate<? super R>> fields) {
    this.fields = fields;
  }

  /** A checklist of no field yet. */
  public static <R extends Aggregate<?>> FieldChecklist<R> empty() {
    return new FieldChecklist<>(Map.of());
  }

  /**
   * This checklist and one more field, filled when {@code filled} says so.
   *
   * @throws CrmValidationException when the field is already on the list ({@code field}, rule
   *     {@code duplicate})
   */
  public FieldChecklist<R> with(String field, Predicate<? super R> filled) {
    String name = CrmValidationException.requiredText("field", field);
    CrmValidationException.required("filled", filled);
    if (fields.containsKey(name)) {
      throw CrmValidationException.of("field", "duplicate", name, "each field is on the list once");
    }
    Map<String, Predicate<? super R>> more = new LinkedHashMap<>(fields);
    more.put(name, filled);
    return new FieldChecklist<R>(Collections.<String, Predicate<? super R>>unmodifiableMap(more));
  }

  /** This checklist and a custom field, filled when the record has a value for it. */
  public FieldChecklist<R> withCustomField(String field) {
    String name = CrmValidationException.requiredText("field", field);
    return with(name, record -> record.customFields().get(name).isPresent());
  }

  /** The fields on the list, in the order added. */
  public List<String> fields() {
    return List.copyOf(fields.keySet());
  }

  /**
   * Which fields of the record are filled.
   *
   * @throws CrmValidationException when the list is empty ({@code recordCompleteness.expected},
   *     rule {@code required})
   */
  public RecordCompleteness check(R record) {
    CrmValidationException.required("record", record);
    Set<String> filled = new LinkedHashSet<>();
    fields.forEach((name, test) -> {
      if (test.test(record)) {
        filled.add(name);
      }
    });
    return new RecordCompleteness(record.recordType(), record.id().value(), fields(), filled);
  }
}
