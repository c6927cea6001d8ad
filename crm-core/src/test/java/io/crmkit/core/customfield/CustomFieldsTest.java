package io.crmkit.core.customfield;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldsTest {

  @Test
  void a_name_of_64_characters_is_accepted_and_of_65_is_not() {
    String name64 = "a".repeat(64);

    assertThat(CustomFields.empty().with(name64, CustomFieldValue.flag(true)).get(name64)).isPresent();
    assertRejected(() -> CustomFields.empty().with(name64 + "a", CustomFieldValue.flag(true)), "customFields", "name");
  }

  @Test
  void a_missing_value_is_rejected_naming_its_field() {
    Map<String, CustomFieldValue> values = new HashMap<>();
    values.put("tier", null);

    assertRejected(() -> CustomFields.of(values), "customFields.tier", "required");
    assertRejected(() -> CustomFields.empty().with("tier", null), "customFields.tier", "required");
  }

  @Test
  void a_missing_map_is_rejected() {
    assertRejected(() -> CustomFields.of(null), "customFields", "required");
  }

  @Test
  void without_a_field_that_is_not_set_returns_the_same_fields() {
    CustomFields fields = CustomFields.empty().with("tier", CustomFieldValue.choice("Gold"));

    assertThat(fields.without("region")).isSameAs(fields);
    assertThat(fields.without("tier").isEmpty()).isTrue();
  }

  @Test
  void the_map_view_cannot_be_changed() {
    CustomFields fields = CustomFields.empty().with("tier", CustomFieldValue.choice("Gold"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> fields.asMap().put("x", CustomFieldValue.flag(true)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
