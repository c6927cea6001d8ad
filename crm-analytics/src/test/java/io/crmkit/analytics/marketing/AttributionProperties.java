package io.crmkit.analytics.marketing;

import static io.crmkit.analytics.pipeline.PipelineFixtures.inEuros;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.analytics.pipeline.PipelineFixtures;
import io.crmkit.analytics.tally.Grouped;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class AttributionProperties {

  @Provide
  Arbitrary<AttributionModel> models() {
    Arbitrary<AttributionModel> decays = Arbitraries.integers().between(1, 60 * 24 * 60)
        .map(minutes -> AttributionModel.timeDecay(Duration.ofMinutes(minutes)));
    Arbitrary<AttributionModel> positions = Combinators.combine(
            Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50))
        .filter((first, last) -> first + last > 0)
        .as((first, last) -> new AttributionModel.PositionBased(BigDecimal.valueOf(first, 2),
            BigDecimal.valueOf(last, 2)));
    return Arbitraries.oneOf(Arbitraries.of(AttributionModel.firstTouch(), AttributionModel.lastTouch(),
        AttributionModel.linear(), AttributionModel.positionBased()), decays, positions);
  }

  @Provide
  Arbitrary<CampaignTouch> touches() {
    return Combinators.combine(Arbitraries.of("c1", "c2", "c3", "c4"), Arbitraries.of("email", "social", "search"),
            Arbitraries.integers().between(0, 400 * 24))
        .as((campaign, channel, hours) -> CampaignTouch.of("p", CampaignId.of(campaign), channel,
            MarketingFixtures.T0.plus(Duration.ofHours(hours)), Money.zero("EUR")));
  }

  @Provide
  Arbitrary<AttributedDeal> deals() {
    Arbitrary<Money> amounts = Arbitraries.longs().between(0, 100_000_000L).map(c -> Money.ofMinor(c, "EUR"));
    return Combinators.combine(Arbitraries.integers().between(1, 999), amounts, Arbitraries.of(true, false),
            touches().list().ofMaxSize(12))
        .as((id, amount, won, touches) -> new AttributedDeal(OpportunityId.of("d" + id), amount,
            MarketingFixtures.VALUED_ON, MarketingFixtures.T0.plus(Duration.ofDays(400)), won, touches));
  }

  @Property
  void the_credits_of_a_deal_add_up_to_its_amount_and_its_shares_to_one(
      @ForAll("models") AttributionModel model, @ForAll("deals") AttributedDeal deal) {
    List<TouchCredit> credits = MultiTouchAttribution.of(model, inEuros()).creditsOf(deal);

    assertThat(credits).hasSameSizeAs(deal.touches());
    if (!credits.isEmpty()) {
      Money sum = credits.stream().map(TouchCredit::amount).reduce(Money.zero("EUR"), Money::plus);
      BigDecimal shares = credits.stream().map(TouchCredit::share).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum).isEqualTo(deal.amount());
      assertThat(shares).isEqualByComparingTo(BigDecimal.ONE);
      assertThat(credits).allSatisfy(c -> {
        assertThat(c.amount().isNegative()).isFalse();
        assertThat(c.share().signum()).isNotNegative();
      });
    }
  }

  @Property
  void a_single_touch_takes_the_whole_deal_under_every_model(
      @ForAll("models") AttributionModel model, @ForAll("deals") AttributedDeal deal,
      @ForAll("touches") CampaignTouch touch) {
    AttributedDeal single = new AttributedDeal(deal.id(), deal.amount(), deal.valuedOn(), deal.convertedAt(),
        deal.won(), List.of(touch));

    List<TouchCredit> credits = MultiTouchAttribution.of(model, inEuros()).creditsOf(single);

    assertThat(credits).singleElement().satisfies(c -> {
      assertThat(c.amount()).isEqualTo(deal.amount());
      assertThat(c.share()).isEqualByComparingTo(BigDecimal.ONE);
    });
  }

  @Property
  void two_touches_split_a_position_based_deal_50_50_to_the_cent(
      @ForAll("deals") AttributedDeal deal, @ForAll("touches") CampaignTouch a, @ForAll("touches") CampaignTouch b) {
    AttributedDeal two = new AttributedDeal(deal.id(), deal.amount(), deal.valuedOn(), deal.convertedAt(),
        deal.won(), List.of(a, b));

    List<TouchCredit> credits = MultiTouchAttribution.of(AttributionModel.positionBased(), inEuros()).creditsOf(two);

    BigDecimal difference = credits.get(0).amount().amount().subtract(credits.get(1).amount().amount());
    assertThat(difference).isIn(BigDecimal.ZERO.setScale(2), new BigDecimal("0.01"));
  }

  @Property
  void credit_by_campaign_merged_over_any_split_of_the_deals_equals_one_pass(
      @ForAll("models") AttributionModel model, @ForAll @Size(max = 25) List<@From("deals") AttributedDeal> deals,
      @ForAll @Size(max = 4) List<Integer> cuts) {
    MultiTouchAttribution attribution = MultiTouchAttribution.of(model, inEuros());

    Grouped<String, AttributionCredit> merged = Grouped.empty();
    for (List<AttributedDeal> chunk : PipelineFixtures.split(deals, cuts)) {
      merged = merged.combine(attribution.creditBy(TouchDimension.CAMPAIGN, chunk));
    }

    Grouped<String, AttributionCredit> onePass = attribution.creditBy(TouchDimension.CAMPAIGN, deals);
    assertThat(merged).isEqualTo(onePass);
    AttributionCredit total = onePass.total(AttributionCredit.none(PipelineFixtures.EUR));
    assertThat(total.pipeline())
        .isEqualTo(deals.stream().map(AttributedDeal::amount).reduce(Money.zero("EUR"), Money::plus));
    assertThat(total.opportunities()).isEqualByComparingTo(BigDecimal.valueOf(deals.size()));
  }
}
