package io.crmkit.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.value.PostalAddress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Lines export and its import: the same columns as CSV, one object a line. */
class JsonLinesTest {
  private final ImportBench bench = new ImportBench();

  private ImportReport importJson(String... lines) {
    return importJson((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private ImportReport importJson(byte[] bytes) {
    return bench.importer.importJson(RecordType.CONTACTS, new ByteArrayInputStream(bytes), ImportOptions.defaults());
  }

  @Test
  void an_export_writes_one_object_a_line_with_every_column_in_order() throws Exception {
    var ada = PeopleFixtures.aContact().addPostalAddresses(PostalAddress.builder().addLines("1 Main St")
        .locality("London").country("GB").build()).build();

    String json = new String(ImportBench.export(RecordType.CONTACTS, List.of(ada, ada.withId(
        io.crmkit.core.id.ContactId.of("con-2"))), ExportFormat.JSON), StandardCharsets.UTF_8);

    List<String> lines = json.lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.fieldNames()).toIterable().containsExactlyElementsOf(RecordType.CONTACTS.columns());
    assertThat(first.get("first_name").asText()).isEqualTo("Ada");
    assertThat(first.get("middle_name").isNull()).isTrue();
    assertThat(first.get("postal_addresses").isArray()).isTrue();
    assertThat(first.get("postal_addresses").get(0).get("locality").asText()).isEqualTo("London");
  }

  @Test
  void an_order_s_lines_are_json_in_its_object() throws Exception {
    Order order = SalesFixtures.anOrder().status(OrderStatus.PLACED).addLineItems(SalesFixtures.aLineItem().build())
        .build();

    String json = new String(ImportBench.export(RecordType.ORDERS, List.of(order), ExportFormat.JSON),
        StandardCharsets.UTF_8);

    assertThat(new ObjectMapper().readTree(json).get("line_items").get(0).get("productId").asText())
        .isEqualTo(order.lineItems().get(0).productId().value());
  }

  @Test
  void the_first_line_names_the_columns_and_every_line_is_a_record() {
    ImportReport report = importJson("{\"first_name\":\"Ada\",\"email\":\"ada@x.io\"}",
        "{\"email\":\"grace@x.io\",\"first_name\":\"Grace\"}");

    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(report.created()).isEqualTo(2);
  }

  @Test
  void an_object_with_other_properties_than_the_first_is_rejected() {
    ImportReport report = importJson("{\"first_name\":\"Ada\",\"email\":\"ada@x.io\"}",
        "{\"first_name\":\"Grace\",\"job_title\":\"Admiral\"}");

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.field()).isEqualTo("row");
      assertThat(p.rule()).isEqualTo("fields");
      assertThat(p.reason()).contains("missing: email").contains("not on the first line: job_title");
    });
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void a_line_that_is_not_one_json_object_is_rejected() {
    ImportReport report = importJson("{\"first_name\":\"Ada\"}", "{\"first_name\":\"Grace\"", "[\"Linus\"]",
        "{\"first_name\":\"Al\"} {}", "{\"first_name\":\"Bo\",\"first_name\":\"Bob\"}");

    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::rule)
        .containsExactly(tuple(2, "json"), tuple(3, "json"), tuple(4, "json"), tuple(5, "json"));
    assertThat(bench.untouched()).isTrue();
  }

  @Test
  void numbers_and_booleans_are_read_as_their_json_text() {
    ImportReport report = bench.importer.importJson(RecordType.ACCOUNTS, new ByteArrayInputStream(
        "{\"name\":\"Acme\",\"size\":250}\n".getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());

    assertThat(report.clean()).isTrue();
    assertThat(bench.crm.accounts().findByName("Acme").get(0).size()).hasValue(250);
  }

  @Test
  void an_unknown_property_refuses_the_file_like_an_unknown_column() {
    ImportReport report = importJson("{\"first_name\":\"Ada\",\"nickname\":\"Countess\"}");

    assertThat(report.status()).isEqualTo(ImportReport.Status.REFUSED);
    assertThat(report.fileProblems()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("nickname", "unknown"));
  }

  @Test
  void bytes_that_are_not_utf8_reject_their_line() {
    byte[] file = "{\"first_name\":\"Ada\"}\n{\"first_name\":\"J\u00FCrgen\"}\n".getBytes(StandardCharsets.ISO_8859_1);

    ImportReport report = importJson(file);

    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::rule).containsExactly(tuple(2, "utf8"));
  }

  @Test
  void an_empty_file_holds_no_records_and_is_no_error() {
    ImportReport report = importJson(new byte[0]);

    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(report.read()).isZero();
    assertThat(report.clean()).isTrue();
  }

  @Test
  void a_value_longer_than_the_field_limit_rejects_its_line() {
    String big = "x".repeat(70_000);

    ImportReport report = importJson("{\"first_name\":\"Ada\",\"job_title\":\"CEO\"}",
        "{\"first_name\":\"Grace\",\"job_title\":\"" + big + "\"}");

    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple(2, "job_title", "length"));
  }

  @Test
  void a_line_longer_than_sixteen_fields_is_cut_and_rejected() {
    String huge = "x".repeat(17 * 65_536);

    ImportReport report = importJson("{\"first_name\":\"Ada\"}", "{\"first_name\":\"" + huge + "\"}");

    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::rule)
        .containsExactly(tuple(2, "length"));
  }

  @Test
  void a_stage_in_json_export_is_its_name() throws Exception {
    var deal = SalesFixtures.anOpportunityIn(Stage.PROPOSAL).build();

    String json = new String(ImportBench.export(RecordType.OPPORTUNITIES, List.of(deal), ExportFormat.JSON),
        StandardCharsets.UTF_8);

    assertThat(new ObjectMapper().readTree(json).get("stage").asText()).isEqualTo("Proposal");
  }
}
