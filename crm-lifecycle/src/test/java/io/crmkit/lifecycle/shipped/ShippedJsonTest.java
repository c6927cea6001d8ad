package io.crmkit.lifecycle.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.json.LifecycleJson;
import org.junit.jupiter.api.Test;

/**
 * Each shipped lifecycle ships as a JSON resource: the document written from the Java factory with
 * the default options, which reads back, with the lifecycle's criteria, into a definition equal to
 * the factory's.
 */
class ShippedJsonTest {
  @Test
  void the_b2b_lead_resource_is_the_factorys_definition() {
    String json = B2bLeadLifecycle.shippedJson();

    assertThat(json).isEqualTo(LifecycleJson.write(B2bLeadLifecycle.definition()));
    assertThat(LifecycleJson.read(json, B2bLeadLifecycle.criteria(B2bLeadOptions.defaults())))
        .isEqualTo(B2bLeadLifecycle.definition());
  }

  @Test
  void the_b2c_customer_resource_is_the_factorys_definition() {
    String json = B2cCustomerLifecycle.shippedJson();

    assertThat(json).isEqualTo(LifecycleJson.write(B2cCustomerLifecycle.definition()));
    assertThat(LifecycleJson.read(json, B2cCustomerLifecycle.criteria(B2cCustomerOptions.defaults())))
        .isEqualTo(B2cCustomerLifecycle.definition());
  }

  @Test
  void the_opportunity_resource_is_the_factorys_definition() {
    String json = OpportunityLifecycle.shippedJson();

    assertThat(json).isEqualTo(LifecycleJson.write(OpportunityLifecycle.definition()));
    assertThat(LifecycleJson.read(json, OpportunityLifecycle.criteria())).isEqualTo(OpportunityLifecycle.definition());
  }

  @Test
  void the_support_case_resource_is_the_factorys_definition() {
    String json = SupportCaseLifecycle.shippedJson();

    assertThat(json).isEqualTo(LifecycleJson.write(SupportCaseLifecycle.definition()));
    assertThat(LifecycleJson.read(json, SupportCaseLifecycle.criteria(SupportCaseOptions.defaults())))
        .isEqualTo(SupportCaseLifecycle.definition());
  }

  @Test
  void a_definition_read_with_other_options_criteria_differs_from_the_factorys() {
    LifecycleDefinition<B2bJourney> read = LifecycleJson.read(
        B2bLeadLifecycle.shippedJson(), B2bLeadLifecycle.criteria(B2bLeadOptions.defaults().withMqlScoreThreshold(70)));

    assertThat(read).isNotEqualTo(B2bLeadLifecycle.definition());
  }

  @Test
  void the_resources_carry_the_documented_timer_parameters() {
    assertThat(B2bLeadLifecycle.shippedJson()).contains(
        "\"target\": \"PT8H\"", "\"time\": \"business\"", "\"timer\": \"sales-acceptance\"",
        "\"timer\": \"customer-first-contact\"", "\"timer\": \"kickoff-booking\"", "\"target\": \"P14D\"");
    assertThat(SupportCaseLifecycle.shippedJson()).contains("\"kind\": \"timer.pause\"", "\"kind\": \"timer.resume\"");
  }
}
