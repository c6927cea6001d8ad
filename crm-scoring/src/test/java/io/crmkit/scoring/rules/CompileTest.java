package io.crmkit.scoring.rules;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.lead.Lead;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compiling a model for a schema: every field a rule names must exist and suit the condition. */
class CompileTest {

  @Test
  void a_rule_on_a_field_the_schema_does_not_have_is_refused_listing_the_fields_it_has() {
    ScoringModel model = ScoringModel.builder("Typo")
        .group("Role", Dimension.FIT, g -> g
            .rule("vp", Condition.contains("jobTitle", "vp"), 10)
            .rule("title", Condition.contains("jobtitle", "vp"), 10))
        .build();

    var e = assertRejected("scoringModel.groups[0].rules[1].field", "unknown-field",
        () -> model.compile(ScoringSchemas.lead()));

    assertThat(e.getMessage())
        .contains("rule 'title': Lead has no field 'jobtitle'")
        .contains("companyDomain, companyName, companySize, country, email, emailDomain, industry, jobTitle")
        .contains("custom fields as custom.<name>");
  }

  @Test
  void a_range_on_a_text_field_is_refused() {
    ScoringModel model = RuleFixtures.oneRule(Condition.atLeast("industry", 3), 10);

    var e = assertRejected("scoringModel.groups[0].rules[0].field", "field-kind", () -> model.compile(ScoringSchemas.lead()));
    assertThat(e.getMessage()).contains("a range needs a number field; 'industry' is not one");
  }

  @Test
  void a_text_test_on_a_number_field_is_refused() {
    ScoringModel model = RuleFixtures.oneRule(Condition.equalTo("companySize", "500"), 10);

    assertRejected("scoringModel.groups[0].rules[0].field", "field-kind", () -> model.compile(ScoringSchemas.lead()));
  }

  @Test
  void present_and_absent_test_fields_of_every_kind() {
    ScoringModel model = ScoringModel.builder("Any kind")
        .group("Fit", Dimension.FIT, g -> g
            .rule("size", Condition.present("companySize"), 10)
            .rule("title", Condition.absent("jobTitle"), 10))
        .build();

    assertThat(model.compile(ScoringSchemas.lead()).model()).isSameAs(model);
  }

  @Test
  void a_row_schema_knows_only_its_columns() {
    ScoringModel model = RuleFixtures.oneRule(Condition.present("Title"), 10);

    assertRejected("scoringModel.groups[0].rules[0].field", "unknown-field",
        () -> model.compile(ScoringSchemas.row(List.of("Name", "Company"))));
    assertThat(model.compile(ScoringSchemas.row(List.of(" Title "))).score(Map.of(" Title ", "CEO"), RuleFixtures.AS_OF).points())
        .isEqualTo(10);
  }

  @Test
  void custom_fields_are_known_only_where_the_schema_reads_them() {
    ScoringModel model = RuleFixtures.oneRule(Condition.present("custom.region"), 10);
    ScoringSchema<Lead> withoutCustomFields = ScoringSchema.<Lead>builder("Lead").text("jobTitle", Lead::jobTitle).build();

    assertRejected("scoringModel.groups[0].rules[0].field", "unknown-field", () -> model.compile(withoutCustomFields));
    assertThat(model.compile(ScoringSchemas.lead())).isNotNull();
  }

  @Test
  void scoring_refuses_missing_arguments_and_an_instant_beyond_epoch_milliseconds() {
    Scorer<Lead> scorer = RuleFixtures.inboundModel().compile(ScoringSchemas.lead());
    Lead lead = RuleFixtures.aBareLead().build();

    assertRejected("record", "required", () -> scorer.score(null, List.of(), RuleFixtures.AS_OF));
    assertRejected("events", "required", () -> scorer.score(lead, null, RuleFixtures.AS_OF));
    assertRejected("asOf", "required", () -> scorer.score(lead, List.of(), null));
    assertRejected("asOf", "range", () -> scorer.explain(lead, List.of(), java.time.Instant.MIN));
    assertRejected("record", "required", () -> scorer.explain(null, RuleFixtures.AS_OF));
  }
}
