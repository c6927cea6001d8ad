package io.crmkit.lifecycle.json;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.CriterionRegistry;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.fixtures.Deal;
import io.crmkit.lifecycle.fixtures.SamplePipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Definitions as JSON: the document written, and every way reading refuses a document, naming its path. */
class LifecycleJsonTest {
  private static final CriterionRegistry<Deal> CRITERIA = SamplePipeline.CRITERIA;

  /** A small valid lifecycle; each test of a refusal breaks it in one place. */
  private static final String LEAD = """
      {
        "lifecycle": "Lead",
        "stages": [
          {"name": "New", "rank": 0, "entry": true},
          {"name": "Qualified", "rank": 1, "terminal": true}
        ],
        "triggers": ["qualify"],
        "transitions": [
          {"trigger": "qualify", "from": "New", "to": "Qualified", "exitCriteria": ["budget known"]}
        ]
      }
      """;

  private static String opportunityJson() throws IOException {
    try (InputStream in = LifecycleJsonTest.class.getResourceAsStream("opportunity.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_sample_pipeline_is_written_as_the_documented_shape() throws IOException {
    assertThat(LifecycleJson.write(SamplePipeline.pipeline())).isEqualTo(opportunityJson());
  }

  @Test
  void reading_the_written_document_gives_the_same_definition() throws IOException {
    LifecycleDefinition<Deal> read = LifecycleJson.read(opportunityJson(), CRITERIA);

    assertThat(read).isEqualTo(SamplePipeline.pipeline());
    assertThat(LifecycleJson.read(new StringReader(opportunityJson()), CRITERIA)).isEqualTo(read);
  }

  @Test
  void a_small_lifecycle_reads_with_defaults_for_what_it_leaves_out() {
    LifecycleDefinition<Deal> lead = LifecycleJson.read(LEAD, CRITERIA);

    assertThat(lead.name()).isEqualTo("Lead");
    assertThat(lead.entryStages()).containsExactly(StageName.of("new"));
    assertThat(lead.stage(StageName.of("new")).orElseThrow().onEnter()).isEmpty();
    assertThat(lead.transitions().get(0).exitCriteria()).containsExactly(SamplePipeline.BUDGET_KNOWN);
  }

  @Test
  void labels_that_differ_from_names_are_read_and_written() {
    String json = """
        {"lifecycle": "Lead",
         "stages": [{"name": "mql", "label": "Marketing qualified lead", "rank": 0, "entry": true},
                    {"name": "sql", "rank": 1, "terminal": true}],
         "triggers": [{"name": "accept", "label": "Accept the lead"}],
         "transitions": [{"trigger": "ACCEPT", "from": ["MQL"], "to": "SQL",
                          "sideEffects": [{"kind": "notify", "parameters": {"to": "owner", "about": "accepted"}}]}]}
        """;

    LifecycleDefinition<Deal> lead = LifecycleJson.read(json, CRITERIA);
    String written = LifecycleJson.write(lead);

    assertThat(lead.stage(StageName.of("mql")).orElseThrow().label()).isEqualTo("Marketing qualified lead");
    assertThat(lead.trigger(TriggerName.of("accept")).orElseThrow().label()).isEqualTo("Accept the lead");
    assertThat(lead.transitions().get(0).sideEffects())
        .containsExactly(SideEffect.of("notify", java.util.Map.of("to", "owner", "about", "accepted")));
    assertThat(written).contains("\"name\": \"mql\",\n      \"label\": \"Marketing qualified lead\"");
    assertThat(written).contains("\"trigger\": \"accept\"", "\"from\": \"mql\"", "\"to\": \"sql\"");
    assertThat(LifecycleJson.read(written, CRITERIA)).isEqualTo(lead);
  }

  @Test
  void null_counts_as_absent() {
    LifecycleDefinition<Deal> lead = LifecycleJson.read(
        LEAD.replace("\"entry\": true}", "\"entry\": true, \"label\": null, \"onExit\": null}"), CRITERIA);

    assertThat(lead.stage(StageName.of("new")).orElseThrow().label()).isEqualTo("New");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"rank\": 0", "\"rank\": null"), CRITERIA), "stages[0].rank", "required");
  }

  @Test
  void text_that_is_not_json_is_refused_with_its_place() {
    CrmValidationException e = assertRejected(
        () -> LifecycleJson.read("{\"lifecycle\": \"Lead\", \"stages\": [1,}", CRITERIA), "stages[1]", "malformed");

    assertThat(e.getMessage())
        .isEqualTo("stages[1]: malformed (was 'line 1, column 36'): Unexpected character ('}' (code 125)): expected a value");
  }

  @Test
  void anything_after_the_definition_is_refused() {
    assertRejected(() -> LifecycleJson.read(LEAD + " {}", CRITERIA), "json", "malformed");
  }

  @Test
  void an_empty_text_is_refused() {
    assertRejected(() -> LifecycleJson.read("  ", CRITERIA), "json", "required");
  }

  @Test
  void a_document_that_is_not_an_object_is_refused() {
    CrmValidationException e = assertRejected(() -> LifecycleJson.read("[]", CRITERIA), "json", "type");

    assertThat(e.getMessage()).isEqualTo("json: type (was '[]'): expected an object, found an array");
  }

  @Test
  void a_property_given_twice_is_refused_naming_it() {
    assertRejected(
        () -> LifecycleJson.read(LEAD.replace("\"rank\": 0,", "\"rank\": 0, \"rank\": 1,"), CRITERIA),
        "stages[0].rank", "malformed");
  }

  @Test
  void an_unknown_property_is_refused_naming_it_and_the_known_ones() {
    CrmValidationException e = assertRejected(
        () -> LifecycleJson.read(LEAD.replace("\"entry\": true", "\"entry\": true, \"colour\": \"red\""), CRITERIA),
        "stages[0].colour", "unknown-property");

    assertThat(e.getMessage()).isEqualTo("stages[0].colour: unknown-property (was 'colour'): unknown property"
        + " 'colour'; known: entry, label, name, onEnter, onExit, rank, terminal");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"lifecycle\"", "\"version\": 2, \"lifecycle\""), CRITERIA),
        "version", "unknown-property");
    assertRejected(
        () -> LifecycleJson.read(LEAD.replace("\"to\": \"Qualified\"", "\"to\": \"Qualified\", \"guard\": \"x\""), CRITERIA),
        "transitions[0].guard", "unknown-property");
  }

  @Test
  void a_missing_required_property_is_refused_naming_it() {
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"lifecycle\": \"Lead\",", ""), CRITERIA), "lifecycle", "required");
    assertRejected(() -> LifecycleJson.read("{\"lifecycle\": \"Lead\"}", CRITERIA), "stages", "required");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"name\": \"New\", ", ""), CRITERIA), "stages[0].name", "required");
    assertRejected(() -> LifecycleJson.read(LEAD.replace(", \"to\": \"Qualified\"", ""), CRITERIA), "transitions[0].to", "required");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"from\": \"New\", ", ""), CRITERIA), "transitions[0].from", "required");
  }

  @Test
  void a_value_of_the_wrong_type_is_refused_without_coercion() {
    CrmValidationException rank = assertRejected(
        () -> LifecycleJson.read(LEAD.replace("\"rank\": 0", "\"rank\": \"0\""), CRITERIA), "stages[0].rank", "type");
    assertThat(rank.getMessage()).isEqualTo("stages[0].rank: type (was '0'): expected a whole number, found a string");

    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"rank\": 0", "\"rank\": 0.5"), CRITERIA), "stages[0].rank", "type");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"entry\": true", "\"entry\": \"yes\""), CRITERIA), "stages[0].entry", "type");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"lifecycle\": \"Lead\"", "\"lifecycle\": 7"), CRITERIA), "lifecycle", "type");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"from\": \"New\"", "\"from\": 3"), CRITERIA), "transitions[0].from", "type");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"from\": \"New\"", "\"from\": [\"New\", 3]"), CRITERIA),
        "transitions[0].from[1]", "type");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("[\"qualify\"]", "[7]"), CRITERIA), "triggers[0]", "type");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("[\"budget known\"]", "\"budget known\""), CRITERIA),
        "transitions[0].exitCriteria", "type");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"stages\": [", "\"stages\": {\"x\": [").replace("}\n  ],", "}]},"), CRITERIA),
        "stages", "type");
  }

  @Test
  void a_rank_beyond_32_bits_is_refused() {
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"rank\": 0", "\"rank\": 3000000000"), CRITERIA), "stages[0].rank", "range");
  }

  @Test
  void a_side_effect_is_read_strictly() {
    String withEffect = LEAD.replace("\"entry\": true", "\"entry\": true, \"onEnter\": [%s]");

    assertRejected(() -> LifecycleJson.read(withEffect.formatted("{\"parameters\": {}}"), CRITERIA),
        "stages[0].onEnter[0].kind", "required");
    assertRejected(() -> LifecycleJson.read(withEffect.formatted("{\"kind\": \" \"}"), CRITERIA),
        "stages[0].onEnter[0].kind", "required");
    assertRejected(() -> LifecycleJson.read(withEffect.formatted("{\"kind\": \"notify\", \"parameters\": {\"to\": 1}}"), CRITERIA),
        "stages[0].onEnter[0].parameters.to", "type");
    assertRejected(() -> LifecycleJson.read(withEffect.formatted("{\"kind\": \"notify\", \"parameters\": {\"to\": \" \"}}"), CRITERIA),
        "stages[0].onEnter[0].parameters.to", "required");
    assertRejected(() -> LifecycleJson.read(withEffect.formatted("{\"kind\": \"notify\", \"parameters\": []}"), CRITERIA),
        "stages[0].onEnter[0].parameters", "type");
    assertRejected(() -> LifecycleJson.read(withEffect.formatted("{\"kind\": \"notify\", \"when\": \"now\"}"), CRITERIA),
        "stages[0].onEnter[0].when", "unknown-property");
  }

  @Test
  void a_criterion_the_registry_does_not_hold_is_refused_naming_its_path() {
    CrmValidationException e = assertRejected(
        () -> LifecycleJson.read(LEAD.replace("\"budget known\"", "\"budget known\", \"authority named\""), CRITERIA),
        "transitions[0].exitCriteria[1]", "unknown-criterion");

    assertThat(e.getMessage()).startsWith(
        "transitions[0].exitCriteria[1]: unknown-criterion (was 'authority named'): no criterion 'authority named'"
            + " in the registry; known: 'problem written',");
  }

  @Test
  void a_definition_that_fails_its_checks_is_refused_with_the_path_in_the_document() {
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"to\": \"Qualified\"", "\"to\": \"Won\""), CRITERIA),
        "transitions[0].to", "unknown-stage");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("[\"qualify\"]", "[\"qualify\", \"nurture\"]"), CRITERIA),
        "triggers[1].name", "no-target");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"entry\": true", "\"entry\": false"), CRITERIA),
        "stages", "no-entry");
    assertRejected(() -> LifecycleJson.read(LEAD.replace("\"stages\": [", "\"stages\": [{\"name\": \"Limbo\", \"rank\": 0},"), CRITERIA),
        "stages[0].name", "unreachable");
  }

  @Test
  void a_reader_that_fails_is_reported_as_an_io_failure() {
    Reader broken = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> LifecycleJson.read(broken, CRITERIA))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk gone");
  }
}
