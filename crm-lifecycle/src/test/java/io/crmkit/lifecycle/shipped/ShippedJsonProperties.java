package io.crmkit.lifecycle.shipped;

import io.crmkit.core.lead.FitGrade;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.json.LifecycleJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any options, a shipped lifecycle written as JSON reads back, with the criteria of the same
 * options, into an equal definition: criteria made from equal options are equal values.
 */
class ShippedJsonProperties {
  @Provide
  Arbitrary<B2bLeadOptions> b2bOptions() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 100), Arbitraries.of(FitGrade.values()),
            Arbitraries.integers().between(1, 80), Arbitraries.integers().between(1, 96),
            Arbitraries.integers().between(1, 60))
        .as(B2bLeadOptions::new);
  }

  @Provide
  Arbitrary<B2cCustomerOptions> b2cOptions() {
    return Arbitraries.integers().between(1, 400)
        .flatMap(lapse -> Arbitraries.integers().between(lapse + 1, 800).map(churn -> new B2cCustomerOptions(lapse, churn)));
  }

  @Provide
  Arbitrary<SupportCaseOptions> supportOptions() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 48), Arbitraries.integers().between(1, 400),
            Arbitraries.of(true, false), Arbitraries.integers().between(1, 30))
        .as(SupportCaseOptions::new);
  }

  @Provide
  Arbitrary<OpportunityOptions> opportunityOptions() {
    return Arbitraries.integers().between(1, 365).map(days -> OpportunityOptions.defaults().withTimeInStageDays(days));
  }

  @Property(tries = 200)
  void a_b2b_lead_lifecycle_round_trips_through_json(@ForAll("b2bOptions") B2bLeadOptions options) {
    LifecycleDefinition<B2bJourney> definition = B2bLeadLifecycle.definition(options);

    assertThat(LifecycleJson.read(LifecycleJson.write(definition), B2bLeadLifecycle.criteria(options)))
        .isEqualTo(definition);
  }

  @Property(tries = 200)
  void a_b2c_customer_lifecycle_round_trips_through_json(@ForAll("b2cOptions") B2cCustomerOptions options) {
    LifecycleDefinition<PurchaseActivity> definition = B2cCustomerLifecycle.definition(options);

    assertThat(LifecycleJson.read(LifecycleJson.write(definition), B2cCustomerLifecycle.criteria(options)))
        .isEqualTo(definition);
  }

  @Property(tries = 200)
  void an_opportunity_lifecycle_round_trips_through_json(@ForAll("opportunityOptions") OpportunityOptions options) {
    LifecycleDefinition<OpportunityEvidence> definition = OpportunityLifecycle.definition(options);

    assertThat(LifecycleJson.read(LifecycleJson.write(definition), OpportunityLifecycle.criteria()))
        .isEqualTo(definition);
  }

  @Property(tries = 200)
  void a_support_case_lifecycle_round_trips_through_json(@ForAll("supportOptions") SupportCaseOptions options) {
    LifecycleDefinition<CaseProgress> definition = SupportCaseLifecycle.definition(options);

    assertThat(LifecycleJson.read(LifecycleJson.write(definition), SupportCaseLifecycle.criteria(options)))
        .isEqualTo(definition);
  }
}
