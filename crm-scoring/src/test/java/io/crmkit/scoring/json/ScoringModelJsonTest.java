package io.crmkit.scoring.json;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.scoring.rules.Condition;
import io.crmkit.scoring.rules.Decay;
import io.crmkit.scoring.rules.Dimension;
import io.crmkit.scoring.rules.RuleFixtures;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Models as JSON: the document written, and every way reading refuses a document, naming its path. */
class ScoringModelJsonTest {

  /** A small valid model; each test of a refusal breaks it in one place. */
  private static final String SMALL = """
      {
        "model": "Small",
        "groups": [
          {"name": "Role", "dimension": "fit", "rules": [
            {"id": "vp", "field": "jobTitle", "contains": "vp", "points": 10}
          ]},
          {"name": "Web", "dimension": "engagement", "decay": {"halfLifeDays": 30}, "rules": [
            {"id": "demo", "event": "demo request", "points": 30}
          ]}
        ]
      }
      """;

  private static String inboundJson() throws IOException {
    try (InputStream in = ScoringModelJsonTest.class.getResourceAsStream("inbound.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The small model with {@code from} replaced by {@code to}, once. */
  private static String small(String from, String to) {
    assertThat(SMALL).contains(from);
    int at = SMALL.indexOf(from);
    return SMALL.substring(0, at) + to + SMALL.substring(at + from.length());
  }

  @Test
  void the_sample_model_is_written_as_the_documented_shape() throws IOException {
    assertThat(ScoringModelJson.write(RuleFixtures.inboundModel())).isEqualTo(inboundJson());
  }

  @Test
  void reading_the_written_document_gives_the_same_model() throws IOException {
    ScoringModel read = ScoringModelJson.read(inboundJson());

    assertThat(read).isEqualTo(RuleFixtures.inboundModel());
    assertThat(ScoringModelJson.read(new StringReader(inboundJson()))).isEqualTo(read);
  }

  @Test
  void a_small_model_reads_with_defaults_for_what_it_leaves_out() {
    ScoringModel model = ScoringModelJson.read(SMALL);

    assertThat(model.ceiling()).isEqualTo(100);
    assertThat(model.groups().get(0).dimension()).isEqualTo(Dimension.FIT);
    assertThat(model.groups().get(0).cap()).isEmpty();
    assertThat(model.groups().get(1).decay()).isEqualTo(Decay.halfLife(30));
    assertThat(model.rule("vp").orElseThrow().label()).isEqualTo("jobTitle contains \"vp\"");
    assertThat(model.rule("demo").orElseThrow().condition()).isEqualTo(Condition.event("demo request"));
    assertThat(model.grades()).isEmpty();
    assertThat(model.routing()).isEmpty();
  }

  @Test
  void every_test_reads_as_its_condition() {
    String json = """
        {"model": "All tests", "ceiling": 80, "groups": [{"name": "Fit", "dimension": "FIT", "cap": 50, "rules": [
          {"id": "e", "field": "industry", "equals": "Software", "points": 1},
          {"id": "i", "field": "country", "in": ["DE", "AT"], "points": 2},
          {"id": "r", "field": "companySize", "range": {"min": 10.5}, "points": 3},
          {"id": "m", "label": "Senior", "field": "jobTitle", "matches": "vp|director", "points": 4},
          {"id": "c", "field": "jobTitle", "contains": "student", "points": -5},
          {"id": "p", "field": "jobTitle", "present": true, "points": 6},
          {"id": "a", "field": "companySize", "absent": true, "points": -7},
          {"id": "v", "event": "Page View", "detailMatches": "/docs/", "atLeast": 2, "withinDays": 14,
           "perEvent": true, "maxTimes": 4, "points": 8}
        ]}],
        "fitGrades": {"A": 30, "B": 20, "C": 5},
        "engagementLevels": {"1": 20, "2": 10},
        "grades": [{"name": "Hot", "minimumScore": 60}, {"name": "Cold", "minimumScore": 0}],
        "routing": [{"minimumScore": 60, "minimumFit": "b", "grades": ["Hot"], "lifecycleStage": "MQL", "leadStatus": "working"},
                    {"leadStatus": "NURTURING"}]}
        """;

    ScoringModel model = ScoringModelJson.read(json);

    assertThat(model.rules()).extracting(ScoringRule::condition).containsExactly(
        Condition.equalTo("industry", "Software"),
        Condition.in("country", "DE", "AT"),
        new Condition.Range("companySize", OptionalDouble.of(10.5), OptionalDouble.empty()),
        Condition.matches("jobTitle", "vp|director"),
        Condition.contains("jobTitle", "student"),
        Condition.present("jobTitle"),
        Condition.absent("companySize"),
        Condition.event("page view").detailMatches("/docs/").atLeast(2).withinDays(14).perEvent(4));
    assertThat(model.rule("m").orElseThrow().label()).isEqualTo("Senior");
    assertThat(model.ceiling()).isEqualTo(80);
    assertThat(model.fitGrades().c()).isEqualTo(5);
    assertThat(model.engagementLevels().level1()).isEqualTo(20);
    assertThat(model.gradeLabels()).containsExactly("Hot", "Cold");
    assertThat(model.routing().get(0).minimumFit()).contains(FitGrade.B);
    assertThat(model.routing().get(0).lifecycleStage()).contains(LifecycleStage.MQL);
    assertThat(model.routing().get(0).leadStatus()).contains(LeadStatus.WORKING);
    assertThat(model.routing().get(1).minimumScore()).isZero();
    assertThat(ScoringModelJson.read(ScoringModelJson.write(model))).isEqualTo(model);
  }

  @Test
  void malformed_json_is_refused_with_line_and_column() {
    var e = assertRejected("groups[0].name", "malformed", () -> ScoringModelJson.read("{\"model\": \"x\", \"groups\": [{\"name\": }]}"));
    assertThat(e.rejectedValue()).startsWith("line 1, column");
    assertRejected("json", "required", () -> ScoringModelJson.read(" "));
    assertRejected("json", "malformed", () -> ScoringModelJson.read(SMALL + " {}"));
    var twice = assertRejected("groups[0].name", "malformed",
        () -> ScoringModelJson.read(small("\"name\": \"Role\",", "\"name\": \"Role\", \"name\": \"Again\",")));
    assertThat(twice.getMessage()).contains("Duplicate field 'name'");
  }

  @Test
  void an_unknown_property_is_refused_listing_the_known_ones() {
    var e = assertRejected("groups[0].rules[0].point", "unknown-property",
        () -> ScoringModelJson.read(small("\"points\": 10", "\"point\": 10")));
    assertThat(e.getMessage()).contains("known: absent, atLeast, contains");
    assertRejected("weights", "unknown-property", () -> ScoringModelJson.read(small("\"model\": \"Small\",", "\"model\": \"Small\", \"weights\": 1,")));
    assertRejected("groups[1].decay.halfLife", "unknown-property",
        () -> ScoringModelJson.read(small("\"halfLifeDays\"", "\"halfLife\"")));
  }

  @Test
  void wrong_json_types_are_refused_without_coercion() {
    assertRejected("groups[0].rules[0].points", "type", () -> ScoringModelJson.read(small("\"points\": 10", "\"points\": \"10\"")));
    assertRejected("groups[0].rules[0].points", "type", () -> ScoringModelJson.read(small("\"points\": 10", "\"points\": 10.5")));
    assertRejected("groups[0].rules[0].points", "range",
        () -> ScoringModelJson.read(small("\"points\": 10", "\"points\": 10000000000")));
    assertRejected("groups", "type", () -> ScoringModelJson.read("{\"model\": \"x\", \"groups\": {}}"));
    assertRejected("json", "type", () -> ScoringModelJson.read("[]"));
    assertRejected("groups[0].rules[0].contains", "type", () -> ScoringModelJson.read(small("\"contains\": \"vp\"", "\"contains\": [\"vp\"]")));
  }

  @Test
  void missing_required_properties_are_refused_by_path() {
    assertRejected("model", "required", () -> ScoringModelJson.read(small("\"model\": \"Small\",", "")));
    assertRejected("groups[0].rules[0].id", "required", () -> ScoringModelJson.read(small("\"id\": \"vp\",", "")));
    assertRejected("groups[0].rules[0].points", "required", () -> ScoringModelJson.read(small(", \"points\": 10", "")));
    assertRejected("groups[0].rules[0].field", "required", () -> ScoringModelJson.read(small("\"field\": \"jobTitle\",", "")));
    assertRejected("groups[0].dimension", "required", () -> ScoringModelJson.read(small("\"dimension\": \"fit\",", "")));
    assertRejected("groups", "required", () -> ScoringModelJson.read("{\"model\": \"x\"}"));
  }

  @Test
  void a_rule_has_exactly_one_test_and_only_the_properties_of_its_kind() {
    assertRejected("groups[0].rules[0]", "required",
        () -> ScoringModelJson.read(small("\"contains\": \"vp\",", "")));
    var two = assertRejected("groups[0].rules[0].contains", "exclusive",
        () -> ScoringModelJson.read(small("\"contains\": \"vp\"", "\"equals\": \"CEO\", \"contains\": \"vp\"")));
    assertThat(two.getMessage()).contains("this one has equals and contains");
    assertRejected("groups[0].rules[0].atLeast", "not-for-field",
        () -> ScoringModelJson.read(small("\"contains\": \"vp\"", "\"contains\": \"vp\", \"atLeast\": 2")));
    assertRejected("groups[1].rules[0].field", "not-for-event",
        () -> ScoringModelJson.read(small("\"event\": \"demo request\"", "\"event\": \"demo request\", \"field\": \"jobTitle\"")));
    assertRejected("groups[0].rules[0].present", "value",
        () -> ScoringModelJson.read(small("\"contains\": \"vp\"", "\"present\": false")));
  }

  @Test
  void refusals_of_the_values_read_name_their_path_in_the_document() {
    assertRejected("groups[0].rules[0].points", "range", () -> ScoringModelJson.read(small("\"points\": 10", "\"points\": 0")));
    assertRejected("groups[0].rules[0].contains", "required", () -> ScoringModelJson.read(small("\"contains\": \"vp\"", "\"contains\": \" \"")));
    assertRejected("groups[0].rules[0].range.max", "order", () -> ScoringModelJson.read(
        small("\"contains\": \"vp\"", "\"range\": {\"min\": 10, \"max\": 5}")));
    assertRejected("groups[0].rules[0].range", "required", () -> ScoringModelJson.read(small("\"contains\": \"vp\"", "\"range\": {}")));
    assertRejected("groups[0].rules[0].in[1]", "duplicate", () -> ScoringModelJson.read(
        small("\"contains\": \"vp\"", "\"in\": [\"CEO\", \"ceo\"]")));
    assertRejected("groups[0].rules[0].matches", "invalid", () -> ScoringModelJson.read(small("\"contains\": \"vp\"", "\"matches\": \"(vp\"")));
    assertRejected("groups[1].rules[0].maxTimes", "per-event", () -> ScoringModelJson.read(
        small("\"event\": \"demo request\"", "\"event\": \"demo request\", \"maxTimes\": 3")));
    assertRejected("groups[1].rules[0].withinDays", "range", () -> ScoringModelJson.read(
        small("\"event\": \"demo request\"", "\"event\": \"demo request\", \"withinDays\": 0")));
    assertRejected("groups[0].cap", "range", () -> ScoringModelJson.read(small("\"dimension\": \"fit\",", "\"dimension\": \"fit\", \"cap\": 0,")));
    assertRejected("groups[1].decay.halfLifeDays", "range", () -> ScoringModelJson.read(small("\"halfLifeDays\": 30", "\"halfLifeDays\": 0")));
    assertRejected("groups[1].decay", "required", () -> ScoringModelJson.read(small("\"halfLifeDays\": 30", "")));
    assertRejected("groups[1].decay", "required", () -> ScoringModelJson.read(small("\"halfLifeDays\": 30", "\"halfLifeDays\": 30, \"windowDays\": 7")));
    assertRejected("groups[0].decay", "no-events", () -> ScoringModelJson.read(
        small("\"dimension\": \"fit\",", "\"dimension\": \"fit\", \"decay\": {\"windowDays\": 7},")));
    assertRejected("groups[0].dimension", "unknown", () -> ScoringModelJson.read(small("\"dimension\": \"fit\"", "\"dimension\": \"firmographic\"")));
  }

  @Test
  void refusals_of_the_model_as_a_whole_name_their_path_in_the_document() {
    assertRejected("model", "required", () -> ScoringModelJson.read(small("\"model\": \"Small\"", "\"model\": \"  \"")));
    assertRejected("ceiling", "range", () -> ScoringModelJson.read(small("\"model\": \"Small\",", "\"model\": \"Small\", \"ceiling\": 0,")));
    assertRejected("groups[1].name", "duplicate", () -> ScoringModelJson.read(small("\"name\": \"Web\"", "\"name\": \"role\"")));
    assertRejected("groups[1].rules[0].id", "duplicate", () -> ScoringModelJson.read(small("\"id\": \"demo\"", "\"id\": \"VP\"")));
    assertRejected("groups", "type", () -> ScoringModelJson.read("{\"model\": \"x\", \"groups\": 3}"));
  }

  @Test
  void refusals_of_grades_and_routing_name_their_path_in_the_document() {
    String withGrades = small("\"model\": \"Small\",", "\"model\": \"Small\", \"grades\": [GRADES], \"routing\": [ROUTING],");

    assertRejected("fitGrades.B", "order", () -> ScoringModelJson.read(
        small("\"model\": \"Small\",", "\"model\": \"Small\", \"fitGrades\": {\"A\": 30, \"B\": 30, \"C\": 5},")));
    assertRejected("fitGrades.C", "required", () -> ScoringModelJson.read(
        small("\"model\": \"Small\",", "\"model\": \"Small\", \"fitGrades\": {\"A\": 30, \"B\": 20},")));
    assertRejected("engagementLevels.1", "range", () -> ScoringModelJson.read(
        small("\"model\": \"Small\",", "\"model\": \"Small\", \"engagementLevels\": {\"1\": 200, \"2\": 20},")));
    assertRejected("grades[0].minimumScore", "range", () -> ScoringModelJson.read(withGrades
        .replace("GRADES", "{\"name\": \"Hot\", \"minimumScore\": 101}").replace("ROUTING", "")));
    assertRejected("grades[1].minimumScore", "bottom", () -> ScoringModelJson.read(withGrades
        .replace("GRADES", "{\"name\": \"Hot\", \"minimumScore\": 70}, {\"name\": \"Warm\", \"minimumScore\": 40}")
        .replace("ROUTING", "")));
    assertRejected("routing[0]", "required", () -> ScoringModelJson.read(withGrades
        .replace("GRADES", "").replace("ROUTING", "{\"minimumScore\": 60}")));
    assertRejected("routing[0].leadStatus", "converted", () -> ScoringModelJson.read(withGrades
        .replace("GRADES", "").replace("ROUTING", "{\"leadStatus\": \"converted\"}")));
    assertRejected("routing[0].leadStatus", "unknown", () -> ScoringModelJson.read(withGrades
        .replace("GRADES", "").replace("ROUTING", "{\"leadStatus\": \"hot\"}")));
    assertRejected("routing[0].minimumFit", "unknown", () -> ScoringModelJson.read(withGrades
        .replace("GRADES", "").replace("ROUTING", "{\"minimumFit\": \"E\", \"lifecycleStage\": \"MQL\"}")));
    assertRejected("routing[0].lifecycleStage", "required", () -> ScoringModelJson.read(withGrades
        .replace("GRADES", "").replace("ROUTING", "{\"lifecycleStage\": \" \"}")));
    assertRejected("routing[0].grades[0]", "unknown-grade", () -> ScoringModelJson.read(withGrades
        .replace("GRADES", "").replace("ROUTING", "{\"grades\": [\"Hot\"], \"lifecycleStage\": \"MQL\"}")));
  }

  @Test
  void a_failing_reader_is_reported_as_an_io_failure() {
    Reader broken = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> ScoringModelJson.read(broken))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
  }

  @Test
  void nothing_to_read_or_write_is_refused() {
    assertRejected("json", "required", () -> ScoringModelJson.read((String) null));
    assertRejected("json", "required", () -> ScoringModelJson.read((Reader) null));
    assertRejected("model", "required", () -> ScoringModelJson.write(null));
  }
}
