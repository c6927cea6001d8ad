package io.crmkit.core.customfield;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldSchemaTest {

  /** A contact schema: a required tier, an optional renewal date, a bounded seat count and a VIP flag. */
  private static CustomFieldSchema contactSchema() {
    return CustomFieldSchema.of("Contact",
        CustomFieldDefinition.builder().name("tier").label("Tier").type(CustomFieldType.PICKLIST)
            .addOptions("Gold", "Silver").required(true).build(),
        CustomFieldDefinition.date("renewal_on", "Renewal date"),
        CustomFieldDefinition.builder().name("seats").label("Seats").type(CustomFieldType.NUMBER)
            .min(BigDecimal.ONE).build(),
        CustomFieldDefinition.flag("vip", "VIP"),
        CustomFieldDefinition.builder().name("code").label("Code").type(CustomFieldType.TEXT).maxLength(4).build());
  }

  private static CustomFields gold() {
    return CustomFields.empty().with("tier", CustomFieldValue.choice("Gold"));
  }

  @Test
  void fields_that_fit_pass() {
    CustomFields fields = gold().with("seats", CustomFieldValue.number("12")).with("vip", CustomFieldValue.flag(true));

    assertThat(contactSchema().check(fields)).isEqualTo(fields);
  }

  @Test
  void an_unknown_field_is_rejected() {
    assertRejected(() -> contactSchema().check(gold().with("shoe_size", CustomFieldValue.number("44"))),
        "customFields.shoe_size", "unknown");
  }

  @Test
  void a_value_of_the_wrong_type_is_rejected() {
    assertRejected(() -> contactSchema().check(gold().with("vip", CustomFieldValue.text("yes"))), "customFields.vip", "type");
  }

  @Test
  void a_missing_required_field_is_rejected() {
    assertRejected(() -> contactSchema().check(CustomFields.empty()), "customFields.tier", "required");
  }

  @Test
  void a_choice_outside_the_picklist_is_rejected() {
    assertRejected(() -> contactSchema().check(CustomFields.empty().with("tier", CustomFieldValue.choice("Platinum"))),
        "customFields.tier", "picklist");
  }

  @Test
  void a_text_too_long_is_rejected() {
    assertRejected(() -> contactSchema().check(gold().with("code", CustomFieldValue.text("ABCDE"))),
        "customFields.code", "length");
  }

  @Test
  void a_number_below_the_minimum_is_rejected() {
    assertRejected(() -> contactSchema().check(gold().with("seats", CustomFieldValue.number("0"))),
        "customFields.seats", "range");
  }

  @Test
  void parse_reads_text_for_the_named_field() {
    assertThat(contactSchema().parse("renewal_on", "2026-12-31")).isEqualTo(CustomFieldValue.date(LocalDate.of(2026, 12, 31)));
    assertThat(contactSchema().parse("tier", "silver")).isEqualTo(CustomFieldValue.choice("Silver"));
  }

  @Test
  void read_leaves_blank_cells_out_and_checks_the_row() {
    Map<String, String> row = new HashMap<>();
    row.put("tier", "GOLD");
    row.put("renewal_on", " ");
    row.put("seats", null);
    row.put("vip", "no");

    assertThat(contactSchema().read(row)).isEqualTo(gold().with("vip", CustomFieldValue.flag(false)));
  }

  @Test
  void read_refuses_a_row_without_a_required_field() {
    assertRejected(() -> contactSchema().read(Map.of("vip", "yes", "tier", "")), "customFields.tier", "required");
  }

  @Test
  void read_refuses_a_cell_of_the_wrong_type() {
    assertRejected(() -> contactSchema().read(Map.of("tier", "Gold", "seats", "a dozen")), "customFields.seats", "type");
  }

  @Test
  void a_schema_names_its_record_type_and_lists_definitions_in_order() {
    CustomFieldSchema schema = contactSchema();

    assertThat(schema.recordType()).isEqualTo("Contact");
    assertThat(schema.definitions()).extracting(CustomFieldDefinition::name)
        .containsExactly("tier", "renewal_on", "seats", "vip", "code");
    assertThat(schema.definition("nope")).isEmpty();
  }

  @Test
  void an_empty_schema_accepts_only_no_fields() {
    CustomFieldSchema none = CustomFieldSchema.of("Lead");

    assertThat(none.check(CustomFields.empty())).isEqualTo(CustomFields.empty());
    assertRejected(() -> none.check(gold()), "customFields.tier", "unknown");
  }

  @Test
  void a_blank_record_type_is_rejected() {
    assertRejected(() -> CustomFieldSchema.of(" "), "customFieldSchema.recordType", "required");
  }

  @Test
  void a_missing_definition_is_rejected() {
    assertRejected(() -> CustomFieldSchema.of("Contact", CustomFieldDefinition.flag("vip", "VIP"), null),
        "customFieldSchema.definitions", "required");
  }

  @Test
  void checking_missing_fields_is_rejected() {
    assertRejected(() -> contactSchema().check(null), "customFields", "required");
  }
}
