package io.crmkit.analytics.marketing;

import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.value.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Touches and deals for the marketing tests. */
final class MarketingFixtures {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final LocalDate VALUED_ON = LocalDate.of(2026, 3, 31);

  private MarketingFixtures() {}

  static Instant day(int days) {
    return T0.plus(Duration.ofDays(days));
  }

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** A free touch of a campaign on a channel, on a day after {@link #T0}. */
  static CampaignTouch touch(String campaign, String channel, int day) {
    return CampaignTouch.of("lead-1", CampaignId.of(campaign), channel, day(day), eur("0"));
  }

  /** A deal made on a day, valued on {@link #VALUED_ON}. */
  static AttributedDeal deal(String id, String amount, boolean won, int madeOnDay, List<CampaignTouch> touches) {
    return new AttributedDeal(OpportunityId.of(id), eur(amount), VALUED_ON, day(madeOnDay), won, touches);
  }
}
