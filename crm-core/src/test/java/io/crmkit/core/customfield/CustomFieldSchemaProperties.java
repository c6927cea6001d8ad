package io.crmkit.core.customfield;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;

class CustomFieldSchemaProperties {

  @Property
  void fields_that_fit_the_schema_pass_the_check(@ForAll("schemasWithFields") Tuple2<CustomFieldSchema, CustomFields> s) {
    assertThat(s.get1().check(s.get2())).isSameAs(s.get2());
  }

  @Property
  void a_field_the_schema_does_not_define_is_rejected_as_unknown(
      @ForAll("schemasWithFields") Tuple2<CustomFieldSchema, CustomFields> s, @ForAll("names") String name,
      @ForAll("values") CustomFieldValue value) {
    Assume.that(s.get1().definition(name).isEmpty());

    assertRejected(() -> s.get1().check(s.get2().with(name, value)), "customFields." + name, "unknown");
    assertRejected(() -> s.get1().parse(name, "x"), "customFields." + name, "unknown");
  }

  @Property
  void a_required_field_left_out_is_rejected(@ForAll("schemasWithFields") Tuple2<CustomFieldSchema, CustomFields> s) {
    CustomFieldSchema schema = s.get1();
    Assume.that(schema.definitions().stream().anyMatch(CustomFieldDefinition::required));
    CustomFieldDefinition required = schema.definitions().stream().filter(CustomFieldDefinition::required)
        .findFirst().orElseThrow();

    assertRejected(() -> schema.check(s.get2().without(required.name())), "customFields." + required.name(), "required");
  }

  @Property
  void read_gives_back_the_fields_written_as_text(@ForAll("schemasWithFields") Tuple2<CustomFieldSchema, CustomFields> s) {
    Map<String, String> row = new LinkedHashMap<>();
    for (CustomFieldDefinition d : s.get1().definitions()) {
      row.put(d.name(), s.get2().get(d.name()).map(CustomFieldSchemaProperties::written).orElse(""));
    }

    assertThat(s.get1().read(row)).isEqualTo(s.get2());
  }

  @Property
  void the_schema_keeps_the_definitions_in_display_order(@ForAll("schemas") CustomFieldSchema schema) {
    CustomFieldSchema again = CustomFieldSchema.of(schema.recordType(), schema.definitions());

    assertThat(again).isEqualTo(schema);
    assertThat(again.hashCode()).isEqualTo(schema.hashCode());
    schema.definitions().forEach(d -> assertThat(schema.definition(d.name())).contains(d));
  }

  @Property
  void two_definitions_of_one_name_are_rejected(@ForAll("schemas") CustomFieldSchema schema) {
    Assume.that(!schema.definitions().isEmpty());
    List<CustomFieldDefinition> twice = new ArrayList<>(schema.definitions());
    twice.add(CustomFieldDefinition.text(twice.get(0).name(), "Another label"));

    assertRejected(() -> CustomFieldSchema.of(schema.recordType(), twice), "customFieldSchema.definitions", "duplicate");
  }

  @Provide
  Arbitrary<CustomFieldSchema> schemas() {
    return ValueArbitraries.customFieldSchemas();
  }

  @Provide
  Arbitrary<Tuple2<CustomFieldSchema, CustomFields>> schemasWithFields() {
    return ValueArbitraries.customFieldSchemas()
        .flatMap(schema -> ValueArbitraries.fieldsFitting(schema).map(fields -> Tuple.of(schema, fields)));
  }

  @Provide
  Arbitrary<String> names() {
    return ValueArbitraries.customFieldNames();
  }

  @Provide
  Arbitrary<CustomFieldValue> values() {
    return ValueArbitraries.customFieldValues();
  }

  private static String written(CustomFieldValue value) {
    if (value instanceof CustomFieldValue.Text t) {
      return t.value();
    } else if (value instanceof CustomFieldValue.Number n) {
      return n.value().toPlainString();
    } else if (value instanceof CustomFieldValue.Date d) {
      return d.value().toString();
    } else if (value instanceof CustomFieldValue.Flag f) {
      return f.value() ? "yes" : "no";
    }
    return ((CustomFieldValue.Choice) value).value();
  }
}
