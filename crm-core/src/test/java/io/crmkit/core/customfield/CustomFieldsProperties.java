package io.crmkit.core.customfield;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.ValueArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CustomFieldsProperties {

  @Property
  void rebuilding_from_the_map_gives_equal_fields(@ForAll("fields") CustomFields fields) {
    assertThat(CustomFields.of(fields.asMap())).isEqualTo(fields);
    assertThat(CustomFields.of(fields.asMap()).hashCode()).isEqualTo(fields.hashCode());
  }

  @Property
  void the_order_values_are_given_in_does_not_matter(@ForAll("fields") CustomFields fields, @ForAll Random random) {
    List<Map.Entry<String, CustomFieldValue>> entries = new ArrayList<>(fields.asMap().entrySet());
    Collections.shuffle(entries, random);
    Map<String, CustomFieldValue> shuffled = new LinkedHashMap<>();
    entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));

    CustomFields rebuilt = CustomFields.of(shuffled);

    assertThat(rebuilt).isEqualTo(fields);
    assertThat(new ArrayList<>(rebuilt.asMap().keySet())).isSorted();
  }

  @Property
  void with_sets_a_field_and_without_removes_it(@ForAll("fields") CustomFields fields, @ForAll("names") String name,
      @ForAll("values") CustomFieldValue value) {
    CustomFields with = fields.with(name, value);

    assertThat(with.get(name)).contains(value);
    assertThat(with.without(name).get(name)).isEmpty();
    assertThat(with.without(name)).isEqualTo(fields.without(name));
    assertThat(with.with(name, value)).isEqualTo(with);
  }

  @Property
  void a_name_that_is_not_an_api_name_is_rejected(@ForAll("badNames") String name, @ForAll("values") CustomFieldValue value) {
    assertRejected(() -> CustomFields.empty().with(name, value), "customFields", "name");
    assertRejected(() -> CustomFields.of(Map.of(name, value)), "customFields", "name");
  }

  @Provide
  Arbitrary<CustomFields> fields() {
    return ValueArbitraries.customFields();
  }

  @Provide
  Arbitrary<String> names() {
    return ValueArbitraries.customFieldNames();
  }

  @Provide
  Arbitrary<CustomFieldValue> values() {
    return ValueArbitraries.customFieldValues();
  }

  @Provide
  Arbitrary<String> badNames() {
    Arbitrary<String> name = ValueArbitraries.customFieldNames();
    return Arbitraries.oneOf(
        name.map(n -> "_" + n),
        name.map(n -> "1" + n),
        name.map(n -> n.toUpperCase(java.util.Locale.ROOT) + "X"),
        name.map(n -> n + " x"),
        name.map(n -> n + "-x"),
        name.map(n -> n + "x".repeat(64)),
        Arbitraries.just(""));
  }
}
