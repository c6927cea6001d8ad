package io.crmkit.core.json;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Strict reading of one JSON object for the other modules' formats: every refusal names its path. */
class JsonObjectFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonObjectFields read(String json, String... known) throws Exception {
    JsonNode node = JSON.readTree(json);
    return JsonObjectFields.of(node, "model", Set.of(known));
  }

  @Test
  void an_unknown_property_is_refused_naming_it_and_the_known_ones() {
    assertRejected(() -> read("{\"name\":\"x\",\"colour\":1}", "name", "ceiling"),
        "model.colour", "unknown-property");
  }

  @Test
  void a_value_that_is_not_an_object_is_refused() {
    assertRejected(() -> read("[1]", "name"), "model", "type");
  }

  @Test
  void a_missing_required_text_is_refused_and_null_counts_as_absent() throws Exception {
    JsonObjectFields fields = read("{\"name\":null}", "name", "label");

    assertRejected(() -> fields.text("name"), "model.name", "required");
    assertThat(fields.optionalText("label")).isEmpty();
    assertThat(fields.has("name")).isFalse();
  }

  @Test
  void a_value_of_the_wrong_type_is_refused_with_its_path() throws Exception {
    JsonObjectFields fields = read("{\"ceiling\":\"high\",\"tags\":[\"a\",2]}", "ceiling", "tags");

    assertRejected(() -> fields.integer("ceiling"), "model.ceiling", "type");
    assertRejected(() -> fields.texts("tags"), "model.tags[1]", "type");
  }

  @Test
  void values_are_read_with_their_types_and_objects_of_texts_keep_their_order() throws Exception {
    JsonObjectFields fields = read("{\"ceiling\":80,\"on\":true,\"weight\":0.5,\"labels\":{\"b\":\"B\",\"a\":\"A\"}}",
        "ceiling", "on", "weight", "labels");

    assertThat(fields.integer("ceiling")).isEqualTo(80);
    assertThat(fields.flag("on")).isTrue();
    assertThat(fields.optionalNumber("weight")).hasValue(0.5);
    assertThat(fields.textsByName("labels")).containsExactly(
        java.util.Map.entry("b", "B"), java.util.Map.entry("a", "A"));
    assertThat(fields.array("missing")).isEmpty();
  }

  @Test
  void text_that_is_not_json_is_refused_with_the_path_and_place_where_the_parser_stopped() {
    com.fasterxml.jackson.core.JsonProcessingException broken = org.assertj.core.api.Assertions.catchThrowableOfType(
        com.fasterxml.jackson.core.JsonProcessingException.class,
        () -> JSON.readTree("{\"groups\":[{\"name\": oops}]}"));

    io.crmkit.core.CrmValidationException refused = JsonObjectFields.malformed(broken);

    assertThat(refused.field()).isEqualTo("groups[0].name");
    assertThat(refused.rule()).isEqualTo("malformed");
    assertThat(refused.rejectedValue()).startsWith("line 1, column ");
  }
}
