package io.crmkit.core.value;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void an_address_is_stripped_and_lower_cased() {
    EmailAddress email = EmailAddress.of("  Jane.Doe+CRM@Mail.ACME.com\u00A0");

    assertThat(email.value()).isEqualTo("jane.doe+crm@mail.acme.com");
    assertThat(email.localPart()).isEqualTo("jane.doe+crm");
    assertThat(email.domain()).isEqualTo("mail.acme.com");
  }

  @Test
  void a_punycode_top_level_domain_is_accepted() {
    assertThat(EmailAddress.of("info@example.xn--p1ai").domain()).isEqualTo("example.xn--p1ai");
  }

  @Test
  void a_local_part_of_64_characters_is_accepted_and_of_65_is_not() {
    String local64 = "a".repeat(64);

    assertThat(EmailAddress.isValid(local64 + "@acme.com")).isTrue();
    assertRejected(() -> EmailAddress.of("a" + local64 + "@acme.com"), "email", "invalid");
  }

  @Test
  void an_address_of_254_characters_is_accepted_and_of_255_is_not() {
    String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".com"; // 195
    String at254 = "a".repeat(254 - 1 - domain.length()) + "@" + domain;

    assertThat(at254).hasSize(254);
    assertThat(EmailAddress.isValid(at254)).isTrue();
    assertRejected(() -> EmailAddress.of("a" + at254), "email", "invalid");
  }

  @Test
  void a_kelvin_sign_is_not_read_as_the_letter_k() {
    // "\u212A".toLowerCase() is "k": without the ASCII rule this became kim@acme.com
    assertRejected(() -> EmailAddress.of("\u212Aim@acme.com"), "email", "invalid");
  }

  @Test
  void an_internationalised_address_is_rejected() {
    assertRejected(() -> EmailAddress.of("jürgen@müller.de"), "email", "invalid");
  }

  @Test
  void a_quoted_local_part_is_rejected() {
    assertRejected(() -> EmailAddress.of("\"jane doe\"@acme.com"), "email", "invalid");
  }

  @Test
  void an_ip_literal_domain_is_rejected() {
    assertRejected(() -> EmailAddress.of("jane@[192.168.0.1]"), "email", "invalid");
  }

  @Test
  void a_numeric_top_level_label_is_rejected() {
    assertRejected(() -> EmailAddress.of("jane@192.168.0.1"), "email", "invalid");
  }

  @Test
  void a_single_label_domain_is_rejected() {
    assertRejected(() -> EmailAddress.of("jane@localhost"), "email", "invalid");
  }

  @Test
  void a_one_letter_top_level_label_is_rejected() {
    assertRejected(() -> EmailAddress.of("jane@acme.c"), "email", "invalid");
  }

  @Test
  void a_missing_address_is_rejected_as_required() {
    assertRejected(() -> EmailAddress.of(null), "email", "required");
    assertThat(EmailAddress.isValid(null)).isFalse();
  }

  @Test
  void an_address_of_no_break_spaces_only_is_rejected_as_required() {
    assertRejected(() -> EmailAddress.of("\u00A0\u2009"), "email", "required");
  }
}
