package io.crmkit.core.opportunity;

import static io.crmkit.core.fixtures.SalesFixtures.anOpportunityIn;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.product.LineItems;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OpportunityProperties {

  @Property
  void an_opportunitys_amount_always_equals_its_items_total(@ForAll("opportunities") Opportunity deal) {
    if (!deal.lineItems().isEmpty()) {
      assertThat(deal.amount()).isEqualTo(LineItems.netTotal(deal.currency(), deal.lineItems()));
    }
    assertThat(deal.lineItems()).allSatisfy(item -> assertThat(item.currency()).isEqualTo(deal.currency()));
  }

  @Property
  void the_weighted_amount_never_exceeds_the_amount_and_is_never_negative(@ForAll("opportunities") Opportunity deal) {
    assertThat(deal.weightedAmount().isNegative()).isFalse();
    assertThat(deal.weightedAmount().compareTo(deal.amount())).isLessThanOrEqualTo(0);
  }

  @Property
  void the_close_date_and_the_lost_reason_follow_the_stage(@ForAll("opportunities") Opportunity deal) {
    assertThat(deal.closedOn().isPresent()).isEqualTo(deal.isClosed());
    assertThat(deal.lostReason().isPresent()).isEqualTo(deal.isLost());
  }

  @Property
  void probability_and_category_of_closed_deals_follow_the_outcome(@ForAll("opportunities") Opportunity deal) {
    assertThat(deal.probability()).isBetween(0, 100);
    if (deal.isWon()) {
      assertThat(deal.probability()).isEqualTo(100);
      assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
    } else if (deal.isLost()) {
      assertThat(deal.probability()).isZero();
      assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.OMITTED);
    } else {
      assertThat(deal.forecastCategory()).isNotEqualTo(ForecastCategory.CLOSED);
    }
  }

  @Property
  void at_most_one_contact_is_primary_and_each_contact_appears_once(@ForAll("opportunities") Opportunity deal) {
    assertThat(deal.contactRoles().stream().filter(OpportunityContactRole::primary).count()).isLessThanOrEqualTo(1);
    assertThat(deal.contactRoles().stream().map(OpportunityContactRole::contactId).distinct().count())
        .isEqualTo(deal.contactRoles().size());
    assertThat(deal.campaignIds()).doesNotHaveDuplicates();
  }

  @Property
  void normalisation_is_idempotent(@ForAll("opportunities") Opportunity deal) {
    assertThat(Opportunity.builder().from(deal).build()).isEqualTo(deal);
  }

  @Property
  void a_probability_outside_0_to_100_is_always_rejected(@ForAll("outsidePercent") int probability) {
    assertRejected("opportunity.probability", "range",
        () -> anOpportunityIn(Stage.PROPOSAL).probability(probability).build());
  }

  @Property
  void a_closed_deal_without_a_close_date_is_always_rejected(@ForAll("opportunities") Opportunity deal) {
    net.jqwik.api.Assume.that(deal.isClosed());
    assertRejected("opportunity.closedOn", "required",
        () -> Opportunity.builder().from(deal).closedOn(Optional.empty()).build());
  }

  @Provide
  Arbitrary<Opportunity> opportunities() {
    return SalesFixtures.opportunities();
  }

  @Provide
  Arbitrary<Integer> outsidePercent() {
    return Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(-1), Arbitraries.integers().greaterOrEqual(101));
  }
}
