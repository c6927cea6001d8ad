package io.crmkit.core.customfield;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomFieldValueTest {

  @Test
  void each_value_says_which_type_of_field_it_fits() {
    assertThat(CustomFieldValue.text("Gold").type()).isEqualTo(CustomFieldType.TEXT);
    assertThat(CustomFieldValue.number(BigDecimal.TEN).type()).isEqualTo(CustomFieldType.NUMBER);
    assertThat(CustomFieldValue.date(LocalDate.of(2026, 3, 31)).type()).isEqualTo(CustomFieldType.DATE);
    assertThat(CustomFieldValue.flag(true).type()).isEqualTo(CustomFieldType.BOOLEAN);
    assertThat(CustomFieldValue.choice("Gold").type()).isEqualTo(CustomFieldType.PICKLIST);
  }

  @Test
  void one_point_zero_equals_one_and_zero_has_no_scale() {
    assertThat(CustomFieldValue.number("1.0")).isEqualTo(CustomFieldValue.number(BigDecimal.ONE));
    assertThat(CustomFieldValue.number("0.000")).isEqualTo(new CustomFieldValue.Number(BigDecimal.ZERO));
  }

  @Test
  void a_text_is_stripped_but_keeps_its_inner_space() {
    assertThat(CustomFieldValue.text("  two  words\u00A0")).isEqualTo(new CustomFieldValue.Text("two  words"));
  }

  @Test
  void a_choice_folds_its_inner_space_like_the_options_it_must_match() {
    assertThat(CustomFieldValue.choice(" Closed   won ")).isEqualTo(new CustomFieldValue.Choice("Closed won"));
  }

  @Test
  void a_number_text_that_is_not_a_number_is_rejected() {
    assertRejected(() -> CustomFieldValue.number("1,5"), "customField.number", "number");
  }

  @Test
  void a_blank_number_text_is_rejected_as_required() {
    assertRejected(() -> CustomFieldValue.number(" "), "customField.number", "required");
  }

  @Test
  void a_number_of_10_to_the_34_or_more_is_rejected() {
    assertRejected(() -> CustomFieldValue.number("1E+34"), "customField.number", "range");
    assertRejected(() -> CustomFieldValue.number("1E+999999999"), "customField.number", "range");
    assertThat(CustomFieldValue.number("9".repeat(34))).isNotNull();
  }

  @Test
  void a_number_of_more_than_34_decimal_places_is_rejected() {
    assertRejected(() -> CustomFieldValue.number("1E-35"), "customField.number", "scale");
    assertThat(CustomFieldValue.number("1E-34")).isNotNull();
  }

  @Test
  void missing_values_are_rejected() {
    assertRejected(() -> CustomFieldValue.number((BigDecimal) null), "customField.number", "required");
    assertRejected(() -> CustomFieldValue.date(null), "customField.date", "required");
    assertRejected(() -> CustomFieldValue.text(null), "customField.text", "required");
  }
}
