package io.crmkit.core.conversion;

import static io.crmkit.core.conversion.ConversionWorld.NOW;
import static io.crmkit.core.conversion.ConversionWorld.SALES_REP;
import static io.crmkit.core.conversion.ConversionWorld.requestFor;
import static io.crmkit.core.fixtures.PeopleFixtures.aCampaignMember;
import static io.crmkit.core.fixtures.PeopleFixtures.aContact;
import static io.crmkit.core.fixtures.PeopleFixtures.aLead;
import static io.crmkit.core.fixtures.SalesFixtures.eur;
import static io.crmkit.core.fixtures.TestAccounts.anAccount;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.account.Account;
import io.crmkit.core.account.AccountKind;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.conversion.RefusalReason.Kind;
import io.crmkit.core.event.AccountChanged;
import io.crmkit.core.event.AccountCreated;
import io.crmkit.core.event.CampaignMemberChanged;
import io.crmkit.core.event.ContactChanged;
import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.event.ContactLifecycleStageChanged;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.event.LeadConverted;
import io.crmkit.core.event.OpportunityCreated;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import io.crmkit.core.value.Touch;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Lead conversion, rule by rule: what a salesperson gets when turning a lead into customer records. */
class LeadConversionTest {
  private static final LocalDate CLOSE = LocalDate.of(2026, 3, 31);
  private static final NewOpportunity DEAL = NewOpportunity.of("Acme - 200 seats", eur("24000"), CLOSE);

  private final ConversionWorld world = new ConversionWorld();

  @Nested
  class FindingTheAccount {
    @Test
    void converting_a_lead_whose_company_domain_is_known_reuses_the_account() {
      Account acme = world.given(anAccount("acc-acme").name("Acme Corporation").domain("acme.com").build());
      Lead lead = world.given(aLead().companyName("Acme").companyDomain("https://www.ACME.com/").build());

      ConversionReport report = world.converted(requestFor(lead));

      assertThat(report.accountId()).isEqualTo(acme.id());
      assertThat(report.accountMatch()).isEqualTo(AccountMatch.MATCHED_BY_DOMAIN);
      assertThat(report.accountCreated()).isFalse();
    }

    @Test
    void a_lead_whose_domain_is_unknown_is_matched_by_its_company_name_ignoring_case_and_white_space() {
      Account acme = world.given(anAccount("acc-acme").name("Acme  Corp").build());
      Lead lead = world.given(aLead().companyName("acme corp").companyDomain("acme-corp.com").build());

      ConversionReport report = world.converted(requestFor(lead));

      assertThat(report.accountId()).isEqualTo(acme.id());
      assertThat(report.accountMatch()).isEqualTo(AccountMatch.MATCHED_BY_NAME);
    }

    @Test
    void several_accounts_with_the_company_name_and_none_with_the_domain_refuse_the_conversion_as_ambiguous() {
      Account first = world.given(anAccount("acc-1").name("Acme").build());
      Account second = world.given(anAccount("acc-2").name("ACME").build());
      Lead lead = world.given(aLead().companyName("Acme").build());
      var before = world.snapshot(List.of(lead.id()), List.of(first.id(), second.id()), List.of(), List.of());

      ConversionResult result = world.convert(requestFor(lead));

      assertThat(result).isInstanceOfSatisfying(ConversionResult.Refused.class, refused -> {
        assertThat(refused.reasons()).singleElement().satisfies(reason -> {
          assertThat(reason.kind()).isEqualTo(Kind.AMBIGUOUS_ACCOUNT);
          assertThat(reason.candidates()).containsExactly(first.id(), second.id());
          assertThat(reason.detail()).contains("acc-1", "acc-2", "name the account");
        });
      });
      assertThat(world.snapshot(List.of(lead.id()), List.of(first.id(), second.id()), List.of(), List.of()))
          .isEqualTo(before);
    }

    @Test
    void an_ambiguous_name_is_settled_by_the_domain() {
      world.given(anAccount("acc-1").name("Acme").build());
      Account withDomain = world.given(anAccount("acc-2").name("Acme").domain("acme.com").build());
      Lead lead = world.given(aLead().companyName("Acme").companyDomain("acme.com").build());

      ConversionReport report = world.converted(requestFor(lead));

      assertThat(report.accountId()).isEqualTo(withDomain.id());
    }

    @Test
    void an_account_named_in_the_request_wins_over_domain_and_name() {
      world.given(anAccount("acc-acme").name("Acme").domain("acme.com").build());
      Account chosen = world.given(anAccount("acc-holding").name("Acme Holding").build());
      Lead lead = world.given(aLead().build());

      ConversionReport report = world.converted(requestFor(lead).intoAccount(chosen.id()));

      assertThat(report.accountId()).isEqualTo(chosen.id());
      assertThat(report.accountMatch()).isEqualTo(AccountMatch.GIVEN);
    }

    @Test
    void an_unknown_account_in_the_request_is_a_refusal() {
      Lead lead = world.given(aLead().build());

      ConversionResult result = world.convert(requestFor(lead).intoAccount(AccountId.of("acc-gone")));

      assertThat(result).isInstanceOfSatisfying(ConversionResult.Refused.class,
          refused -> assertThat(refused.hasReason(Kind.UNKNOWN_ACCOUNT)).isTrue());
      assertThat(world.lead(lead.id()).status()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void a_lead_matching_no_account_creates_an_organisation_from_its_company_fields() {
      Lead lead = world.given(aLead().companyName("Acme").companyDomain("acme.com").industry("Software")
          .companySize(250).build());

      ConversionReport report = world.converted(requestFor(lead));

      Account created = world.account(report.accountId());
      assertThat(report.accountMatch()).isEqualTo(AccountMatch.CREATED_ORGANISATION);
      assertThat(created.kind()).isEqualTo(AccountKind.ORGANISATION);
      assertThat(created.name()).isEqualTo("Acme");
      assertThat(created.domain()).contains("acme.com");
      assertThat(created.industry()).contains("Software");
      assertThat(created.size()).hasValue(250);
      assertThat(created.ownerId()).contains(SALES_REP);
      assertThat(created.createdAt()).isEqualTo(NOW);
    }

    @Test
    void a_lead_with_a_domain_but_no_company_name_creates_an_organisation_named_after_the_domain() {
      Lead lead = world.given(aLead().companyName(Optional.empty()).companyDomain("acme.com").build());

      ConversionReport report = world.converted(requestFor(lead));

      assertThat(world.account(report.accountId()).name()).isEqualTo("acme.com");
    }

    @Test
    void a_lead_without_a_company_creates_a_household_named_after_the_person() {
      Lead lead = world.given(aLead().companyName(Optional.empty()).companyDomain(Optional.empty()).build());

      ConversionReport report = world.converted(requestFor(lead));

      Account household = world.account(report.accountId());
      assertThat(report.accountMatch()).isEqualTo(AccountMatch.CREATED_HOUSEHOLD);
      assertThat(household.kind()).isEqualTo(AccountKind.HOUSEHOLD);
      assertThat(household.name()).isEqualTo("Grace Hopper household");
      assertThat(world.contact(report.contactId()).accountLinks())
          .containsExactly(AccountLink.primary(household.id(), ContactRole.HOUSEHOLD_MEMBER));
    }

    @Test
    void a_person_known_only_by_e_mail_gets_a_household_named_after_the_address() {
      Lead lead = world.given(aLead().firstName(Optional.empty()).lastName(Optional.empty())
          .companyName(Optional.empty()).companyDomain(Optional.empty()).build());

      ConversionReport report = world.converted(requestFor(lead));

      assertThat(world.account(report.accountId()).name()).isEqualTo("grace@acme.com household");
    }

    @Test
    void a_lead_without_a_company_joins_the_account_of_its_existing_contact() {
      Account household = world.given(anAccount("acc-hopper").kind(AccountKind.HOUSEHOLD).name("Hoppers").build());
      Contact grace = world.given(aContact().id(ContactId.of("con-grace")).emails(List.of(EmailAddress.of("grace@acme.com")))
          .addAccountLinks(AccountLink.primary(household.id(), ContactRole.HOUSEHOLD_MEMBER)).build());
      Lead lead = world.given(aLead().companyName(Optional.empty()).companyDomain(Optional.empty()).build());

      ConversionReport report = world.converted(requestFor(lead));

      assertThat(report.accountId()).isEqualTo(household.id());
      assertThat(report.accountMatch()).isEqualTo(AccountMatch.MATCHED_BY_CONTACT);
      assertThat(report.contactId()).isEqualTo(grace.id());
    }
  }

  @Nested
  class FindingTheContact {
    @Test
    void a_lead_whose_e_mail_is_known_reuses_the_contact() {
      Contact grace = world.given(aContact().id(ContactId.of("con-grace"))
          .emails(List.of(EmailAddress.of("g.hopper@navy.mil"), EmailAddress.of("grace@acme.com"))).build());
      Lead lead = world.given(aLead().build());

      ConversionReport report = world.converted(requestFor(lead));

      assertThat(report.contactId()).isEqualTo(grace.id());
      assertThat(report.contactMatch()).isEqualTo(ContactMatch.MATCHED_BY_EMAIL);
      assertThat(report.contactCreated()).isFalse();
    }

    @Test
    void a_lead_with_an_unknown_e_mail_creates_a_contact_from_its_person_fields_linked_to_the_account_as_primary() {
      Lead lead = world.given(aLead().phone(PhoneNumber.of("+4930123456")).jobTitle("CTO").build());

      ConversionReport report = world.converted(requestFor(lead));

      Contact created = world.contact(report.contactId());
      assertThat(report.contactMatch()).isEqualTo(ContactMatch.CREATED);
      assertThat(created.firstName()).contains("Grace");
      assertThat(created.lastName()).contains("Hopper");
      assertThat(created.emails()).containsExactly(EmailAddress.of("grace@acme.com"));
      assertThat(created.phones()).containsExactly(PhoneNumber.of("+4930123456"));
      assertThat(created.jobTitle()).contains("CTO");
      assertThat(created.ownerId()).contains(SALES_REP);
      assertThat(created.accountLinks())
          .containsExactly(AccountLink.primary(report.accountId(), ConversionRequest.EMPLOYEE));
    }

    @Test
    void the_request_may_name_the_contact_s_role_at_the_account() {
      Lead lead = world.given(aLead().build());

      ConversionReport report = world.converted(requestFor(lead).withAccountRole(ContactRole.BILLING));

      assertThat(world.contact(report.contactId()).accountLinks())
          .containsExactly(AccountLink.primary(report.accountId(), ContactRole.BILLING));
    }

    @Test
    void a_reused_contact_is_linked_to_the_account_and_keeps_its_primary_link() {
      Account elsewhere = world.given(anAccount("acc-navy").name("US Navy").build());
      Contact grace = world.given(aContact().id(ContactId.of("con-grace"))
          .emails(List.of(EmailAddress.of("grace@acme.com")))
          .addAccountLinks(AccountLink.primary(elsewhere.id(), ContactRole.USER)).build());
      Lead lead = world.given(aLead().build());

      ConversionReport report = world.converted(requestFor(lead));

      assertThat(world.contact(grace.id()).accountLinks()).containsExactly(
          AccountLink.primary(elsewhere.id(), ContactRole.USER),
          AccountLink.of(report.accountId(), ConversionRequest.EMPLOYEE));
      assertThat(report.filledFields()).contains(
          new FilledField("contact.accountLinks", report.accountId() + " (Employee)"));
    }

    @Test
    void a_contact_named_in_the_request_wins_over_the_e_mail_match() {
      world.given(aContact().id(ContactId.of("con-grace")).emails(List.of(EmailAddress.of("grace@acme.com"))).build());
      Contact chosen = world.given(aContact().id(ContactId.of("con-ghopper"))
          .emails(List.of(EmailAddress.of("ghopper@example.com"))).build());
      Lead lead = world.given(aLead().build());

      ConversionReport report = world.converted(requestFor(lead).asContact(chosen.id()));

      assertThat(report.contactId()).isEqualTo(chosen.id());
      assertThat(report.contactMatch()).isEqualTo(ContactMatch.GIVEN);
    }

    @Test
    void an_unknown_contact_in_the_request_is_a_refusal() {
      Lead lead = world.given(aLead().build());

      ConversionResult result = world.convert(requestFor(lead).asContact(ContactId.of("con-gone")));

      assertThat(result).isInstanceOfSatisfying(ConversionResult.Refused.class,
          refused -> assertThat(refused.hasReason(Kind.UNKNOWN_CONTACT)).isTrue());
    }
  }

  @Nested
  class NeverOverwriting {
    @Test
    void existing_values_are_never_overwritten() {
      Account acme = world.given(anAccount("acc-acme").name("Acme").domain("acme.com").industry("Manufacturing")
          .size(5000).build());
      Contact grace = world.given(aContact().id(ContactId.of("con-grace")).firstName("Amazing").lastName("Grace")
          .jobTitle("Rear Admiral").emails(List.of(EmailAddress.of("grace@acme.com")))
          .phones(List.of(PhoneNumber.of("+15550100"))).build());
      Lead lead = world.given(aLead().firstName("Grace").lastName("Hopper").jobTitle("CTO")
          .phone(PhoneNumber.of("+4930123456")).industry("Software").companySize(250).build());

      ConversionReport report = world.converted(requestFor(lead));

      Account account = world.account(acme.id());
      assertThat(account.industry()).contains("Manufacturing");
      assertThat(account.size()).hasValue(5000);
      Contact contact = world.contact(grace.id());
      assertThat(contact.firstName()).contains("Amazing");
      assertThat(contact.lastName()).contains("Grace");
      assertThat(contact.jobTitle()).contains("Rear Admiral");
      assertThat(contact.phones()).containsExactly(PhoneNumber.of("+15550100"));
      assertThat(report.skippedFields()).containsExactlyInAnyOrder(
          new SkippedField("account.industry", "Manufacturing", "Software"),
          new SkippedField("account.size", "5000", "250"),
          new SkippedField("contact.firstName", "Amazing", "Grace"),
          new SkippedField("contact.lastName", "Grace", "Hopper"),
          new SkippedField("contact.jobTitle", "Rear Admiral", "CTO"),
          new SkippedField("contact.phones", "+15550100", "+4930123456"));
    }

    @Test
    void empty_fields_of_existing_records_are_filled_from_the_lead() {
      Account acme = world.given(anAccount("acc-acme").name("Acme").build());
      Contact grace = world.given(Contact.builder().id(ContactId.of("con-grace"))
          .emails(List.of(EmailAddress.of("grace@acme.com"))).createdAt(NOW.minusSeconds(3600))
          .updatedAt(NOW.minusSeconds(3600)).build());
      Touch webinar = Touch.of("email", "newsletter", NOW.minusSeconds(86_400));
      Lead lead = world.given(aLead().companyName("Acme").companyDomain("acme.com").industry("Software")
          .companySize(250).jobTitle("CTO").phone(PhoneNumber.of("+4930123456"))
          .attribution(Attribution.of(webinar)).build());

      ConversionReport report = world.converted(requestFor(lead));

      assertThat(world.account(acme.id()).domain()).contains("acme.com");
      assertThat(world.account(acme.id()).industry()).contains("Software");
      assertThat(world.account(acme.id()).size()).hasValue(250);
      Contact contact = world.contact(grace.id());
      assertThat(contact.firstName()).contains("Grace");
      assertThat(contact.lastName()).contains("Hopper");
      assertThat(contact.jobTitle()).contains("CTO");
      assertThat(contact.phones()).containsExactly(PhoneNumber.of("+4930123456"));
      assertThat(contact.attribution()).isEqualTo(Attribution.of(webinar));
      assertThat(report.filledFields()).extracting(FilledField::field).containsExactly(
          "account.domain", "account.industry", "account.size", "contact.firstName", "contact.lastName",
          "contact.jobTitle", "contact.phones", "contact.attribution", "contact.accountLinks");
      assertThat(report.skippedFields()).isEmpty();
    }

    @Test
    void a_field_holding_the_lead_s_value_already_is_neither_filled_nor_skipped() {
      world.given(anAccount("acc-acme").name("Acme").domain("acme.com").industry("Software").build());
      world.given(aContact().id(ContactId.of("con-grace")).firstName("Grace").lastName("Hopper")
          .emails(List.of(EmailAddress.of("grace@acme.com"))).build());
      Lead lead = world.given(aLead().industry("Software").build());

      ConversionReport report = world.converted(requestFor(lead));

      assertThat(report.filledFields()).extracting(FilledField::field).containsExactly("contact.accountLinks");
      assertThat(report.skippedFields()).isEmpty();
    }

    @Test
    void a_matched_account_with_nothing_to_fill_is_not_saved_and_gets_no_event() {
      Account acme = world.given(anAccount("acc-acme").name("Acme").domain("acme.com").build());
      Lead lead = world.given(aLead().build());

      world.converted(requestFor(lead));

      assertThat(world.account(acme.id()).version()).isEqualTo(acme.version());
      assertThat(world.events()).noneMatch(e -> e.aggregateId().equals(acme.id()));
    }
  }

  @Nested
  class CampaignCredit {
    @Test
    void campaign_credit_and_attribution_move_to_the_opportunity() {
      Touch first = Touch.of("paid social", "linkedin", NOW.minusSeconds(7 * 86_400));
      Touch last = Touch.of("email", "newsletter", NOW.minusSeconds(86_400));
      Lead lead = world.given(aLead().campaignIds(List.of(CampaignId.of("cmp-spring"), CampaignId.of("cmp-expo")))
          .attribution(Attribution.of(first).record(last)).build());

      ConversionReport report = world.converted(requestFor(lead).withOpportunity(DEAL));

      Opportunity deal = world.opportunity(report.opportunityId().orElseThrow());
      assertThat(deal.campaignIds()).containsExactly(CampaignId.of("cmp-spring"), CampaignId.of("cmp-expo"));
      assertThat(deal.attribution()).isEqualTo(Attribution.of(first).record(last));
      assertThat(deal.sourceLeadId()).contains(lead.id());
      assertThat(world.crm.opportunities().findBySourceLead(lead.id())).contains(deal);
    }

    @Test
    void the_opportunity_starts_in_discovery_owned_by_the_converting_user_with_the_contact_as_primary() {
      Lead lead = world.given(aLead().build());

      ConversionReport report = world.converted(requestFor(lead).withOpportunity(DEAL));

      Opportunity deal = world.opportunity(report.opportunityId().orElseThrow());
      assertThat(deal.name()).isEqualTo("Acme - 200 seats");
      assertThat(deal.amount()).isEqualTo(eur("24000"));
      assertThat(deal.expectedCloseDate()).isEqualTo(CLOSE);
      assertThat(deal.stage()).isEqualTo(Stage.DISCOVERY);
      assertThat(deal.ownerId()).isEqualTo(SALES_REP);
      assertThat(deal.accountId()).isEqualTo(report.accountId());
      assertThat(deal.contactRoles()).containsExactly(
          OpportunityContactRole.primary(report.contactId(), OpportunityContactRole.DECISION_MAKER));
    }

    @Test
    void the_request_may_set_the_deal_s_stage_owner_and_contact_role() {
      Lead lead = world.given(aLead().build());
      UserId closer = UserId.of("user-cleo");

      ConversionReport report = world.converted(requestFor(lead).withOpportunity(
          DEAL.inStage(Stage.SOLUTION_FIT).ownedBy(closer).withContactRole(OpportunityContactRole.CHAMPION)));

      Opportunity deal = world.opportunity(report.opportunityId().orElseThrow());
      assertThat(deal.stage()).isEqualTo(Stage.SOLUTION_FIT);
      assertThat(deal.ownerId()).isEqualTo(closer);
      assertThat(deal.contactRoles()).containsExactly(
          OpportunityContactRole.primary(report.contactId(), OpportunityContactRole.CHAMPION));
    }

    @Test
    void the_lead_s_campaign_memberships_move_to_the_contact() {
      Lead lead = world.given(aLead().build());
      CampaignMember member = world.given(leadMember("cm-1", "cmp-spring", lead.id()));

      ConversionReport report = world.converted(requestFor(lead));

      CampaignMember moved = world.member(member.id());
      assertThat(moved.contactId()).contains(report.contactId());
      assertThat(moved.leadId()).isEmpty();
      assertThat(moved.status()).isEqualTo(member.status());
      assertThat(report.movedMemberships()).containsExactly(member.id());
      assertThat(world.crm.campaignMembers().findByContact(report.contactId())).containsExactly(moved);
    }

    @Test
    void a_membership_of_a_campaign_the_contact_already_belongs_to_is_left_on_the_lead() {
      Contact grace = world.given(aContact().id(ContactId.of("con-grace"))
          .emails(List.of(EmailAddress.of("grace@acme.com"))).build());
      world.given(aCampaignMember().id(CampaignMemberId.of("cm-contact")).contactId(grace.id()).build());
      Lead lead = world.given(aLead().build());
      CampaignMember leadsOwn = world.given(leadMember("cm-lead", "cmp-spring", lead.id()));
      CampaignMember other = world.given(leadMember("cm-expo", "cmp-expo", lead.id()));

      ConversionReport report = world.converted(requestFor(lead));

      assertThat(world.member(leadsOwn.id())).isEqualTo(leadsOwn);
      assertThat(report.leftMemberships()).singleElement().satisfies(left -> {
        assertThat(left.memberId()).isEqualTo(leadsOwn.id());
        assertThat(left.reason()).contains("already a member");
      });
      assertThat(report.movedMemberships()).containsExactly(other.id());
    }
  }

  @Nested
  class LeadAndLifecycle {
    @Test
    void the_lead_records_what_it_became_and_is_converted() {
      Lead lead = world.given(aLead().status(LeadStatus.QUALIFIED).build());

      ConversionReport report = world.converted(requestFor(lead).withOpportunity(DEAL));

      Lead converted = world.lead(lead.id());
      assertThat(converted.status()).isEqualTo(LeadStatus.CONVERTED);
      assertThat(converted.conversion()).hasValueSatisfying(outcome -> {
        assertThat(outcome.accountId()).isEqualTo(report.accountId());
        assertThat(outcome.contactId()).isEqualTo(report.contactId());
        assertThat(outcome.opportunityId()).isEqualTo(report.opportunityId());
        assertThat(outcome.convertedAt()).isEqualTo(NOW);
      });
      assertThat(converted.updatedAt()).isEqualTo(NOW);
      assertThat(report.convertedAt()).isEqualTo(NOW);
    }

    @Test
    void the_contact_moves_to_the_opportunity_stage_when_a_deal_is_opened() {
      Contact grace = world.given(aContact().emails(List.of(EmailAddress.of("grace@acme.com")))
          .lifecycleStage(LifecycleStage.MQL).build());
      Lead lead = world.given(aLead().build());

      world.converted(requestFor(lead).withOpportunity(DEAL));

      assertThat(world.contact(grace.id()).lifecycleStage()).isEqualTo(LifecycleStage.OPPORTUNITY);
    }

    @Test
    void without_a_deal_the_contact_moves_to_sales_qualified() {
      Contact grace = world.given(aContact().emails(List.of(EmailAddress.of("grace@acme.com"))).build());
      Lead lead = world.given(aLead().build());

      world.converted(requestFor(lead));

      assertThat(world.contact(grace.id()).lifecycleStage()).isEqualTo(LifecycleStage.SQL);
    }

    @Test
    void a_customer_stays_a_customer_and_a_stage_outside_the_default_sequence_is_kept() {
      Contact customer = world.given(aContact().emails(List.of(EmailAddress.of("grace@acme.com")))
          .lifecycleStage(LifecycleStage.CUSTOMER).build());
      Contact partner = world.given(aContact().id(ContactId.of("con-partner"))
          .emails(List.of(EmailAddress.of("linus@partner.org"))).lifecycleStage(LifecycleStage.of("Partner")).build());
      Lead first = world.given(aLead().build());
      Lead second = world.given(aLead().id(LeadId.of("lead-linus")).email(EmailAddress.of("linus@partner.org")).build());

      world.converted(requestFor(first).withOpportunity(DEAL));
      world.converted(requestFor(second).withOpportunity(DEAL));

      assertThat(world.contact(customer.id()).lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
      assertThat(world.contact(partner.id()).lifecycleStage()).isEqualTo(LifecycleStage.of("Partner"));
      assertThat(world.events()).noneMatch(ContactLifecycleStageChanged.class::isInstance);
    }

    @Test
    void a_created_contact_starts_in_the_stage_the_conversion_gives_it() {
      Lead withDeal = world.given(aLead().build());
      Lead withoutDeal = world.given(aLead().id(LeadId.of("lead-linus")).email(EmailAddress.of("linus@linux.org"))
          .companyName("Linux").companyDomain("linux.org").build());

      ConversionReport dealReport = world.converted(requestFor(withDeal).withOpportunity(DEAL));
      ConversionReport plainReport = world.converted(requestFor(withoutDeal));

      assertThat(world.contact(dealReport.contactId()).lifecycleStage()).isEqualTo(LifecycleStage.OPPORTUNITY);
      assertThat(world.contact(plainReport.contactId()).lifecycleStage()).isEqualTo(LifecycleStage.SQL);
    }
  }

  @Nested
  class Events {
    @Test
    void a_conversion_into_new_records_publishes_their_creation_at_version_1_then_the_lead_s_conversion() {
      Lead lead = world.given(aLead().build());

      ConversionReport report = world.converted(requestFor(lead).withOpportunity(DEAL));

      List<CrmEvent> events = world.events();
      assertThat(events).extracting(CrmEvent::getClass).containsExactly(AccountCreated.class, ContactCreated.class,
          OpportunityCreated.class, LeadConverted.class);
      assertThat(events).extracting(CrmEvent::aggregateId).containsExactly(report.accountId(), report.contactId(),
          report.opportunityId().orElseThrow(), lead.id());
      assertThat(events).extracting(CrmEvent::aggregateVersion).containsExactly(1L, 1L, 1L, 2L);
      assertThat(events).extracting(CrmEvent::occurredAt).containsOnly(NOW);
      assertThat(events.get(3)).isEqualTo(new LeadConverted(events.get(3).eventId(), lead.id(), report.accountId(),
          report.contactId(), report.opportunityId(), 2, NOW));
      assertThat(report.eventsPublished()).isEqualTo(4);
    }

    @Test
    void changed_records_publish_what_changed_with_the_version_after_each_save() {
      Account acme = world.given(anAccount("acc-acme").name("Acme").domain("acme.com").build());
      Contact grace = world.given(aContact().id(ContactId.of("con-grace"))
          .emails(List.of(EmailAddress.of("grace@acme.com"))).build());
      Lead lead = world.given(aLead().industry("Software").jobTitle("CTO").build());
      CampaignMember member = world.given(leadMember("cm-1", "cmp-spring", lead.id()));

      ConversionReport report = world.converted(requestFor(lead).withOpportunity(DEAL));

      List<CrmEvent> events = world.events();
      assertThat(events).hasSize(6);
      assertThat(events.get(0)).isInstanceOfSatisfying(AccountChanged.class, e -> {
        assertThat(e.accountId()).isEqualTo(acme.id());
        assertThat(e.changedFields()).containsExactly("industry");
        assertThat(e.aggregateVersion()).isEqualTo(2).isEqualTo(world.account(acme.id()).version());
      });
      assertThat(events.get(1)).isInstanceOfSatisfying(ContactChanged.class, e -> {
        assertThat(e.changedFields()).containsExactly("accountLinks", "jobTitle");
        assertThat(e.aggregateVersion()).isEqualTo(2);
      });
      assertThat(events.get(2)).isEqualTo(new ContactLifecycleStageChanged(events.get(2).eventId(), grace.id(),
          LifecycleStage.LEAD, LifecycleStage.OPPORTUNITY, 3, NOW));
      assertThat(world.contact(grace.id()).version()).isEqualTo(3);
      assertThat(events.get(3)).isInstanceOf(OpportunityCreated.class);
      assertThat(events.get(4)).isInstanceOfSatisfying(CampaignMemberChanged.class, e -> {
        assertThat(e.campaignMemberId()).isEqualTo(member.id());
        assertThat(e.changedFields()).containsExactly("contactId", "leadId");
        assertThat(e.aggregateVersion()).isEqualTo(2);
      });
      assertThat(events.get(5)).isInstanceOf(LeadConverted.class);
      assertThat(report.eventsPublished()).isEqualTo(6);
    }
  }

  @Nested
  class Repeats {
    @Test
    void converting_a_converted_lead_again_returns_the_same_ids_marked_as_a_repeat_and_changes_nothing() {
      Lead lead = world.given(aLead().build());
      ConversionReport first = world.converted(requestFor(lead).withOpportunity(DEAL));
      var before = world.snapshot(List.of(lead.id()), List.of(first.accountId()), List.of(first.contactId()),
          List.of());

      ConversionReport again = world.converted(requestFor(lead).withOpportunity(DEAL));

      assertThat(again.repeat()).isTrue();
      assertThat(first.repeat()).isFalse();
      assertThat(again.accountId()).isEqualTo(first.accountId());
      assertThat(again.contactId()).isEqualTo(first.contactId());
      assertThat(again.opportunityId()).isEqualTo(first.opportunityId());
      assertThat(again.convertedAt()).isEqualTo(first.convertedAt());
      assertThat(again.accountMatch()).isEqualTo(AccountMatch.EARLIER_CONVERSION);
      assertThat(again.contactMatch()).isEqualTo(ContactMatch.EARLIER_CONVERSION);
      assertThat(again.eventsPublished()).isZero();
      assertThat(world.snapshot(List.of(lead.id()), List.of(first.accountId()), List.of(first.contactId()),
          List.of())).isEqualTo(before);
    }
  }

  @Nested
  class Refusals {
    @Test
    void an_unqualified_lead_is_refused_and_nothing_changes() {
      Lead lead = world.given(aLead().status(LeadStatus.UNQUALIFIED).build());
      var before = world.snapshot(List.of(lead.id()), List.of(), List.of(), List.of());

      ConversionResult result = world.convert(requestFor(lead).withOpportunity(DEAL));

      assertThat(result).isInstanceOfSatisfying(ConversionResult.Refused.class, refused -> {
        assertThat(refused.leadId()).isEqualTo(lead.id());
        assertThat(refused.reasons()).extracting(RefusalReason::kind).containsExactly(Kind.LEAD_UNQUALIFIED);
      });
      assertThat(result.report()).isEmpty();
      assertThat(world.snapshot(List.of(lead.id()), List.of(), List.of(), List.of())).isEqualTo(before);
      assertThat(world.events()).isEmpty();
    }

    @Test
    void every_reason_is_given_not_only_the_first() {
      world.given(anAccount("acc-1").name("Acme").build());
      world.given(anAccount("acc-2").name("Acme").build());
      Lead lead = world.given(aLead().companyDomain(Optional.empty()).status(LeadStatus.UNQUALIFIED).build());

      ConversionResult result = world.convert(requestFor(lead).asContact(ContactId.of("con-gone")));

      assertThat(result).isInstanceOfSatisfying(ConversionResult.Refused.class,
          refused -> assertThat(refused.reasons()).extracting(RefusalReason::kind)
              .containsExactly(Kind.LEAD_UNQUALIFIED, Kind.UNKNOWN_CONTACT, Kind.AMBIGUOUS_ACCOUNT));
    }

    @Test
    void an_unknown_lead_is_a_refusal() {
      ConversionResult result = world.convert(ConversionRequest.of(LeadId.of("lead-gone"), SALES_REP));

      assertThat(result).isInstanceOfSatisfying(ConversionResult.Refused.class, refused -> {
        assertThat(refused.leadId()).isEqualTo(LeadId.of("lead-gone"));
        assertThat(refused.reasons()).extracting(RefusalReason::kind).containsExactly(Kind.UNKNOWN_LEAD);
      });
    }

    @Test
    void a_missing_request_is_bad_input() {
      assertRejected(() -> world.convert(null), "conversion.request", "required");
    }

    @Test
    void a_request_without_a_lead_or_a_user_is_bad_input() {
      assertRejected(() -> ConversionRequest.of(null, SALES_REP), "conversion.leadId", "required");
      assertRejected(() -> ConversionRequest.of(LeadId.of("lead-1"), null), "conversion.convertedBy", "required");
    }

    @Test
    void a_deal_cannot_be_opened_closed_with_a_negative_amount_or_without_a_name() {
      assertRejected(() -> DEAL.inStage(Stage.CLOSED_WON), "conversion.opportunity.stage", "open");
      assertRejected(() -> NewOpportunity.of("Acme", eur("-1"), CLOSE), "conversion.opportunity.amount", "range");
      assertRejected(() -> NewOpportunity.of(" ", eur("1"), CLOSE), "conversion.opportunity.name", "required");
      assertRejected(() -> DEAL.withContactRole(""), "conversion.opportunity.contactRole", "required");
    }

    @Test
    void a_refusal_gives_at_least_one_reason() {
      assertRejected(() -> new ConversionResult.Refused(LeadId.of("lead-1"), List.of()),
          "conversionResult.reasons", "empty");
    }
  }

  @Nested
  class AllOrNothing {
    @Test
    void a_save_that_fails_leaves_nothing_stored_and_publishes_nothing() {
      Account acme = world.given(anAccount("acc-acme").name("Acme").domain("acme.com").build());
      Lead lead = world.given(aLead().industry("Software").build());
      CampaignMember member = world.given(leadMember("cm-1", "cmp-spring", lead.id()));
      var before = world.snapshot(List.of(lead.id()), List.of(acme.id()), List.of(), List.of(member.id()));
      world.failAtSave.set(5); // account, contact, opportunity and membership are saved; the lead's save fails

      assertThatThrownBy(() -> world.convert(requestFor(lead).withOpportunity(DEAL)))
          .isInstanceOf(ConcurrentUpdateException.class);

      assertThat(world.snapshot(List.of(lead.id()), List.of(acme.id()), List.of(), List.of(member.id())))
          .isEqualTo(before);
      assertThat(world.events()).isEmpty();
    }

    @Test
    void a_lead_changed_by_someone_else_during_the_conversion_fails_it_and_nothing_stays() {
      Lead lead = world.given(aLead().build());
      ConversionWorld racing = new ConversionWorld();
      LeadConversion conversion = new LeadConversion(world.crm.leads(), new EditingWhileSaving(world, lead.id()),
          world.crm.contacts(), world.crm.opportunities(), world.crm.campaignMembers(), world.crm.unitOfWork(),
          world.crm.publisher(), racing.ids, java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));

      assertThatThrownBy(() -> conversion.convert(requestFor(lead))).isInstanceOf(ConcurrentUpdateException.class);

      Lead stored = world.lead(lead.id());
      assertThat(stored.status()).isEqualTo(LeadStatus.WORKING);
      assertThat(stored.conversion()).isEmpty();
      assertThat(world.crm.contacts().findByEmail(EmailAddress.of("grace@acme.com"))).isEmpty();
      assertThat(world.crm.accounts().findByDomain("acme.com")).isEmpty();
      assertThat(world.events()).isEmpty();
    }
  }

  @Nested
  class Races {
    @Test
    void of_two_conversions_of_one_lead_at_once_the_later_fails_and_retried_returns_the_earlier_s_records() {
      Lead lead = world.given(aLead().build());
      ConversionWorld racing = new ConversionWorld();
      LeadConversion slow = new LeadConversion(world.crm.leads(), new ConvertingWhileSaving(world, lead.id()),
          world.crm.contacts(), world.crm.opportunities(), world.crm.campaignMembers(), world.crm.unitOfWork(),
          world.crm.publisher(), racing.ids, java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));

      assertThatThrownBy(() -> slow.convert(requestFor(lead))).isInstanceOf(ConcurrentUpdateException.class);
      ConversionReport retried = slow.convert(requestFor(lead)).report().orElseThrow();

      ConversionReport winner = world.converted(requestFor(lead));
      assertThat(retried.repeat()).isTrue();
      assertThat(retried.accountId()).isEqualTo(winner.accountId());
      assertThat(retried.contactId()).isEqualTo(winner.contactId());
      assertThat(world.crm.contacts().findByEmail(EmailAddress.of("grace@acme.com"))).hasValueSatisfying(
          contact -> assertThat(contact.id()).isEqualTo(winner.contactId()));
      assertThat(world.events()).filteredOn(LeadConverted.class::isInstance).hasSize(1);
    }
  }

  /** An account repository whose save lets another salesperson convert the same lead, on another thread, meanwhile. */
  private record ConvertingWhileSaving(ConversionWorld world, LeadId leadId)
      implements io.crmkit.core.port.AccountRepository {
    @Override
    public Optional<Account> findById(AccountId id) {
      return world.crm.accounts().findById(id);
    }

    @Override
    public Optional<Account> findByDomain(String domain) {
      return world.crm.accounts().findByDomain(domain);
    }

    @Override
    public List<Account> findByName(String name) {
      return world.crm.accounts().findByName(name);
    }

    @Override
    public Account save(Account account) {
      if (world.crm.leads().findById(leadId).orElseThrow().conversion().isEmpty()) {
        CompletableFuture.runAsync(() -> world.convert(ConversionRequest.of(leadId, UserId.of("user-other"))))
            .join();
      }
      return world.crm.accounts().save(account);
    }
  }

  /** An account repository whose save lets another user change the lead, on another thread, meanwhile. */
  private record EditingWhileSaving(ConversionWorld world, LeadId leadId)
      implements io.crmkit.core.port.AccountRepository {
    @Override
    public Optional<Account> findById(AccountId id) {
      return world.crm.accounts().findById(id);
    }

    @Override
    public Optional<Account> findByDomain(String domain) {
      return world.crm.accounts().findByDomain(domain);
    }

    @Override
    public List<Account> findByName(String name) {
      return world.crm.accounts().findByName(name);
    }

    @Override
    public Account save(Account account) {
      CompletableFuture.runAsync(() -> {
        Lead current = world.crm.leads().findById(leadId).orElseThrow();
        world.crm.leads().save(current.withStatus(LeadStatus.WORKING));
      }).join();
      return world.crm.accounts().save(account);
    }
  }

  private static CampaignMember leadMember(String id, String campaign, LeadId leadId) {
    return aCampaignMember().id(CampaignMemberId.of(id)).campaignId(CampaignId.of(campaign))
        .contactId(Optional.empty()).leadId(leadId).build();
  }
}
