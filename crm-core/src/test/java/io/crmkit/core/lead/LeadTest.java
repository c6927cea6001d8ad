package io.crmkit.core.lead;

import io.crmkit.core.id.LeadId;
import static io.crmkit.core.fixtures.PeopleFixtures.ACME;
import static io.crmkit.core.fixtures.PeopleFixtures.T0;
import static io.crmkit.core.fixtures.PeopleFixtures.aConversionAt;
import static io.crmkit.core.fixtures.PeopleFixtures.aLead;
import static io.crmkit.core.fixtures.PeopleFixtures.hoursAfterT0;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadTest {

  @Test
  void a_new_lead_is_new_unscored_unconverted_and_unattributed() {
    Lead lead = aLead().build();

    assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
    assertThat(lead.score()).isEmpty();
    assertThat(lead.isConverted()).isFalse();
    assertThat(lead.conversion()).isEmpty();
    assertThat(lead.attribution()).isEqualTo(Attribution.none());
    assertThat(lead.campaignIds()).isEmpty();
    assertThat(lead.version()).isZero();
    assertThat(lead.customFields()).isEqualTo(CustomFields.empty());
    assertThat(lead.recordType()).isEqualTo("Lead");
  }

  @Test
  void person_and_company_texts_and_the_lead_source_are_folded_and_blank_ones_dropped() {
    Lead lead = aLead()
        .firstName(" Grace ")
        .lastName("Brewster  Hopper")
        .jobTitle("\tRear  Admiral ")
        .companyName("  Acme   Corp ")
        .industry("  ")
        .leadSource("  Trade \n show ")
        .build();

    assertThat(lead.firstName()).contains("Grace");
    assertThat(lead.lastName()).contains("Brewster Hopper");
    assertThat(lead.jobTitle()).contains("Rear Admiral");
    assertThat(lead.companyName()).contains("Acme Corp");
    assertThat(lead.industry()).isEmpty();
    assertThat(lead.leadSource()).isEqualTo("Trade show");
  }

  @Test
  void the_company_domain_is_normalised_like_an_account_domain() {
    assertThat(aLead().companyDomain("https://www.Acme.com/about").build().companyDomain()).contains("acme.com");
  }

  @Test
  void a_company_domain_that_is_not_a_domain_is_rejected_naming_the_lead_field() {
    assertRejected("lead.companyDomain", "invalid", () -> aLead().companyDomain("not a domain").build());
  }

  @Test
  void a_lead_known_only_by_e_mail_is_accepted() {
    Lead lead = Lead.builder()
        .id(LeadId.of("lead-anon"))
        .email(EmailAddress.of("someone@example.com"))
        .leadSource("Web form")
        .createdAt(T0).updatedAt(T0)
        .build();

    assertThat(lead.firstName()).isEmpty();
    assertThat(lead.email()).contains(EmailAddress.of("someone@example.com"));
  }

  @Test
  void a_lead_without_a_name_or_an_e_mail_address_is_rejected_even_with_a_phone_and_a_company() {
    assertRejected("lead.name", "required", () -> Lead.builder()
        .id(LeadId.of("lead-nobody"))
        .phone(PhoneNumber.of("+1 212 555 0100"))
        .companyName("Acme")
        .lastName("  ")
        .leadSource("Web form")
        .createdAt(T0).updatedAt(T0)
        .build());
  }

  @Test
  void a_blank_lead_source_is_rejected() {
    assertRejected("lead.leadSource", "required", () -> aLead().leadSource(" \t").build());
  }

  @Test
  void a_score_from_0_to_100_is_accepted() {
    assertThat(aLead().score(0).build().score()).hasValue(0);
    assertThat(aLead().score(100).build().score()).hasValue(100);
  }

  @Test
  void a_score_outside_0_to_100_is_rejected() {
    assertRejected("lead.score", "range", () -> aLead().score(-1).build());
    assertRejected("lead.score", "range", () -> aLead().score(101).build());
  }

  @Test
  void a_negative_company_size_is_rejected() {
    assertRejected("lead.companySize", "range", () -> aLead().companySize(-1).build());
  }

  @Test
  void influencing_campaigns_keep_their_order_and_may_not_repeat() {
    CampaignId webinar = CampaignId.of("cmp-webinar");
    CampaignId tradeShow = CampaignId.of("cmp-trade-show");

    assertThat(aLead().addCampaignId(webinar).addCampaignId(tradeShow).build().campaignIds())
        .containsExactly(webinar, tradeShow);
    assertRejected("lead.campaignIds", "duplicate",
        () -> aLead().addCampaignId(webinar).addCampaignId(tradeShow).addCampaignId(webinar).build());
  }

  @Test
  void a_converted_lead_records_what_it_became() {
    LeadConversionOutcome outcome = LeadConversionOutcome.of(ACME, ContactId.of("con-grace"),
        OpportunityId.of("opp-1"), hoursAfterT0(2));

    Lead lead = aLead().status(LeadStatus.CONVERTED).conversion(outcome).updatedAt(hoursAfterT0(2)).build();

    assertThat(lead.isConverted()).isTrue();
    assertThat(lead.conversion()).contains(outcome);
    assertThat(lead.conversion().flatMap(LeadConversionOutcome::opportunityId)).contains(OpportunityId.of("opp-1"));
  }

  @Test
  void a_conversion_may_open_no_opportunity() {
    assertThat(aConversionAt(T0).opportunityId()).isEmpty();
  }

  @Test
  void a_converted_status_without_an_outcome_is_rejected() {
    assertRejected("lead.conversion", "required", () -> aLead().status(LeadStatus.CONVERTED).build());
  }

  @Test
  void an_outcome_on_a_lead_that_is_not_converted_is_rejected() {
    for (LeadStatus status : LeadStatus.values()) {
      if (status != LeadStatus.CONVERTED) {
        assertRejected("lead.status", "converted", () -> aLead().status(status).conversion(aConversionAt(T0)).build());
      }
    }
  }

  @Test
  void a_conversion_before_the_lead_was_created_is_rejected() {
    assertRejected("lead.conversion.convertedAt", "order", () -> aLead()
        .createdAt(hoursAfterT0(1)).updatedAt(hoursAfterT0(2))
        .status(LeadStatus.CONVERTED).conversion(aConversionAt(T0)).build());
  }

  @Test
  void a_conversion_after_the_last_update_is_rejected() {
    assertRejected("lead.conversion.convertedAt", "order", () -> aLead()
        .updatedAt(hoursAfterT0(1))
        .status(LeadStatus.CONVERTED).conversion(aConversionAt(hoursAfterT0(2))).build());
  }

  @Test
  void an_outcome_names_an_account_a_contact_and_a_time() {
    assertRejected("lead.conversion.contactId", "required",
        () -> new LeadConversionOutcome(ACME, null, Optional.empty(), T0));
  }

  @Test
  void updated_before_created_is_rejected() {
    assertRejected("lead.updatedAt", "order", () -> aLead().createdAt(hoursAfterT0(1)).updatedAt(T0).build());
  }

  @Test
  void a_negative_version_is_rejected() {
    assertRejected("lead.version", "range", () -> aLead().version(-1).build());
  }

  @Test
  void new_working_and_nurturing_leads_are_open() {
    assertThat(LeadStatus.values()).filteredOn(LeadStatus::isOpen)
        .containsExactly(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.NURTURING);
  }
}
