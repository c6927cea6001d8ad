package io.crmkit.core.campaign;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.value.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CampaignProperties {

  @Property
  void a_campaign_rebuilt_from_its_own_values_is_equal(@ForAll("campaigns") Campaign campaign) {
    assertThat(Campaign.builder().from(campaign).build()).isEqualTo(campaign).hasSameHashCodeAs(campaign);
  }

  @Property
  void name_and_channel_are_normalised_whatever_the_way_they_are_written(
      @ForAll("campaigns") Campaign campaign, @ForAll("padding") String padding) {
    Campaign messy = Campaign.builder().from(campaign)
        .name(padding + campaign.name().replace(" ", " " + padding) + padding)
        .channel(padding + campaign.channel().toUpperCase(Locale.ROOT).replace(" ", padding + " "))
        .build();

    assertThat(messy).isEqualTo(campaign);
  }

  @Property
  boolean a_campaign_runs_on_its_first_and_last_day(@ForAll("campaigns") Campaign campaign) {
    return campaign.runsOn(campaign.startDate()) && campaign.endDate().map(campaign::runsOn).orElse(true)
        && !campaign.runsOn(campaign.startDate().minusDays(1));
  }

  @Property
  void an_end_before_the_start_is_rejected(
      @ForAll("campaigns") Campaign campaign, @ForAll @IntRange(min = 1, max = 3650) int daysEarlier) {
    LocalDate end = campaign.startDate().minusDays(daysEarlier);
    assertRejected("campaign.endDate", "order", () -> Campaign.builder().from(campaign).endDate(end).build());
  }

  @Property
  void a_negative_cost_is_rejected(
      @ForAll("campaigns") Campaign campaign, @ForAll @LongRange(min = 1, max = 1_000_000_000L) long cents) {
    assertRejected("campaign.cost", "range",
        () -> Campaign.builder().from(campaign).cost(Money.ofMinor(-cents, "USD")).build());
  }

  @Property
  void an_update_before_the_creation_is_rejected(
      @ForAll("campaigns") Campaign campaign, @ForAll @LongRange(min = 1, max = 1_000_000) long secondsEarlier) {
    assertRejected("campaign.updatedAt", "order", () -> Campaign.builder().from(campaign)
        .updatedAt(campaign.createdAt().minus(Duration.ofSeconds(secondsEarlier))).build());
  }

  @Property
  void a_negative_version_is_rejected(
      @ForAll("campaigns") Campaign campaign, @ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long version) {
    assertRejected("campaign.version", "range", () -> Campaign.builder().from(campaign).version(version).build());
  }

  @Property
  void a_member_rebuilt_from_its_own_values_is_equal(@ForAll("members") CampaignMember member) {
    assertThat(CampaignMember.builder().from(member).build()).isEqualTo(member).hasSameHashCodeAs(member);
  }

  @Property
  boolean a_member_is_exactly_one_of_a_contact_and_a_lead(@ForAll("members") CampaignMember member) {
    return member.contactId().isPresent() != member.leadId().isPresent();
  }

  @Property
  boolean a_member_who_responded_has_a_response_time_not_before_the_send(@ForAll("members") CampaignMember member) {
    boolean timed = member.status() != CampaignMemberStatus.RESPONDED || member.hasResponded();
    boolean ordered = member.sentAt().isEmpty() || member.respondedAt().isEmpty()
        || !member.respondedAt().get().isBefore(member.sentAt().get());
    return timed && ordered;
  }

  @Property
  void dropping_the_response_time_of_a_member_who_responded_is_rejected(@ForAll("respondedMembers") CampaignMember member) {
    assertRejected("campaignMember.respondedAt", "required",
        () -> CampaignMember.builder().from(member).respondedAt(Optional.empty()).build());
  }

  @Property
  void a_response_before_the_send_is_rejected(
      @ForAll("respondedMembers") CampaignMember member, @ForAll @LongRange(min = 1, max = 1_000_000) long secondsEarlier) {
    assertRejected("campaignMember.respondedAt", "order", () -> CampaignMember.builder().from(member)
        .sentAt(member.respondedAt().get().plusSeconds(secondsEarlier)).build());
  }

  @Provide
  Arbitrary<Campaign> campaigns() {
    return PeopleFixtures.campaigns();
  }

  @Provide
  Arbitrary<CampaignMember> members() {
    return PeopleFixtures.campaignMembers();
  }

  @Provide
  Arbitrary<CampaignMember> respondedMembers() {
    return PeopleFixtures.campaignMembers().filter(m -> m.status() == CampaignMemberStatus.RESPONDED);
  }

  @Provide
  Arbitrary<String> padding() {
    return Arbitraries.strings().withChars(' ', '\t', '\n').ofMaxLength(3);
  }
}
