package io.crmkit.core.customfield;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomFieldDefinitionTest {

  @Test
  void a_text_field_takes_255_characters_unless_told_otherwise() {
    CustomFieldDefinition nickname = CustomFieldDefinition.text("nickname", "Nickname");

    assertThat(nickname.maxLength()).isEqualTo(CustomFieldDefinition.DEFAULT_MAX_LENGTH).isEqualTo(255);
    assertThat(nickname.required()).isFalse();
    assertThat(nickname.check(CustomFieldValue.text("x".repeat(255)))).isNotNull();
    assertRejected(() -> nickname.check(CustomFieldValue.text("x".repeat(256))), "customFields.nickname", "length");
  }

  @Test
  void text_length_counts_characters_not_utf16_units() {
    CustomFieldDefinition motto = CustomFieldDefinition.builder().name("motto").label("Motto")
        .type(CustomFieldType.TEXT).maxLength(3).build();

    assertThat(motto.parse("\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80")).isEqualTo(CustomFieldValue.text("🚀🚀🚀"));
    assertRejected(() -> motto.parse("🚀🚀🚀🚀"), "customFields.motto", "length");
  }

  @Test
  void a_picklist_reads_an_option_in_any_case_and_returns_its_defined_spelling() {
    CustomFieldDefinition tier = CustomFieldDefinition.picklist("tier", "Tier", "Gold", "Silver", "Bronze");

    assertThat(tier.parse("  gOLD ")).isEqualTo(CustomFieldValue.choice("Gold"));
    assertRejected(() -> tier.parse("Platinum"), "customFields.tier", "picklist");
  }

  @Test
  void a_picklist_option_is_folded() {
    CustomFieldDefinition stage = CustomFieldDefinition.picklist("stage", "Stage", " Closed   won ", "Open");

    assertThat(stage.options()).containsExactly("Closed won", "Open");
    assertThat(stage.parse("closed won")).isEqualTo(CustomFieldValue.choice("Closed won"));
  }

  @Test
  void a_number_reads_decimals_and_exponents_and_keeps_its_bounds() {
    CustomFieldDefinition seats = CustomFieldDefinition.builder().name("seats").label("Seats")
        .type(CustomFieldType.NUMBER).min(BigDecimal.ONE).max(new BigDecimal("1E+4")).build();

    assertThat(seats.parse(" 12.50 ")).isEqualTo(CustomFieldValue.number("12.5"));
    assertThat(seats.parse("1E3")).isEqualTo(CustomFieldValue.number("1000"));
    assertThat(seats.parse("10000")).isEqualTo(CustomFieldValue.number("10000"));
    assertThat(seats.parse("1")).isEqualTo(CustomFieldValue.number("1"));
    assertRejected(() -> seats.parse("0.99"), "customFields.seats", "range");
    assertRejected(() -> seats.parse("10000.01"), "customFields.seats", "range");
    assertRejected(() -> seats.parse("1,000"), "customFields.seats", "type");
  }

  @Test
  void a_date_reads_iso_dates_only() {
    CustomFieldDefinition renewal = CustomFieldDefinition.date("renewal_on", "Renewal date");

    assertThat(renewal.parse("2026-03-31")).isEqualTo(CustomFieldValue.date(LocalDate.of(2026, 3, 31)));
    assertRejected(() -> renewal.parse("31/03/2026"), "customFields.renewal_on", "type");
    assertRejected(() -> renewal.parse("2026-02-29"), "customFields.renewal_on", "type");
  }

  @Test
  void a_flag_reads_true_false_yes_and_no() {
    CustomFieldDefinition vip = CustomFieldDefinition.flag("vip", "VIP");

    assertThat(vip.parse("TRUE")).isEqualTo(CustomFieldValue.flag(true));
    assertThat(vip.parse("Yes")).isEqualTo(CustomFieldValue.flag(true));
    assertThat(vip.parse("false")).isEqualTo(CustomFieldValue.flag(false));
    assertThat(vip.parse("no")).isEqualTo(CustomFieldValue.flag(false));
    assertRejected(() -> vip.parse("1"), "customFields.vip", "type");
    assertRejected(() -> vip.parse("y"), "customFields.vip", "type");
  }

  @Test
  void a_missing_text_is_rejected_as_required() {
    assertRejected(() -> CustomFieldDefinition.flag("vip", "VIP").parse(null), "customFields.vip", "required");
  }

  @Test
  void a_picklist_without_options_is_rejected() {
    assertRejected(() -> CustomFieldDefinition.picklist("tier", "Tier"), "customField.options", "required");
  }

  @Test
  void a_blank_option_is_rejected() {
    assertRejected(() -> CustomFieldDefinition.picklist("tier", "Tier", "Gold", "\u00A0"), "customField.options", "required");
  }

  @Test
  void options_differing_only_in_case_are_rejected() {
    assertRejected(() -> CustomFieldDefinition.picklist("tier", "Tier", "Gold", "GOLD"), "customField.options", "duplicate");
  }

  @Test
  void a_blank_label_is_rejected() {
    assertRejected(() -> CustomFieldDefinition.text("nickname", " \u3000 "), "customField.label", "required");
  }

  @Test
  void an_upper_case_name_is_rejected() {
    assertRejected(() -> CustomFieldDefinition.text("Nickname", "Nickname"), "customField.name", "name");
  }

  @Test
  void a_maximum_length_below_one_is_rejected() {
    assertRejected(() -> CustomFieldDefinition.builder().name("code").label("Code").type(CustomFieldType.TEXT)
        .maxLength(0).build(), "customField.maxLength", "range");
  }

  @Test
  void bounds_are_normalised_so_equal_bounds_give_equal_definitions() {
    CustomFieldDefinition a = CustomFieldDefinition.builder().name("score").label("Score").type(CustomFieldType.NUMBER)
        .min(new BigDecimal("0.00")).max(new BigDecimal("100.0")).build();
    CustomFieldDefinition b = CustomFieldDefinition.builder().name("score").label("Score").type(CustomFieldType.NUMBER)
        .min(BigDecimal.ZERO).max(new BigDecimal("1E+2")).build();

    assertThat(a).isEqualTo(b);
  }

  @Test
  void a_number_too_large_to_hold_is_rejected_naming_the_field() {
    CustomFieldDefinition score = CustomFieldDefinition.number("score", "Score");

    assertRejected(() -> score.parse("1E+999999999"), "customFields.score", "range");
  }

  @Test
  void a_bound_too_large_to_hold_is_rejected() {
    assertRejected(() -> CustomFieldDefinition.builder().name("score").label("Score").type(CustomFieldType.NUMBER)
        .max(new BigDecimal("1E+999999999")).build(), "customField.max", "range");
  }

  @Test
  void equal_bounds_allow_exactly_one_number() {
    CustomFieldDefinition answer = CustomFieldDefinition.builder().name("answer").label("Answer")
        .type(CustomFieldType.NUMBER).min(new BigDecimal("42")).max(new BigDecimal("42.0")).build();

    assertThat(answer.parse("42.000")).isEqualTo(CustomFieldValue.number("42"));
    assertRejected(() -> answer.parse("43"), "customFields.answer", "range");
  }
}
