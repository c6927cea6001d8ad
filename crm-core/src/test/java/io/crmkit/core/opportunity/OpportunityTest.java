package io.crmkit.core.opportunity;

import io.crmkit.core.id.OpportunityId;
import static io.crmkit.core.fixtures.SalesFixtures.ACCOUNT_ID;
import static io.crmkit.core.fixtures.SalesFixtures.CLOSED_ON;
import static io.crmkit.core.fixtures.SalesFixtures.CREATED_AT;
import static io.crmkit.core.fixtures.SalesFixtures.EXPECTED_CLOSE;
import static io.crmkit.core.fixtures.SalesFixtures.OWNER_ID;
import static io.crmkit.core.fixtures.SalesFixtures.aLineItem;
import static io.crmkit.core.fixtures.SalesFixtures.anOpportunityIn;
import static io.crmkit.core.fixtures.SalesFixtures.eur;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.core.opportunity.Stage.CLOSED_LOST;
import static io.crmkit.core.opportunity.Stage.CLOSED_WON;
import static io.crmkit.core.opportunity.Stage.COMMIT;
import static io.crmkit.core.opportunity.Stage.DISCOVERY;
import static io.crmkit.core.opportunity.Stage.PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.product.Discount;
import io.crmkit.core.product.LineItem;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpportunityTest {
  private static final ContactId ANA = ContactId.of("contact-ana");
  private static final ContactId BEN = ContactId.of("contact-ben");

  /** A discovery-stage deal with neither amount nor line items. */
  private static Opportunity.Builder anOpportunityWithoutAmount() {
    return Opportunity.builder()
        .id(OpportunityId.of("opp-1"))
        .name("Seats")
        .accountId(ACCOUNT_ID)
        .stage(DISCOVERY)
        .expectedCloseDate(EXPECTED_CLOSE)
        .ownerId(OWNER_ID)
        .createdAt(CREATED_AT)
        .updatedAt(CREATED_AT);
  }

  @Nested
  class Amount {

    @Test
    void with_line_items_the_amount_is_their_net_total() {
      // given
      LineItem seats = aLineItem().quantity(new BigDecimal("200")).unitPrice(eur("50")).build();
      LineItem onboarding = aLineItem().quantity(BigDecimal.ONE).unitPrice(eur("2000"))
          .discount(Discount.percent("25")).build();
      // when
      Opportunity deal = Opportunity.builder().from(anOpportunityIn(PROPOSAL).build())
          .lineItems(List.of(seats, onboarding)).build();
      // then
      assertThat(deal.amount()).isEqualTo(eur("11500"));
    }

    @Test
    void with_line_items_the_amount_may_be_left_out() {
      // given
      Opportunity.Builder builder = anOpportunityWithoutAmount()
          .addLineItem(aLineItem().build());
      // when
      Opportunity deal = builder.build();
      // then
      assertThat(deal.amount()).isEqualTo(eur("200"));
    }

    @Test
    void an_amount_that_disagrees_with_the_line_items_is_replaced_by_their_total() {
      // when
      Opportunity deal = anOpportunityIn(DISCOVERY).amount(eur("1")).addLineItem(aLineItem().build()).build();
      // then
      assertThat(deal.amount()).isEqualTo(eur("200"));
    }

    @Test
    void changing_the_line_items_moves_the_amount() {
      // given
      Opportunity deal = anOpportunityIn(DISCOVERY).addLineItem(aLineItem().build()).build();
      // when
      Opportunity more = deal.withLineItems(aLineItem().build(), aLineItem().unitPrice(eur("10")).build());
      // then
      assertThat(more.amount()).isEqualTo(eur("220"));
    }

    @Test
    void without_line_items_an_amount_is_required() {
      assertRejected("opportunity.amount", "required", () -> anOpportunityWithoutAmount().build());
    }

    @Test
    void line_items_in_another_currency_than_the_amount_are_rejected() {
      assertRejected("opportunity.lineItems", "mismatch",
          () -> anOpportunityIn(DISCOVERY).addLineItem(aLineItem().unitPrice(Money.of("100", "USD")).build()).build());
    }

    @Test
    void line_items_in_mixed_currencies_are_rejected_without_an_amount_too() {
      // given
      Opportunity.Builder builder = anOpportunityWithoutAmount()
          .addLineItem(aLineItem().build())
          .addLineItem(aLineItem().unitPrice(Money.of("100", "USD")).build());
      // when / then
      assertRejected("opportunity.lineItems", "mismatch", builder::build);
    }

    @Test
    void a_negative_amount_is_rejected() {
      assertRejected("opportunity.amount", "range", () -> anOpportunityIn(DISCOVERY).amount(eur("-1")).build());
    }

    @Test
    void an_amount_finer_than_the_minor_units_is_rounded_half_even() {
      assertThat(anOpportunityIn(DISCOVERY).amount(eur("100.125")).build().amount()).isEqualTo(eur("100.12"));
      assertThat(anOpportunityIn(DISCOVERY).amount(eur("0.015")).build().amount()).isEqualTo(eur("0.02"));
    }

    @Test
    void the_currency_is_the_amounts() {
      assertThat(anOpportunityIn(DISCOVERY).amount(Money.of("5", "JPY")).build().currency())
          .isEqualTo(Money.currency("JPY"));
    }

    @Test
    void the_weighted_amount_is_the_amount_times_the_probability_rounded_half_even() {
      // given: 33 % of 100.10 = 33.033; 5 % of 0.50 = 0.025
      Opportunity a = anOpportunityIn(DISCOVERY).amount(eur("100.10")).probability(33).build();
      Opportunity b = anOpportunityIn(DISCOVERY).amount(eur("0.50")).probability(5).build();
      // when / then
      assertThat(a.weightedAmount()).isEqualTo(eur("33.03"));
      assertThat(b.weightedAmount()).isEqualTo(eur("0.02"));
      assertThat(anOpportunityIn(CLOSED_WON).build().weightedAmount()).isEqualTo(eur("10000"));
      assertThat(anOpportunityIn(CLOSED_LOST).build().weightedAmount()).isEqualTo(eur("0"));
    }
  }

  @Nested
  class StageRules {

    @Test
    void probability_and_forecast_category_default_to_the_stages() {
      // when
      Opportunity deal = anOpportunityIn(PROPOSAL).build();
      // then
      assertThat(deal.probability()).isEqualTo(60);
      assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
    }

    @Test
    void an_open_deal_may_override_probability_and_category() {
      // when
      Opportunity deal = anOpportunityIn(PROPOSAL).probability(75).forecastCategory(ForecastCategory.COMMIT).build();
      // then
      assertThat(deal.probability()).isEqualTo(75);
      assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.COMMIT);
    }

    @Test
    void a_probability_outside_0_to_100_is_rejected() {
      assertRejected("opportunity.probability", "range", () -> anOpportunityIn(COMMIT).probability(-1).build());
      assertRejected("opportunity.probability", "range", () -> anOpportunityIn(COMMIT).probability(101).build());
    }

    @Test
    void a_won_deal_has_probability_100_and_is_closed_in_the_forecast() {
      // when
      Opportunity deal = anOpportunityIn(CLOSED_WON).probability(40).forecastCategory(ForecastCategory.PIPELINE).build();
      // then
      assertThat(deal.probability()).isEqualTo(100);
      assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
      assertThat(deal.isClosed()).isTrue();
      assertThat(deal.isWon()).isTrue();
      assertThat(deal.isLost()).isFalse();
    }

    @Test
    void a_lost_deal_has_probability_0_and_is_omitted_from_the_forecast() {
      // when
      Opportunity deal = anOpportunityIn(CLOSED_LOST).probability(90).forecastCategory(ForecastCategory.COMMIT).build();
      // then
      assertThat(deal.probability()).isZero();
      assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.OMITTED);
      assertThat(deal.isClosed()).isTrue();
      assertThat(deal.isWon()).isFalse();
      assertThat(deal.isLost()).isTrue();
    }

    @Test
    void closing_a_deal_from_an_open_one_resets_probability_and_category() {
      // given
      Opportunity open = anOpportunityIn(COMMIT).build();
      // when
      Opportunity won = Opportunity.builder().from(open).stage(CLOSED_WON).closedOn(CLOSED_ON).build();
      // then
      assertThat(won.probability()).isEqualTo(100);
      assertThat(won.forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
    }

    @Test
    void an_open_deal_cannot_be_in_the_closed_forecast_category() {
      assertRejected("opportunity.forecastCategory", "outcome",
          () -> anOpportunityIn(COMMIT).forecastCategory(ForecastCategory.CLOSED).build());
    }

    @Test
    void an_open_deal_may_be_omitted_from_the_forecast() {
      assertThat(anOpportunityIn(COMMIT).forecastCategory(ForecastCategory.OMITTED).build().forecastCategory())
          .isEqualTo(ForecastCategory.OMITTED);
    }

    @Test
    void a_closed_deal_needs_a_close_date() {
      assertRejected("opportunity.closedOn", "required",
          () -> anOpportunityIn(CLOSED_WON).closedOn(Optional.empty()).build());
    }

    @Test
    void an_open_deal_has_no_close_date() {
      assertRejected("opportunity.closedOn", "forbidden", () -> anOpportunityIn(PROPOSAL).closedOn(CLOSED_ON).build());
    }

    @Test
    void a_lost_opportunity_needs_a_lost_reason() {
      assertRejected("opportunity.lostReason", "required",
          () -> anOpportunityIn(CLOSED_LOST).lostReason(Optional.empty()).build());
      assertRejected("opportunity.lostReason", "required",
          () -> anOpportunityIn(CLOSED_LOST).lostReason("  ").build());
    }

    @Test
    void a_lost_reason_is_folded() {
      assertThat(anOpportunityIn(CLOSED_LOST).lostReason("  Went  with\ta competitor ").build().lostReason())
          .contains("Went with a competitor");
    }

    @Test
    void only_a_lost_opportunity_has_a_lost_reason() {
      assertRejected("opportunity.lostReason", "forbidden", () -> anOpportunityIn(CLOSED_WON).lostReason("Price").build());
      assertRejected("opportunity.lostReason", "forbidden", () -> anOpportunityIn(DISCOVERY).lostReason("Price").build());
    }

    @Test
    void a_blank_lost_reason_on_an_open_deal_is_absent() {
      assertThat(anOpportunityIn(DISCOVERY).lostReason(" ").build().lostReason()).isEmpty();
    }

    @Test
    void a_custom_stage_brings_its_own_defaults() {
      // given
      Stage negotiation = new Stage("Negotiation", StageOutcome.OPEN, 80, ForecastCategory.COMMIT);
      // when
      Opportunity deal = anOpportunityIn(negotiation).build();
      // then
      assertThat(deal.probability()).isEqualTo(80);
      assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.COMMIT);
    }
  }

  @Nested
  class ContactRoles {

    @Test
    void a_deal_names_its_primary_contact() {
      // when
      Opportunity deal = anOpportunityIn(PROPOSAL)
          .addContactRole(OpportunityContactRole.of(ANA, OpportunityContactRole.CHAMPION))
          .addContactRole(OpportunityContactRole.primary(BEN, OpportunityContactRole.DECISION_MAKER))
          .build();
      // then
      assertThat(deal.primaryContactId()).contains(BEN);
    }

    @Test
    void a_deal_has_at_most_one_primary_contact() {
      assertRejected("opportunity.contactRoles", "primary", () -> anOpportunityIn(PROPOSAL)
          .addContactRole(OpportunityContactRole.primary(ANA, OpportunityContactRole.CHAMPION))
          .addContactRole(OpportunityContactRole.primary(BEN, OpportunityContactRole.DECISION_MAKER))
          .build());
    }

    @Test
    void a_contact_plays_one_role_per_deal() {
      assertRejected("opportunity.contactRoles", "duplicate", () -> anOpportunityIn(PROPOSAL)
          .addContactRole(OpportunityContactRole.of(ANA, OpportunityContactRole.CHAMPION))
          .addContactRole(OpportunityContactRole.of(ANA, OpportunityContactRole.ECONOMIC_BUYER))
          .build());
    }

    @Test
    void a_deal_without_a_primary_contact_says_so() {
      assertThat(anOpportunityIn(PROPOSAL).addContactRole(OpportunityContactRole.of(ANA, "Champion")).build()
          .primaryContactId()).isEmpty();
    }

    @Test
    void a_role_is_folded_and_required() {
      assertThat(OpportunityContactRole.of(ANA, "  Economic \n buyer ").role()).isEqualTo("Economic buyer");
      assertRejected("contactRole.role", "required", () -> OpportunityContactRole.of(ANA, " "));
      assertRejected("contactRole.contactId", "required", () -> OpportunityContactRole.of(null, "Champion"));
    }
  }

  @Nested
  class Record {

    @Test
    void a_name_is_folded_and_required() {
      assertThat(anOpportunityIn(DISCOVERY).name(" Acme  -  200 seats ").build().name()).isEqualTo("Acme - 200 seats");
      assertRejected("opportunity.name", "required", () -> anOpportunityIn(DISCOVERY).name(" ").build());
    }

    @Test
    void each_influencing_campaign_is_kept_once_in_order() {
      // when
      Opportunity deal = anOpportunityIn(DISCOVERY)
          .addCampaignIds(CampaignId.of("cmp-b"), CampaignId.of("cmp-a"), CampaignId.of("cmp-b")).build();
      // then
      assertThat(deal.campaignIds()).containsExactly(CampaignId.of("cmp-b"), CampaignId.of("cmp-a"));
    }

    @Test
    void a_deal_starts_unsaved_without_attribution_or_source_lead() {
      // when
      Opportunity deal = anOpportunityIn(DISCOVERY).build();
      // then
      assertThat(deal.version()).isZero();
      assertThat(deal.attribution()).isEqualTo(Attribution.none());
      assertThat(deal.sourceLeadId()).isEmpty();
      assertThat(deal.customFields().isEmpty()).isTrue();
      assertThat(deal.recordType()).isEqualTo("Opportunity");
    }

    @Test
    void an_update_before_the_creation_is_rejected() {
      assertRejected("opportunity.updatedAt", "order",
          () -> anOpportunityIn(DISCOVERY).updatedAt(CREATED_AT.minusMillis(1)).build());
    }

    @Test
    void a_negative_version_is_rejected() {
      assertRejected("opportunity.version", "range", () -> anOpportunityIn(DISCOVERY).version(-1).build());
    }
  }
}
