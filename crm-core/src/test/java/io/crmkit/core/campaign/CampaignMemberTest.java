package io.crmkit.core.campaign;

import io.crmkit.core.id.CampaignMemberId;
import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.aCampaignMember;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.id.LeadId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CampaignMemberTest {

  @Test
  void a_new_member_is_targeted_and_has_not_responded() {
    CampaignMember member = aCampaignMember().build();

    assertThat(member.status()).isEqualTo(CampaignMemberStatus.TARGETED);
    assertThat(member.hasResponded()).isFalse();
    assertThat(member.version()).isZero();
    assertThat(member.recordType()).isEqualTo("CampaignMember");
  }

  @Test
  void a_member_may_be_a_lead_instead_of_a_contact() {
    CampaignMember member = aCampaignMember().contactId(Optional.empty()).leadId(LeadId.of("lead-grace")).build();

    assertThat(member.leadId()).contains(LeadId.of("lead-grace"));
    assertThat(member.contactId()).isEmpty();
  }

  @Test
  void a_member_that_is_both_a_contact_and_a_lead_is_rejected() {
    assertRejected("campaignMember.member", "exactlyOne", () -> aCampaignMember().leadId(LeadId.of("lead-grace")).build());
  }

  @Test
  void a_member_that_is_neither_a_contact_nor_a_lead_is_rejected() {
    assertRejected("campaignMember.member", "exactlyOne", () -> aCampaignMember().contactId(Optional.empty()).build());
  }

  @Test
  void a_member_who_responded_has_a_response_time_not_before_the_send() {
    CampaignMember member = aCampaignMember().status(CampaignMemberStatus.RESPONDED)
        .sentAt(hoursAfterT0(1)).respondedAt(hoursAfterT0(1)).build();

    assertThat(member.hasResponded()).isTrue();
  }

  @Test
  void a_response_without_a_known_send_time_is_accepted() {
    assertThat(aCampaignMember().status(CampaignMemberStatus.RESPONDED).respondedAt(T0).build().sentAt()).isEmpty();
  }

  @Test
  void responded_without_a_response_time_is_rejected() {
    assertRejected("campaignMember.respondedAt", "required",
        () -> aCampaignMember().status(CampaignMemberStatus.RESPONDED).sentAt(T0).build());
  }

  @Test
  void a_response_before_the_send_is_rejected() {
    assertRejected("campaignMember.respondedAt", "order", () -> aCampaignMember().status(CampaignMemberStatus.RESPONDED)
        .sentAt(hoursAfterT0(2)).respondedAt(hoursAfterT0(1)).build());
  }

  @Test
  void a_member_who_opted_out_after_responding_keeps_the_response_time() {
    CampaignMember member = aCampaignMember().status(CampaignMemberStatus.OPTED_OUT)
        .sentAt(T0).respondedAt(hoursAfterT0(3)).build();

    assertThat(member.hasResponded()).isTrue();
  }

  @Test
  void updated_before_created_is_rejected() {
    assertRejected("campaignMember.updatedAt", "order",
        () -> aCampaignMember().createdAt(hoursAfterT0(1)).updatedAt(T0).build());
  }

  @Test
  void a_negative_version_is_rejected() {
    assertRejected("campaignMember.version", "range", () -> aCampaignMember().version(-1).build());
  }

  @Test
  void a_member_id_is_stripped_and_limited_like_every_id() {
    assertThat(CampaignMemberId.of("  cm-1 ").value()).isEqualTo("cm-1");
    assertRejected("campaignMemberId", "required", () -> CampaignMemberId.of(" "));
    assertRejected("campaignMemberId", "length", () -> CampaignMemberId.of("x".repeat(65)));
  }
}
