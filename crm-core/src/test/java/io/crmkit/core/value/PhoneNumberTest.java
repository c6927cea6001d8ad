package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @Test
  void a_number_written_with_spaces_and_parentheses_becomes_e164() {
    assertThat(PhoneNumber.of("+1 (415) 555-0132").value()).isEqualTo("+14155550132");
  }

  @Test
  void a_leading_double_zero_is_read_as_plus() {
    assertThat(PhoneNumber.of("0049 30 1234567").value()).isEqualTo("+49301234567");
  }

  @Test
  void a_written_trunk_prefix_is_dropped_with_its_zero() {
    // dialled from abroad as +44 20 7946 0958: keeping the 0 gave a different, wrong number
    assertThat(PhoneNumber.of("+44 (0)20 7946 0958").value()).isEqualTo("+442079460958");
    assertThat(PhoneNumber.of("+49 (0) 30 1234567").value()).isEqualTo("+49301234567");
  }

  @Test
  void no_break_and_thin_spaces_are_separators_too() {
    assertThat(PhoneNumber.of("+33\u00A01\u202F23\u202F45\u202F67\u202F89").value()).isEqualTo("+33123456789");
  }

  @Test
  void a_national_number_is_rejected() {
    assertRejected(() -> PhoneNumber.of("030 1234567"), "phone", "e164");
  }

  @Test
  void seven_digits_are_accepted_and_six_are_not() {
    assertThat(PhoneNumber.of("+1234567").value()).isEqualTo("+1234567");
    assertRejected(() -> PhoneNumber.of("+123456"), "phone", "e164");
  }

  @Test
  void fifteen_digits_are_accepted_and_sixteen_are_not() {
    assertThat(PhoneNumber.of("+123456789012345").value()).hasSize(16);
    assertRejected(() -> PhoneNumber.of("+1234567890123456"), "phone", "e164");
  }

  @Test
  void an_extension_is_rejected() {
    assertRejected(() -> PhoneNumber.of("+1 415 555 0132 ext. 12"), "phone", "e164");
  }

  @Test
  void a_missing_or_blank_number_is_rejected_as_required() {
    assertRejected(() -> PhoneNumber.of(null), "phone", "required");
    assertRejected(() -> PhoneNumber.of(" \u00A0 "), "phone", "required");
  }

  @Test
  void numbers_sort_by_their_e164_text() {
    assertThat(PhoneNumber.of("+14155550132")).isLessThan(PhoneNumber.of("+4930123456"));
  }
}
