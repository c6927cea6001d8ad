package io.crmkit.scoring.rules;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.lead.Lead;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Schemas: the fields they list and their kinds, and what is refused when building one. */
class ScoringSchemaTest {

  @Test
  void the_lead_schema_lists_its_fields_with_their_kinds() {
    ScoringSchema<Lead> lead = ScoringSchemas.lead();

    assertThat(lead.recordName()).isEqualTo("Lead");
    assertThat(lead.fields()).containsEntry("companySize", FieldKind.NUMBER).containsEntry("jobTitle", FieldKind.TEXT)
        .hasSize(10);
    assertThat(lead.kindOf("custom.region")).contains(FieldKind.TEXT_OR_NUMBER);
    assertThat(lead.kindOf("custom.")).isEmpty();
    assertThat(lead.kindOf("title")).isEmpty();
    assertThat(lead.readsCustomFields()).isTrue();
    assertThat(lead.eventsOf(RuleFixtures.aBareLead().build())).isEmpty();
  }

  @Test
  void a_row_schema_has_one_text_or_number_field_per_column() {
    ScoringSchema<Map<String, String>> rows = ScoringSchemas.row(List.of("Job  title", "Employees"));

    assertThat(rows.fields()).containsOnlyKeys("Job title", "Employees")
        .containsValue(FieldKind.TEXT_OR_NUMBER);
    assertThat(rows.readsCustomFields()).isFalse();
  }

  @Test
  void a_field_registered_twice_or_without_a_name_or_accessor_is_refused() {
    assertRejected("scoringSchema.field", "duplicate",
        () -> ScoringSchemas.row(List.of("Title", " Title")));
    assertRejected("scoringSchema.field", "required", () -> ScoringSchemas.row(List.of("Title", "")));
    assertRejected("scoringSchema.accessor", "required",
        () -> ScoringSchema.<Lead>builder("Lead").optionalNumber("size", null));
    assertRejected("scoringSchema.recordName", "required", () -> ScoringSchema.builder(" "));
    assertRejected("scoringSchema.events", "required", () -> ScoringSchema.<Lead>builder("Lead").events(null));
  }

  @Test
  void field_kinds_say_which_tests_they_take() {
    assertThat(FieldKind.TEXT.holdsText()).isTrue();
    assertThat(FieldKind.TEXT.holdsNumber()).isFalse();
    assertThat(FieldKind.NUMBER.holdsText()).isFalse();
    assertThat(FieldKind.TEXTS.holdsText()).isTrue();
    assertThat(FieldKind.TEXT_OR_NUMBER.holdsText()).isTrue();
    assertThat(FieldKind.TEXT_OR_NUMBER.holdsNumber()).isTrue();
  }

  @Test
  void texts_read_as_numbers_accept_plain_decimals_only() {
    assertThat(ScoringSchema.parse(" 1500 ")).isEqualTo(1500);
    assertThat(ScoringSchema.parse("-2.5e1")).isEqualTo(-25);
    assertThat(ScoringSchema.parse("NaN")).isNaN();
    assertThat(ScoringSchema.parse("Infinity")).isNaN();
    assertThat(ScoringSchema.parse("0x10")).isNaN();
    assertThat(ScoringSchema.parse("1.2.3")).isNaN();
    assertThat(ScoringSchema.parse("")).isNaN();
    assertThat(ScoringSchema.parse(null)).isNaN();
  }

  @Test
  void an_optional_number_reads_absent_as_no_value() {
    record Deal(OptionalDouble amount) {}
    ScoringSchema<Deal> schema = ScoringSchema.<Deal>builder("Deal").optionalNumber("amount", Deal::amount).build();
    Scorer<Deal> scorer = RuleFixtures.oneRule(Condition.absent("amount"), 5).compile(schema);

    assertThat(scorer.score(new Deal(OptionalDouble.empty()), RuleFixtures.AS_OF).points()).isEqualTo(5);
    assertThat(scorer.score(new Deal(OptionalDouble.of(10)), RuleFixtures.AS_OF).points()).isZero();
  }
}
