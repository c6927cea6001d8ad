package io.crmkit.core.campaign;

import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.aCampaign;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.value.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CampaignTest {

  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

  @Test
  void a_new_campaign_is_planned_with_version_zero() {
    Campaign campaign = aCampaign().build();

    assertThat(campaign.status()).isEqualTo(CampaignStatus.PLANNED);
    assertThat(campaign.version()).isZero();
    assertThat(campaign.recordType()).isEqualTo("Campaign");
  }

  @Test
  void the_name_is_folded_and_the_channel_folded_and_lower_cased() {
    Campaign campaign = aCampaign().name("  Spring \t webinar ").channel(" Paid   Social ").build();

    assertThat(campaign.name()).isEqualTo("Spring webinar");
    assertThat(campaign.channel()).isEqualTo("paid social");
  }

  @Test
  void a_blank_name_is_rejected() {
    assertRejected("campaign.name", "required", () -> aCampaign().name("  ").build());
  }

  @Test
  void a_blank_channel_is_rejected() {
    assertRejected("campaign.channel", "required", () -> aCampaign().channel("\t").build());
  }

  @Test
  void a_cost_of_zero_or_more_is_accepted_and_a_negative_one_rejected() {
    assertThat(aCampaign().cost(Money.of("0", "EUR")).build().cost()).contains(Money.zero("EUR"));
    assertThat(aCampaign().cost(Money.of("2500", "EUR")).build().cost()).contains(Money.of("2500.00", "EUR"));
    assertRejected("campaign.cost", "range", () -> aCampaign().cost(Money.of("-0.01", "EUR")).build());
  }

  @Test
  void a_campaign_may_end_the_day_it_starts() {
    assertThat(aCampaign().startDate(MARCH_1).endDate(MARCH_1).build().endDate()).contains(MARCH_1);
  }

  @Test
  void an_end_before_the_start_is_rejected() {
    assertRejected("campaign.endDate", "order",
        () -> aCampaign().startDate(MARCH_1).endDate(MARCH_1.minusDays(1)).build());
  }

  @Test
  void a_campaign_runs_from_its_start_to_its_end_inclusive() {
    Campaign campaign = aCampaign().startDate(MARCH_1).endDate(MARCH_1.plusDays(30)).build();

    assertThat(campaign.runsOn(MARCH_1.minusDays(1))).isFalse();
    assertThat(campaign.runsOn(MARCH_1)).isTrue();
    assertThat(campaign.runsOn(MARCH_1.plusDays(30))).isTrue();
    assertThat(campaign.runsOn(MARCH_1.plusDays(31))).isFalse();
  }

  @Test
  void an_open_ended_campaign_runs_on_every_day_from_its_start() {
    assertThat(aCampaign().startDate(MARCH_1).build().runsOn(MARCH_1.plusYears(10))).isTrue();
  }

  @Test
  void completed_and_aborted_campaigns_are_over() {
    assertThat(CampaignStatus.values()).filteredOn(CampaignStatus::isOver)
        .containsExactly(CampaignStatus.COMPLETED, CampaignStatus.ABORTED);
  }

  @Test
  void updated_before_created_is_rejected() {
    assertRejected("campaign.updatedAt", "order", () -> aCampaign().createdAt(hoursAfterT0(1)).updatedAt(T0).build());
  }

  @Test
  void a_negative_version_is_rejected() {
    assertRejected("campaign.version", "range", () -> aCampaign().version(-1).build());
  }
}
