package io.crmkit.analytics.marketing;

import static io.crmkit.analytics.marketing.MarketingFixtures.deal;
import static io.crmkit.analytics.marketing.MarketingFixtures.eur;
import static io.crmkit.analytics.marketing.MarketingFixtures.touch;
import static io.crmkit.analytics.pipeline.PipelineFixtures.inEuros;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.pipeline.PipelineFixtures;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {
  /** Four touches a week apart, the deal made on the day of the last: 1,000 EUR. */
  private static final AttributedDeal FOUR_TOUCHES = deal("a", "1000", true, 21, List.of(
      touch("c1", "email", 0), touch("c2", "paid search", 7), touch("c3", "webinar", 14), touch("c4", "email", 21)));

  private static List<Money> amounts(AttributionModel model, AttributedDeal deal) {
    return MultiTouchAttribution.of(model, inEuros()).creditsOf(deal).stream().map(TouchCredit::amount).toList();
  }

  private static List<Money> euros(String... amounts) {
    return Arrays.stream(amounts).map(MarketingFixtures::eur).toList();
  }

  @Test
  void first_and_last_touch_give_everything_to_one_touch() {
    assertThat(amounts(AttributionModel.firstTouch(), FOUR_TOUCHES)).isEqualTo(euros("1000", "0", "0", "0"));
    assertThat(amounts(AttributionModel.lastTouch(), FOUR_TOUCHES)).isEqualTo(euros("0", "0", "0", "1000"));
  }

  @Test
  void linear_gives_every_touch_the_same_and_the_odd_cent_to_the_earliest() {
    assertThat(amounts(AttributionModel.linear(), FOUR_TOUCHES)).isEqualTo(euros("250", "250", "250", "250"));
    AttributedDeal three = deal("b", "100", false, 5, List.of(touch("c1", "email", 0), touch("c2", "email", 1),
        touch("c3", "email", 2)));
    assertThat(amounts(AttributionModel.linear(), three)).isEqualTo(euros("33.34", "33.33", "33.33"));
    assertThat(MultiTouchAttribution.of(AttributionModel.linear(), inEuros()).creditsOf(three))
        .extracting(TouchCredit::share)
        .containsExactly(new BigDecimal("0.333334"), new BigDecimal("0.333333"), new BigDecimal("0.333333"));
  }

  @Test
  void time_decay_with_a_7_day_half_life_halves_the_credit_of_each_week_older_touch() {
    // weights 1/8, 1/4, 1/2, 1 of 1.875: 66.666.., 133.333.., 266.666.., 533.333..
    AttributionModel model = AttributionModel.timeDecay(Duration.ofDays(7));

    assertThat(amounts(model, FOUR_TOUCHES)).isEqualTo(euros("66.67", "133.33", "266.67", "533.33"));
    assertThat(model.describe()).isEqualTo("time decay (half-life 7 days)");
    assertThat(AttributionModel.timeDecay(Duration.ofHours(36)).describe()).isEqualTo("time decay (half-life PT36H)");
  }

  @Test
  void position_based_gives_40_percent_to_first_and_last_and_shares_20_percent_between() {
    assertThat(amounts(AttributionModel.positionBased(), FOUR_TOUCHES)).isEqualTo(euros("400", "100", "100", "400"));
    assertThat(AttributionModel.positionBased().describe()).isEqualTo("position based 40/20/40");
  }

  @Test
  void position_based_edge_cases_one_touch_takes_all_two_touches_split_50_50_three_take_40_20_40() {
    AttributionModel model = AttributionModel.positionBased();

    assertThat(amounts(model, deal("a", "1000", true, 9, List.of(touch("c1", "email", 0)))))
        .isEqualTo(euros("1000"));
    assertThat(amounts(model, deal("a", "1000", true, 9, List.of(touch("c1", "email", 0), touch("c2", "email", 3)))))
        .isEqualTo(euros("500", "500"));
    assertThat(amounts(model, deal("a", "1000", true, 9,
        List.of(touch("c1", "email", 0), touch("c2", "email", 3), touch("c3", "email", 5)))))
        .isEqualTo(euros("400", "200", "400"));
  }

  @Test
  void touches_after_the_deal_was_made_do_not_count_and_touches_are_credited_in_time_order() {
    AttributedDeal deal = deal("a", "90", false, 10,
        List.of(touch("late", "email", 11), touch("second", "email", 5), touch("first", "email", 1)));

    assertThat(deal.touches()).extracting(t -> t.campaignId().orElseThrow().value())
        .containsExactly("first", "second");
    assertThat(amounts(AttributionModel.firstTouch(), deal)).isEqualTo(euros("90", "0"));
  }

  /**
   * Three deals, linear attribution, by campaign:
   *
   * <pre>
   * A 1,000 won   webinar (email) day 0, ads (paid search) day 5, webinar day 9  333.34 + 333.33 | 333.33
   * B   500 open  ads day 1                                                      500 to ads
   * C   200 lost  no touch                                                       200 to (no touch)
   * </pre>
   */
  @Test
  void pipeline_and_revenue_by_campaign_under_linear_and_first_touch() {
    List<AttributedDeal> deals = List.of(
        deal("A", "1000", true, 10, List.of(touch("webinar", "email", 0), touch("ads", "paid search", 5),
            touch("webinar", "email", 9))),
        deal("B", "500", false, 10, List.of(touch("ads", "paid search", 1))),
        deal("C", "200", false, 10, List.of()));

    Grouped<String, AttributionCredit> linear = MultiTouchAttribution.of(AttributionModel.linear(), inEuros())
        .creditBy(TouchDimension.CAMPAIGN, deals);
    Grouped<String, AttributionCredit> first = MultiTouchAttribution.of(AttributionModel.firstTouch(), inEuros())
        .creditBy(TouchDimension.CAMPAIGN, deals);

    assertThat(linear.groups()).isEqualTo(Map.of(
        "webinar", credit("666.67", "666.67", "0.666667", "0.666667"),
        "ads", credit("833.33", "333.33", "1.333333", "0.333333"),
        TouchDimension.NO_TOUCH, credit("200", "0", "1", "0")));
    assertThat(first.get("webinar")).hasValue(credit("1000", "1000", "1", "1"));
    assertThat(first.get("ads")).hasValue(credit("500", "0", "1", "0"));
    assertThat(linear.total(AttributionCredit.none(PipelineFixtures.EUR)))
        .isEqualTo(credit("1700", "1000", "3", "1"));
  }

  private static AttributionCredit credit(String pipeline, String revenue, String opportunities, String wins) {
    return new AttributionCredit(PipelineFixtures.EUR, eur(pipeline), eur(revenue), new BigDecimal(opportunities),
        new BigDecimal(wins));
  }

  @Test
  void cost_per_opportunity_by_channel_divides_spend_by_the_deals_credited() {
    // given: the deals above by channel (linear): email 0.666667, paid search 1.333333; spend on three channels
    List<AttributedDeal> deals = List.of(
        deal("A", "1000", true, 10, List.of(touch("webinar", "email", 0), touch("ads", "paid search", 5),
            touch("webinar", "email", 9))),
        deal("B", "500", false, 10, List.of(touch("ads", "paid search", 1))));
    ChannelSpend spend = new ChannelSpend(PipelineFixtures.EUR,
        Map.of("email", eur("300"), "Paid Search", eur("800"), "social", eur("50")));

    // when
    List<ChannelCost> costs = MultiTouchAttribution.of(AttributionModel.linear(), inEuros())
        .costPerOpportunity(spend, deals);

    // then: 300 / 0.666667 = 449.9998 -> 450.00; 800 / 1.333333 = 600.0002 -> 600.00; social credited nothing
    assertThat(costs).containsExactly(
        new ChannelCost("email", eur("300"), new BigDecimal("0.666667"), Optional.of(eur("450.00"))),
        new ChannelCost("paid search", eur("800"), new BigDecimal("1.333333"), Optional.of(eur("600.00"))),
        new ChannelCost("social", eur("50"), BigDecimal.ZERO, Optional.empty()));
  }

  @Test
  void spend_is_summed_from_touch_costs_per_channel() {
    List<CampaignTouch> touches = List.of(
        CampaignTouch.of("p1", CampaignId.of("c1"), "Email", MarketingFixtures.day(0), eur("1.50")),
        CampaignTouch.of("p2", CampaignId.of("c1"), "email", MarketingFixtures.day(1), eur("2.50")),
        CampaignTouch.of("p2", CampaignId.of("c2"), "social", MarketingFixtures.day(1), eur("7")));

    ChannelSpend spend = ChannelSpend.fromTouches(touches, inEuros());

    assertThat(spend.byChannel()).isEqualTo(Map.of("email", eur("4"), "social", eur("7")));
    assertThat(spend.of("Email")).isEqualTo(eur("4"));
    assertThat(spend.of("print")).isEqualTo(eur("0"));
  }

  @Test
  void bad_models_touches_and_spend_are_refused() {
    assertRejected("timeDecay.halfLife", "positive", () -> AttributionModel.timeDecay(Duration.ZERO));
    assertRejected("positionBased", "range",
        () -> new AttributionModel.PositionBased(new BigDecimal("0.6"), new BigDecimal("0.5")));
    assertRejected("positionBased.first", "range",
        () -> new AttributionModel.PositionBased(new BigDecimal("-0.1"), new BigDecimal("0.5")));
    assertRejected("positionBased", "range",
        () -> new AttributionModel.PositionBased(BigDecimal.ZERO, BigDecimal.ZERO));
    assertRejected("touchTimes", "required", () -> AttributionModel.linear().weights(List.of()));
    assertRejected("campaignTouch.cost", "range",
        () -> CampaignTouch.of("p1", CampaignId.of("c1"), "email", MarketingFixtures.T0, eur("-1")));
    assertRejected("attributedDeal.amount", "range", () -> deal("a", "-1", false, 1, List.of()));
    assertRejected("channelSpend.byChannel", "range",
        () -> new ChannelSpend(PipelineFixtures.EUR, Map.of("email", eur("-5"))));
    assertRejected("spend.currency", "mismatch", () -> MultiTouchAttribution.of(AttributionModel.linear(), inEuros())
        .costPerOpportunity(ChannelSpend.none(Currency.getInstance("USD")), List.of()));
  }
}
